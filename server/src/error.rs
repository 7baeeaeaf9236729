//! The error every use case returns. It says what went wrong in domain terms; `api::status`
//! maps it, exhaustively, to a gRPC status with rich details.

use sea_orm::DbErr;

/// Machine-readable reasons: one per `pec.v1.ErrorReason` value but UNSPECIFIED. The name on
/// the wire is read from the proto enum (`api::status::reason_name`), and a test there walks
/// [`Reason::ALL`] against the proto, so the two cannot drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    InvalidFields,
    UnauthenticatedKey,
    PermissionDeniedRole,
    ResourceNotFound,
    ResourceExists,
    RequestIdReused,
    InvalidState,
    MemberNotInGoodStanding,
    OrdineNotAdhering,
    MailboxAlreadyAssigned,
    ConcurrentChange,
    InternalError,
    RateLimited,
    StepOutOfOrder,
    DraftExpired,
    CursorExpired,
    Overloaded,
    StreamStalled,
    ShuttingDown,
}

impl Reason {
    /// Every reason, in the proto's order.
    pub const ALL: [Reason; 19] = [
        Reason::InvalidFields,
        Reason::UnauthenticatedKey,
        Reason::PermissionDeniedRole,
        Reason::ResourceNotFound,
        Reason::ResourceExists,
        Reason::RequestIdReused,
        Reason::InvalidState,
        Reason::MemberNotInGoodStanding,
        Reason::OrdineNotAdhering,
        Reason::MailboxAlreadyAssigned,
        Reason::ConcurrentChange,
        Reason::InternalError,
        Reason::RateLimited,
        Reason::StepOutOfOrder,
        Reason::DraftExpired,
        Reason::CursorExpired,
        Reason::Overloaded,
        Reason::StreamStalled,
        Reason::ShuttingDown,
    ];

    /// What a member reads when the error says nothing more specific: one Italian sentence.
    pub fn message_it(self) -> &'static str {
        match self {
            Reason::InvalidFields => "Alcuni dati non sono corretti: controlla i campi indicati.",
            Reason::UnauthenticatedKey => "Chiave di accesso mancante, sconosciuta o revocata.",
            Reason::PermissionDeniedRole => {
                "Operazione non consentita con questa chiave di accesso."
            }
            Reason::ResourceNotFound => "Elemento non trovato.",
            Reason::ResourceExists => "L'elemento esiste già.",
            Reason::RequestIdReused => {
                "Identificativo di richiesta già usato per una richiesta diversa."
            }
            Reason::InvalidState => "Operazione non consentita nello stato attuale.",
            Reason::MemberNotInGoodStanding => "L'iscritto non è in regola con l'albo.",
            Reason::OrdineNotAdhering => "L'Ordine non aderisce alla convenzione PEC.",
            Reason::MailboxAlreadyAssigned => {
                "L'iscritto ha già una casella PEC o una richiesta in corso."
            }
            Reason::ConcurrentChange => {
                "Un'altra operazione ha modificato gli stessi dati nello stesso momento: riprova."
            }
            Reason::InternalError => "Si è verificato un errore interno: riprova più tardi.",
            Reason::RateLimited => "Troppe richieste: riprova più tardi.",
            Reason::StepOutOfOrder => "Completa prima i passaggi precedenti.",
            Reason::DraftExpired => {
                "La richiesta è scaduta perché non è stata completata in tempo: ricomincia."
            }
            Reason::CursorExpired => {
                "Il punto di ripresa del flusso di eventi non è più disponibile: ricomincia dal più vecchio conservato."
            }
            Reason::Overloaded => {
                "Il servizio è momentaneamente sovraccarico: riprova tra qualche secondo."
            }
            Reason::StreamStalled => {
                "La richiesta è rimasta ferma troppo a lungo ed è stata interrotta: riprova."
            }
            Reason::ShuttingDown => "Il servizio si sta riavviando: riprova tra qualche secondo.",
        }
    }
}

/// One invalid field: its path and what is wrong, in English and in Italian. The Italian text
/// is one sentence a member reads next to the field: capital letter, full stop, no field
/// name (the front end knows which field it marks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldViolation {
    pub field: String,
    pub description: String,
    pub description_it: String,
}

impl FieldViolation {
    pub fn new(
        field: impl Into<String>,
        description: impl Into<String>,
        description_it: impl Into<String>,
    ) -> Self {
        Self {
            field: field.into(),
            description: description.into(),
            description_it: description_it.into(),
        }
    }

    /// The field is required and was left empty.
    pub fn required(field: impl Into<String>) -> Self {
        Self::new(field, "is required", "Questo campo è obbligatorio.")
    }
}

/// Collects field violations so that a caller hears of every bad field at once.
#[derive(Debug, Default)]
pub struct Violations(Vec<FieldViolation>);

