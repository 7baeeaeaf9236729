//! API keys, roles and what each role may do.
//!
//! A key is 256 random bits shown once; only its SHA-256 is stored. A slow password hash is
//! not needed for keys of that entropy, and a plain digest lets every call be checked with one
//! indexed lookup (cached briefly) instead of an Argon2 run.

pub mod keys;

pub use keys::{KeyStore, NewKey};

use std::fmt;

use crate::error::{ServiceError, ServiceResult};

/// The role of an API key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Everything.
    Admin,
    /// The Albo informatico: the register, and the member's user area.
    Albo,
    /// One Ordine's back office, scoped to its own members.
    Ordine,
    /// Federation operators.
    Operator,
    /// The self-service front end (password flows, contact changes).
    SelfService,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Albo,
        Role::Ordine,
        Role::Operator,
        Role::SelfService,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Albo => "albo",
            Role::Ordine => "ordine",
            Role::Operator => "operator",
            Role::SelfService => "self_service",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something a call does, for the permission table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ReadRegister,
    WriteOrdini,
    WriteMembers,
    CreateActivation,
    ReadActivation,
    CancelActivation,
    RespondToAssignment,
    ReadMailbox,
    SuspendMailbox,
    CloseMailbox,
    ManageNotifications,
    ResetPassword,
    /// The member's contact-change wizard.
    ChangeContacts,
    /// The operators' review of contact changes (sees identity images).
    ReviewContactChanges,
    /// An Ordine's INI-PEC export (its own Ordine's for an ordine key).
    ExportIniPec,
    /// The audit trail (an ordine key: its own Ordine's entries).
    ReadAudit,
    /// The change feed, scoped by role (`WatchEvents`).
    WatchEvents,
}

/// The permission table of the API: the one place that says who may call what.
pub fn allows(role: Role, action: Action) -> bool {
    use Action::*;
    match role {
        Role::Admin => true,
        Role::Albo => matches!(
            action,
            ReadRegister
                | WriteMembers
                | ReadActivation
                | RespondToAssignment
                | ReadMailbox
                | ResetPassword
                | ChangeContacts
                | WatchEvents
        ),
        Role::Ordine => matches!(
            action,
            ReadRegister
                | CreateActivation
                | ReadActivation
                | CancelActivation
                | ReadMailbox
                | SuspendMailbox
                | ExportIniPec
                | ReadAudit
                | WatchEvents
        ),
        Role::Operator => matches!(
            action,
            ReadRegister
                | ReadActivation
                | ReadMailbox
                | SuspendMailbox
                | CloseMailbox
                | ManageNotifications
                | ReviewContactChanges
                | ExportIniPec
                | ReadAudit
                | WatchEvents
        ),
        Role::SelfService => matches!(action, ResetPassword | ChangeContacts),
    }
}

/// What part of the data a caller may see and change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    /// Only the members, requests and mailboxes of this Ordine.
    Ordine(String),
}

impl Scope {
    /// Whether a record of `ordine_code` is visible. The use cases answer NOT_FOUND when it is
    /// not, so a `false` is a refused call: it is noted as a security event (`security_log`).
    pub fn sees(&self, ordine_code: &str) -> bool {
        let sees = match self {
            Scope::All => true,
            Scope::Ordine(own) => own == ordine_code,
        };
        if !sees {
            crate::security_log::note(crate::security_log::Refusal::OtherOrdine);
        }
        sees
    }
}

/// The Ordine a list is restricted to: the caller's own for an ordine key (asking for another
/// is refused), else the requested one, if any.
pub fn scoped_ordine(scope: &Scope, requested: Option<&str>) -> ServiceResult<Option<String>> {
    match (scope, requested) {
        (Scope::Ordine(own), Some(req)) if req != own => Err(ServiceError::PermissionDenied(
            format!("this key may only read Ordine {own}"),
        )),
        (Scope::Ordine(own), _) => Ok(Some(own.clone())),
        (Scope::All, req) => Ok(req.map(str::to_owned)),
    }
}

/// Who is acting, as the use cases see it: the key (for the audit trail) and the scope.
#[derive(Debug, Clone)]
pub struct Actor {
    /// `None` for the service itself (workers, register-driven changes).
    pub key_id: Option<String>,
    pub role: Option<Role>,
    pub scope: Scope,
}

impl crate::audit::Doer for Actor {
    fn key_id(&self) -> Option<&str> {
        self.key_id.as_deref()
    }
}

impl Actor {
    /// The service acting on its own (background jobs).
    pub fn system() -> Self {
        Self {
            key_id: None,
            role: None,
            scope: Scope::All,
        }
    }
}

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Caller {
    pub key_id: String,
    pub name: String,
    pub role: Role,
    pub ordine_code: Option<String>,
    /// A front end, trusted to forward the visitor's address.
    pub front_end: bool,
    /// The client-certificate subject the key is bound to, if any.
    pub bound_subject: Option<String>,
}

impl Caller {
    pub fn actor(&self) -> Actor {
        let scope = match (&self.role, &self.ordine_code) {
            (Role::Ordine, Some(code)) => Scope::Ordine(code.clone()),
            // An ordine key always has its code (checked at creation); deny everything if not.
            (Role::Ordine, None) => Scope::Ordine(String::new()),
            _ => Scope::All,
        };
        Actor {
            key_id: Some(self.key_id.clone()),
            role: Some(self.role),
            scope,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn permission_table_matches_the_issue() {
        use Action::*;
        assert!(allows(Role::Albo, RespondToAssignment));
        assert!(!allows(Role::Albo, CreateActivation));
        assert!(!allows(Role::Albo, SuspendMailbox));
        assert!(allows(Role::Ordine, SuspendMailbox));
        assert!(!allows(Role::Ordine, CloseMailbox));
        assert!(!allows(Role::Ordine, WriteMembers));
        assert!(allows(Role::Operator, CloseMailbox));
        assert!(!allows(Role::Operator, CreateActivation));
        assert!(!allows(Role::Operator, WriteMembers));
        for action in [ReadRegister, ReadMailbox, ReadActivation] {
            assert!(!allows(Role::SelfService, action));
        }
        assert!(!allows(Role::Albo, WriteOrdini));
        assert!(allows(Role::Ordine, ExportIniPec) && allows(Role::Operator, ExportIniPec));
        assert!(!allows(Role::Albo, ExportIniPec) && !allows(Role::SelfService, ExportIniPec));
        for role in [Role::Admin, Role::Operator, Role::Ordine] {
            assert!(allows(role, ReadAudit));
        }
        assert!(!allows(Role::Albo, ReadAudit));
        assert!(!allows(Role::SelfService, ReadAudit));
    }
}
