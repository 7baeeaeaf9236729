//! `pecd`: the gRPC service that provisions and maintains the PEC mailboxes of the
//! Federazione nazionale degli Ordini TSRM e PSTRP. See `docs/architecture.md`.
//!
//! A call flows one way: `api` (decode, authorise, convert) → a use-case module
//! (`registry`, `activation`, `mailbox`: the rules, in a transaction) → `entities` (SeaORM).
//! Side effects are `jobs` rows, run by workers against the `provider`.

pub mod activation;
pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod background;
pub mod blobs;
pub mod captcha;
pub mod cli;
pub mod config;
pub mod contact;
pub mod db;
pub mod domain;
pub mod entities;
pub mod error;
pub mod events;
pub mod http_client;
pub mod ini_pec;
pub mod jobs;
pub mod mailbox;
pub mod metrics;
pub mod notify;
pub mod paging;
pub mod password;
pub mod provider;
pub mod registry;
pub mod security_log;
pub mod self_service;
pub mod telemetry;
pub mod throttle;
pub mod worker;

/// Code generated from `proto/pec/v1`.
#[allow(clippy::all, clippy::pedantic, missing_docs)]
pub mod proto {
    tonic::include_proto!("pec.v1");

    /// The descriptor set served by reflection.
    pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("pec_v1_descriptor");
}