impl Violations {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, violation: FieldViolation) {
        self.0.push(violation);
    }

    /// Keeps the parsed value, or records the violation and returns `None`.
    pub fn check<T, E>(
        &mut self,
        field: &str,
        result: Result<T, E>,
        describe: impl FnOnce(&E) -> (String, String),
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                let (en, it) = describe(&err);
                self.push(FieldViolation::new(field, en, it));
                None
            }
        }
    }

    /// A required free-text field: trimmed, at most `max` characters, none of them control
    /// characters (no line breaks or tabs in names and addresses).
    pub fn text(&mut self, field: &str, value: &str, max: usize) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            self.push(FieldViolation::required(field));
            None
        } else if value.chars().count() > max || value.chars().any(char::is_control) {
            self.push(FieldViolation::new(
                field,
                format!("must be at most {max} printable characters"),
                format!(
                    "Il testo può contenere al massimo {max} caratteri, senza a capo né tabulazioni."
                ),
            ));
            None
        } else {
            Some(value.to_owned())
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), ServiceError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ServiceError::InvalidFields(self.0))
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid fields: {}", .0.iter().map(|v| format!("{}: {}", v.field, v.description)).collect::<Vec<_>>().join("; "))]
    InvalidFields(Vec<FieldViolation>),
    #[error("{resource} {id} not found")]
    NotFound { resource: &'static str, id: String },
    #[error("{message}")]
    AlreadyExists {
        reason: Reason,
        message: String,
        message_it: String,
    },
    #[error("{message}")]
    FailedPrecondition {
        reason: Reason,
        message: String,
        message_it: String,
    },
    #[error("missing, unknown or revoked API key: send `authorization: Bearer <key>`")]
    Unauthenticated,
    #[error("{0}")]
    PermissionDenied(String),
    #[error("a concurrent change touched the same data; retry")]
    Conflict,
    #[error("too many requests; retry in {} s", retry_after.as_secs())]
    RateLimited { retry_after: std::time::Duration },
    /// The server is at its cap of calls in flight: this call was shed, not queued.
    #[error("the server is busy; retry in {} s", retry_after.as_secs().max(1))]
    Overloaded { retry_after: std::time::Duration },
    /// The server is stopping (or this replica's feed closed): a long call ends so that the
    /// client resumes on another replica or after the restart.
    #[error("the server is shutting down; reconnect (a watch: with its last cursor)")]
    ShuttingDown,
    /// The client sent no part of its request body (the next message of a stream, or the next
    /// bytes of a message) within `timeout`: the call is ended so it frees its slot.
    #[error("no data of the request arrived for {} s; the call was ended", timeout.as_secs().max(1))]
    StreamIdle { timeout: std::time::Duration },
    /// A `WatchEvents` cursor older than the oldest event held; `oldest_cursor` is the oldest
    /// one still held.
    #[error("the cursor has expired: the oldest cursor still held is {oldest_cursor:?}")]
    CursorExpired { oldest_cursor: String },
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl ServiceError {
    pub fn not_found(resource: &'static str, id: impl Into<String>) -> Self {
        Self::NotFound {
            resource,
            id: id.into(),
        }
    }

    pub fn precondition(
        reason: Reason,
        message: impl Into<String>,
        message_it: impl Into<String>,
    ) -> Self {
        Self::FailedPrecondition {
            reason,
            message: message.into(),
            message_it: message_it.into(),
        }
    }

    /// An illegal state transition, naming the current state.
    pub fn invalid_state(resource: &str, current: &str, action: &str) -> Self {
        Self::precondition(
            Reason::InvalidState,
            format!("cannot {action}: the {resource} is in state {current}"),
            format!(
                "Operazione non consentita: lo stato attuale è «{}».",
                current.replace('_', " ").to_lowercase()
            ),
        )
    }

    pub fn invalid_field(
        field: impl Into<String>,
        description: impl Into<String>,
        description_it: impl Into<String>,
    ) -> Self {
        Self::InvalidFields(vec![FieldViolation::new(
            field,
            description,
            description_it,
        )])
    }
}

impl From<DbErr> for ServiceError {
    fn from(err: DbErr) -> Self {
        // A unique violation here means another call won a race for the same row; anything
        // else is ours to investigate.
        if matches!(
            err.sql_err(),
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
        ) || is_serialization_failure(&err)
        {
            return ServiceError::Conflict;
        }
        ServiceError::Internal(err.into())
    }
}

impl From<rusqlite::Error> for ServiceError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                ServiceError::Conflict
            }
            _ => ServiceError::Internal(err.into()),
        }
    }
}

fn is_serialization_failure(err: &DbErr) -> bool {
    let text = err.to_string();
    // SQLite: the writer lock was busy past the timeout; PostgreSQL: 40001/40P01.
    text.contains("database is locked")
        || text.contains("could not serialize access")
        || text.contains("deadlock detected")
}

pub type ServiceResult<T> = Result<T, ServiceError>;

/// Asserts that `text` is fit for a member: sentences with a capital letter and closing
/// punctuation, no field path (none has an underscore) and no fragments joined by "; ".
#[cfg(test)]
pub(crate) fn assert_member_text(text: &str) {
    let first = text.chars().next();
    assert!(
        first.is_some_and(char::is_uppercase),
        "not capitalised: {text:?}"
    );
    assert!(text.ends_with(['.', '!', '?']), "no full stop: {text:?}");
    assert!(!text.contains('_'), "a field name in {text:?}");
    assert!(!text.contains("; "), "joined fragments in {text:?}");
    assert!(!text.contains(".."), "doubled full stop in {text:?}");
}
