//! The states of members, activation requests and mailboxes, and which transitions are legal.
//! Stored in the database as their upper-case names: each enum is a SeaORM active enum, so an
//! entity's column holds the enum itself and a row with any other text fails to load (an
//! internal error, never another state).

use std::fmt;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};

macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:tt),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        pub enum $name { $(#[sea_orm(string_value = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value of a stored name, without allocating (the plain SQLite readers).
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum!(
    /// A member's standing in the register.
    RegisterStatus {
        Active => "ACTIVE",
        Suspended => "SUSPENDED",
        StruckOff => "STRUCK_OFF",
    }
);

named_enum!(
    /// The state of an activation request.
    ActivationState {
        Richiesta => "RICHIESTA",
        InLavorazione => "IN_LAVORAZIONE",
        DaAccettare => "DA_ACCETTARE",
        Accettata => "ACCETTATA",
        Rifiutata => "RIFIUTATA",
        Annullata => "ANNULLATA",
        Fallita => "FALLITA",
        Scaduta => "SCADUTA",
    }
);

named_enum!(
    /// The state of a mailbox.
    MailboxState {
        NonAttivo => "NON_ATTIVO",
        Attivo => "ATTIVO",
        Sospeso => "SOSPESO",
        Cessato => "CESSATO",
    }
);

named_enum!(
    /// Why a mailbox is suspended. Register causes are lifted by the register, the others by
    /// whoever may reactivate.
    SuspensionCause {
        Ordine => "ORDINE",
        Operator => "OPERATOR",
        RegisterSuspended => "REGISTER_SUSPENDED",
        RegisterStruckOff => "REGISTER_STRUCK_OFF",
    }
);

impl ActivationState {
    /// States in which the request still waits for something; a member may have one at most.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            ActivationState::Richiesta
                | ActivationState::InLavorazione
                | ActivationState::DaAccettare
        )
    }
}

impl MailboxState {
    /// A mailbox that is not closed counts as the member's one live mailbox.
    pub fn is_live(self) -> bool {
        self != MailboxState::Cessato
    }
}

/// A professional register (albo), numbered as `pec.v1.Albo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Albo(i32);

impl Albo {
    /// The 18 albi kept by the Ordini TSRM e PSTRP since December 2022.
    pub const COUNT: i32 = 18;

    pub fn from_code(code: i32) -> Option<Self> {
        (1..=Self::COUNT).contains(&code).then_some(Albo(code))
    }

    pub fn code(self) -> i32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for s in ActivationState::ALL {
            assert_eq!(ActivationState::parse(s.as_str()), Some(*s));
        }
        for s in MailboxState::ALL {
            assert_eq!(MailboxState::parse(s.as_str()), Some(*s));
        }
        for s in RegisterStatus::ALL {
            assert_eq!(RegisterStatus::parse(s.as_str()), Some(*s));
        }
        for s in SuspensionCause::ALL {
            assert_eq!(SuspensionCause::parse(s.as_str()), Some(*s));
        }
        assert_eq!(MailboxState::parse("attivo"), None);
    }

    #[test]
    fn stored_names_are_the_active_enum_values() {
        use sea_orm::{ActiveEnum, Iterable};
        fn check<E: ActiveEnum<Value = String> + Iterable + fmt::Debug + Copy + PartialEq>(
            name: fn(E) -> &'static str,
            count: usize,
        ) {
            assert_eq!(E::iter().count(), count);
            for e in E::iter() {
                assert_eq!(e.to_value(), name(e));
                assert_eq!(E::try_from_value(&name(e).to_owned()).ok(), Some(e));
            }
            assert!(E::try_from_value(&"UNKNOWN".to_owned()).is_err());
        }
        check(ActivationState::as_str, ActivationState::ALL.len());
        check(MailboxState::as_str, MailboxState::ALL.len());
        check(RegisterStatus::as_str, RegisterStatus::ALL.len());
        check(SuspensionCause::as_str, SuspensionCause::ALL.len());
    }

    #[test]
    fn albo_range() {
        assert!(Albo::from_code(0).is_none());
        assert!(Albo::from_code(19).is_none());
        assert_eq!(Albo::from_code(18).map(Albo::code), Some(18));
    }
}
