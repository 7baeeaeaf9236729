//! The integration suite: every test starts the real `Application` on port 0 over a fresh
//! database and calls it through the generated tonic clients on a real socket. Each test runs
//! twice, on SQLite and on PostgreSQL (`PEC_TEST_POSTGRES_URL`, required: a missing server
//! fails the suite rather than skipping it).

mod helpers;

mod activation;
mod assignments;
mod audit;
mod auth;
mod blobs_s3;
mod cli;
mod concurrency;
mod contact;
mod errors;
mod events;
mod grpc_web;
mod ini_pec;
mod layers;
mod limits;
mod mail;
mod mailbox;
mod metrics;
mod outbound;
mod password;
mod registry;
mod security;
