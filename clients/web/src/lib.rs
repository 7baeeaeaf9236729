//! The reference front end of pecd: the member pages ("Password dimenticata", the emailed
//! password link, the contact-change wizard, "non sono stato io") and the operators' review
//! console. Every action is a call to pecd; this process keeps only short-lived sessions in
//! memory and writes nothing to disk.

// Handlers return the page to show instead as the `Err` of their helpers; boxing it would only
// add noise to every early return.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod assets;
pub mod config;
pub mod forms;
pub mod member;
pub mod pecd;
pub mod review;
pub mod session;
pub mod wizard;

/// The pec.v1 messages and clients, generated from the repository's `proto/`.
pub mod proto {
    #![allow(clippy::all)]
    tonic::include_proto!("pec.v1");
}
