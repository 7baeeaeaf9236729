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
#[cfg(test)]
pub(crate) mod proptests;
pub mod states;

pub use codice_fiscale::CodiceFiscale;
pub use email::{EmailAddress, PecDomainPolicy, PersonalEmail};
pub use mailbox_address::PecAddress;
pub use mobile::MobileNumber;
pub use partita_iva::PartitaIva;
pub use states::{ActivationState, Albo, MailboxState, RegisterStatus, SuspensionCause};

#[cfg(test)]
mod tests {
    use super::codice_fiscale::CodiceFiscaleError;
    use super::email::EmailError;
    use super::mailbox_address::AddressError;
    use super::mobile::MobileError;
    use super::partita_iva::PartitaIvaError;
    use super::password::PasswordProblem;
    use crate::error::assert_member_text;

    /// Every Italian message of every validation error reaches a member as a field's own
    /// sentence (`BadRequest.FieldViolation.localized_message`).
    #[test]
    fn every_italian_message_is_a_sentence_for_a_member() {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(
            [
                CodiceFiscaleError::Empty,
                CodiceFiscaleError::Temporary,
                CodiceFiscaleError::WrongLength { len: 3 },
                CodiceFiscaleError::InvalidCharacters,
                CodiceFiscaleError::InvalidFormat,
                CodiceFiscaleError::InvalidMonth { letter: 'F' },
                CodiceFiscaleError::InvalidDay { day: 32 },
                CodiceFiscaleError::InvalidCheckCharacter {
                    expected: 'A',
                    found: 'B',
                },
            ]
            .iter()
            .map(|e| e.message_it().to_owned()),
        );
        texts.extend(
            [
                PartitaIvaError::Empty,
                PartitaIvaError::InvalidCharacters,
                PartitaIvaError::WrongLength { len: 3 },
                PartitaIvaError::ZeroCompanyNumber,
                PartitaIvaError::InvalidOfficeCode { code: 7 },
                PartitaIvaError::InvalidCheckDigit {
                    expected: 1,
                    found: 2,
                },
            ]
            .iter()
            .map(|e| e.message_it().to_owned()),
        );
        texts.extend(
            [
                EmailError::Empty,
                EmailError::TooLong { len: 300 },
                EmailError::NonAscii,
                EmailError::InvalidSyntax,
                EmailError::IsPec,
            ]
            .iter()
            .map(|e| e.message_it().to_owned()),
        );
        texts.extend(
            [
                MobileError::Empty,
                MobileError::TooLong,
                MobileError::InvalidCharacters,
                MobileError::Invalid,
                MobileError::NotMobile,
            ]
            .iter()
            .map(|e| e.message_it().to_owned()),
        );
        texts.extend(
            [
                AddressError::EmptyGivenName,
                AddressError::EmptyFamilyName,
                AddressError::Empty,
                AddressError::TooLong,
                AddressError::MissingAt,
                AddressError::InvalidLocalPart,
                AddressError::DomainNotAllowed {
                    domain: "example.it".to_owned(),
                },
            ]
            .iter()
            .map(|e| e.message_it().to_owned()),
        );
        texts.extend(
            [
                PasswordProblem::TooShort { min: 10 },
                PasswordProblem::TooLong { max: 128 },
                PasswordProblem::ContainsMailboxName,
                PasswordProblem::ContainsCodiceFiscale,
                PasswordProblem::ContainsPersonalName,
                PasswordProblem::Common,
                PasswordProblem::ControlCharacters,
            ]
            .iter()
            .map(PasswordProblem::message_it),
        );
        assert_eq!(texts.len(), 38);
        for text in &texts {
            assert_member_text(text);
        }
    }
}
