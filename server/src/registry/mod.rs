//! The register of Ordini and members, and its bulk synchronisation from the Albo.

pub mod members;
pub mod ordini;

pub use members::{MemberFilter, MemberInput, SyncOutcome, SyncRow};
pub use ordini::{NewOrdine, OrdineUpdate};
