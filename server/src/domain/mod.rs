//! Validating domain types and the state machines of the convention. Everything here is pure:
//! no database, no tonic. A value of these types is valid by construction.

pub mod codice_fiscale;
pub mod email;
pub mod jpeg;
pub mod mailbox_address;
pub mod mobile;
pub mod partita_iva;
pub mod password;
pub mod places;
pub mod states;

pub use codice_fiscale::CodiceFiscale;
pub use email::{EmailAddress, PecDomainPolicy, PersonalEmail};
pub use mailbox_address::PecAddress;
pub use mobile::MobileNumber;
pub use partita_iva::PartitaIva;
pub use states::{ActivationState, Albo, MailboxState, RegisterStatus, SuspensionCause};
