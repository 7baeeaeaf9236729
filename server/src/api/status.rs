//! The one mapping from a domain error to what the wire carries. [`WireError`] is built from a
//! `ServiceError` in one exhaustive match and becomes either a call's `Status` (rich details:
//! `ErrorInfo` with the reason and domain `pec.tsrm-pstrp.org`, an it-IT `LocalizedMessage`,
//! `BadRequest` whose field violations carry their own it-IT message, `RetryInfo` where a retry
//! helps) or a refused row of a batch call (`RowError`), with the same code, reason and texts.

use std::collections::HashMap;
use std::time::Duration;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, LocalizedMessage, StatusExt};

use crate::error::{FieldViolation, Reason, ServiceError};
use crate::proto::{self, ErrorReason};

/// The `ErrorInfo.domain` of every error of this service.
pub const ERROR_DOMAIN: &str = "pec.tsrm-pstrp.org";

/// The locale of every text meant for people.
pub const LOCALE: &str = "it-IT";

/// How soon a call that lost a race may be retried.
const CONFLICT_RETRY: Duration = Duration::from_millis(200);

/// The `pec.v1.ErrorReason` value of a reason.
pub fn proto_reason(reason: Reason) -> ErrorReason {
    match reason {
        Reason::InvalidFields => ErrorReason::InvalidFields,
        Reason::UnauthenticatedKey => ErrorReason::UnauthenticatedKey,
        Reason::PermissionDeniedRole => ErrorReason::PermissionDeniedRole,
        Reason::ResourceNotFound => ErrorReason::ResourceNotFound,
        Reason::ResourceExists => ErrorReason::ResourceExists,
        Reason::RequestIdReused => ErrorReason::RequestIdReused,
        Reason::InvalidState => ErrorReason::InvalidState,
        Reason::MemberNotInGoodStanding => ErrorReason::MemberNotInGoodStanding,
        Reason::OrdineNotAdhering => ErrorReason::OrdineNotAdhering,
        Reason::MailboxAlreadyAssigned => ErrorReason::MailboxAlreadyAssigned,
        Reason::ConcurrentChange => ErrorReason::ConcurrentChange,
        Reason::InternalError => ErrorReason::InternalError,
        Reason::RateLimited => ErrorReason::RateLimited,
        Reason::StepOutOfOrder => ErrorReason::StepOutOfOrder,
        Reason::DraftExpired => ErrorReason::DraftExpired,
        Reason::CursorExpired => ErrorReason::CursorExpired,
        Reason::Overloaded => ErrorReason::Overloaded,
        Reason::StreamStalled => ErrorReason::StreamStalled,
        Reason::ShuttingDown => ErrorReason::ShuttingDown,
    }
}

/// The name carried in `ErrorInfo.reason` and `RowError.reason`: the proto value's name
/// without its `ERROR_REASON_` prefix, as the proto documents.
pub fn reason_name(reason: Reason) -> &'static str {
    let name = proto_reason(reason).as_str_name();
    name.strip_prefix("ERROR_REASON_").unwrap_or(name)
}

/// What the wire carries for one error, whether it ends a call or refuses one row of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    pub code: Code,
    pub reason: Reason,
    /// What went wrong, in English, for developers.
    pub message: String,
    /// One Italian sentence a front end can show as it is.
    pub message_it: String,
    /// The bad fields, each with its own Italian sentence.
    pub violations: Vec<FieldViolation>,
    /// When a retry may succeed.
    pub retry_after: Option<Duration>,
    /// `ErrorInfo.metadata` (an expired cursor names the oldest one held).
    pub metadata: HashMap<String, String>,
}

impl WireError {
    fn new(code: Code, reason: Reason, message: impl Into<String>, message_it: &str) -> Self {
        let message_it = if message_it.trim().is_empty() {
            reason.message_it().to_owned()
        } else {
            sentence(message_it)
        };
        Self {
            code,
            reason,
            message: message.into(),
            message_it,
            violations: Vec::new(),
            retry_after: None,
            metadata: HashMap::new(),
        }
    }

    /// The status of a call that failed with this error.
    pub fn into_status(self) -> Status {
        let mut details = ErrorDetails::new();
        details.set_error_info(reason_name(self.reason), ERROR_DOMAIN, self.metadata);
        details.set_localized_message(LOCALE, self.message_it);
        if !self.violations.is_empty() {
            let violations: Vec<tonic_types::FieldViolation> = self
                .violations
                .into_iter()
                .map(|v| tonic_types::FieldViolation {
                    field: v.field,
                    description: v.description,
                    reason: String::new(),
                    localized_message: Some(LocalizedMessage::new(LOCALE, v.description_it)),
                })
                .collect();
            details.set_bad_request(violations);
        }
        if let Some(after) = self.retry_after {
            details.set_retry_info(Some(after));
        }
        Status::with_error_details(self.code, self.message, details)
    }

    /// The refused row `index` (keyed `key`) of a batch call.
    pub fn into_row(self, index: i64, key: String) -> proto::RowError {
        proto::RowError {
            index,
            key,
            code: self.code as i32,
            reason: reason_name(self.reason).to_owned(),
            message: self.message,
            message_it: self.message_it,
            field_errors: self
                .violations
                .into_iter()
                .map(|v| proto::FieldError {
                    field: v.field,
                    description: v.description,
                    description_it: v.description_it,
                })
                .collect(),
        }
    }
}

impl From<ServiceError> for WireError {
    fn from(err: ServiceError) -> Self {
        note_refusal(&err);
        let message = err.to_string();
        match err {
            ServiceError::InvalidFields(violations) => {
                let violations: Vec<FieldViolation> = violations
                    .into_iter()
                    .map(|v| FieldViolation {
                        description_it: sentence(&v.description_it),
                        ..v
                    })
                    .collect();
                // One bad field: its own sentence says it best. Several: one sentence for all,
                // each field carrying its own.
                let message_it = match violations.as_slice() {
                    [only] => only.description_it.clone(),
                    _ => Reason::InvalidFields.message_it().to_owned(),
                };
                WireError {
                    violations,
                    ..WireError::new(
                        Code::InvalidArgument,
                        Reason::InvalidFields,
                        message,
                        &message_it,
                    )
                }
            }
            ServiceError::NotFound { .. } => {
                WireError::new(Code::NotFound, Reason::ResourceNotFound, message, "")
            }
            ServiceError::AlreadyExists {
                reason, message_it, ..
            } => WireError::new(Code::AlreadyExists, reason, message, &message_it),
            ServiceError::FailedPrecondition {
                reason, message_it, ..
            } => WireError::new(Code::FailedPrecondition, reason, message, &message_it),
            ServiceError::Unauthenticated => WireError::new(
                Code::Unauthenticated,
                Reason::UnauthenticatedKey,
                message,
                "",
            ),
            ServiceError::PermissionDenied(_) => WireError::new(
                Code::PermissionDenied,
                Reason::PermissionDeniedRole,
                message,
                "",
            ),
            ServiceError::Conflict => WireError {
                retry_after: Some(CONFLICT_RETRY),
                ..WireError::new(Code::Aborted, Reason::ConcurrentChange, message, "")
            },
            ServiceError::RateLimited { retry_after } => WireError {
                retry_after: Some(retry_after),
                ..WireError::new(
                    Code::ResourceExhausted,
                    Reason::RateLimited,
                    format!(
                        "too many requests; retry in {} s",
                        retry_after.as_secs().max(1)
                    ),
                    "",
                )
            },
            // UNAVAILABLE is what gRPC clients retry on their own (back off, then retry as
            // RetryInfo says).
            ServiceError::Overloaded { retry_after } => WireError {
                retry_after: Some(retry_after),
                ..WireError::new(
                    Code::Unavailable,
                    Reason::Overloaded,
                    message,
                    "Il servizio è momentaneamente sovraccarico: riprova tra qualche secondo.",
                )
            },
            // UNAVAILABLE: clients retry it, here after a second, on this or another replica.
            ServiceError::ShuttingDown => WireError {
                retry_after: Some(Duration::from_secs(1)),
                ..WireError::new(
                    Code::Unavailable,
                    Reason::ShuttingDown,
                    message,
                    "Il servizio si sta riavviando: riprova tra qualche secondo.",
                )
            },
            // DEADLINE_EXCEEDED: the call ran out of time waiting for the client.
            ServiceError::StreamIdle { .. } => WireError::new(
                Code::DeadlineExceeded,
                Reason::StreamStalled,
                message,
                "La richiesta è rimasta ferma troppo a lungo ed è stata interrotta: riprova.",
            ),
            ServiceError::CursorExpired { oldest_cursor } => WireError {
                metadata: HashMap::from([("oldest_cursor".to_owned(), oldest_cursor)]),
                ..WireError::new(Code::FailedPrecondition, Reason::CursorExpired, message, "")
            },
            ServiceError::Internal(err) => {
                // The cause chain goes to the log (under the call's request id), never to the
                // caller.
                tracing::error!(error = ?err, "internal error");
                WireError::new(Code::Internal, Reason::InternalError, message, "")
            }
        }
    }
}

impl From<ServiceError> for Status {
    fn from(err: ServiceError) -> Self {
        WireError::from(err).into_status()
    }
}

/// The refused row `index` (keyed `key`) of a batch call: what the call would have answered
/// for that row alone.
pub fn row_error(index: i64, key: String, err: ServiceError) -> proto::RowError {
    WireError::from(err).into_row(index, key)
}

/// Maps a database error met directly in a handler.
pub fn db(err: sea_orm::DbErr) -> Status {
    ServiceError::from(err).into()
}

/// `text` as a sentence a front end can show: trimmed, capital first letter, closing
/// punctuation. A safety net: texts are written as sentences, and this keeps the wire so.
fn sentence(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    if !out.ends_with(['.', '!', '?', '…']) {
        out.push('.');
    }
    out
}

/// Refusals are security events: noted for the gate, which records them (`security_log`).
fn note_refusal(err: &ServiceError) {
    use crate::security_log::{Refusal, note};
    match err {
        ServiceError::Unauthenticated => note(Refusal::Unauthenticated),
        ServiceError::PermissionDenied(_) => note(Refusal::PermissionDenied),
        ServiceError::RateLimited { .. } => note(Refusal::Throttled),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::assert_member_text;

    /// Every error a use case can return, one of each kind.
    fn every_error() -> Vec<ServiceError> {
        let mut errors = vec![
            ServiceError::InvalidFields(vec![FieldViolation::required("codice_fiscale")]),
            ServiceError::InvalidFields(vec![
                FieldViolation::required("given_name"),
                FieldViolation::new("family_name", "is too long", "il valore è troppo lungo"),
            ]),
            ServiceError::not_found("member", "RSSMRA80A01H501U"),
            ServiceError::Unauthenticated,
            ServiceError::PermissionDenied("no".to_owned()),
            ServiceError::Conflict,
            ServiceError::Overloaded {
                retry_after: Duration::from_secs(1),
            },
            ServiceError::RateLimited {
                retry_after: Duration::from_secs(30),
            },
            ServiceError::StreamIdle {
                timeout: Duration::from_secs(30),
            },
            ServiceError::ShuttingDown,
            ServiceError::CursorExpired {
                oldest_cursor: "AAAAAAAAAAE".to_owned(),
            },
            ServiceError::Internal(anyhow::anyhow!("disk on fire")),
        ];
        for reason in Reason::ALL {
            errors.push(ServiceError::precondition(reason, "no", ""));
            errors.push(ServiceError::AlreadyExists {
                reason,
                message: "exists".to_owned(),
                message_it: "Esiste già.".to_owned(),
            });
        }
        errors
    }

    #[test]
    fn every_reason_is_a_proto_reason_with_its_italian_text() {
        // Every proto reason but UNSPECIFIED has exactly one `Reason`, in the proto's order.
        // Numbers may have gaps (values are appended as branches land): walk a wide range.
        let proto_values: Vec<ErrorReason> = (1..=255)
            .filter_map(|value| ErrorReason::try_from(value).ok())
            .collect();
        let mapped: Vec<ErrorReason> = Reason::ALL.iter().map(|r| proto_reason(*r)).collect();
        assert_eq!(mapped, proto_values);
        for reason in Reason::ALL {
            let proto_name = proto_reason(reason).as_str_name();
            assert_eq!(format!("ERROR_REASON_{}", reason_name(reason)), proto_name);
            assert_member_text(reason.message_it());
        }
        assert_eq!(reason_name(Reason::InvalidFields), "INVALID_FIELDS");
        assert_eq!(
            reason_name(Reason::UnauthenticatedKey),
            "UNAUTHENTICATED_KEY"
        );
    }

    #[test]
    fn a_status_and_a_row_carry_the_same_error() {
        for err in every_error() {
            let text = format!("{err:?}");
            let wire = WireError::from(err);
            let status = wire.clone().into_status();
            let row = wire.clone().into_row(7, "KEY".to_owned());
            let details = status.get_error_details();

            assert_eq!(row.code, status.code() as i32, "{text}");
            assert_eq!(row.message, status.message(), "{text}");
            let info = details.error_info().expect("ErrorInfo");
            assert_eq!(info.reason, row.reason, "{text}");
            assert_eq!(info.domain, ERROR_DOMAIN);
            let localized = details.localized_message().expect("LocalizedMessage");
            assert_eq!(localized.locale, LOCALE);
            assert_eq!(localized.message, row.message_it, "{text}");
            assert_member_text(&row.message_it);

            let violations = details
                .bad_request()
                .map(|b| b.field_violations.clone())
                .unwrap_or_default();
            assert_eq!(violations.len(), row.field_errors.len(), "{text}");
            for (v, f) in violations.iter().zip(&row.field_errors) {
                assert_eq!(v.field, f.field);
                assert_eq!(v.description, f.description);
                let it = v.localized_message.as_ref().expect("localized violation");
                assert_eq!(it.locale, LOCALE);
                assert_eq!(it.message, f.description_it);
                assert_member_text(&it.message);
            }
            assert_eq!(
                wire.retry_after.is_some(),
                details.retry_info().is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn invalid_fields_say_one_sentence_on_top_and_one_per_field() {
        let one = WireError::from(ServiceError::invalid_field(
            "code",
            "wrong code",
            "Codice errato: restano 3 tentativi.",
        ));
        assert_eq!(one.code, Code::InvalidArgument);
        assert_eq!(one.message_it, "Codice errato: restano 3 tentativi.");

        let several = WireError::from(ServiceError::InvalidFields(vec![
            FieldViolation::new(
                "new_password",
                "contains the mailbox name",
                "La password non deve contenere il nome della casella PEC.",
            ),
            FieldViolation::new("new_password", "too common", "La password è troppo comune."),
        ]));
        assert_eq!(several.message_it, Reason::InvalidFields.message_it());
        assert!(!several.message_it.contains("new_password"));
        assert_eq!(
            several.violations[1].description_it,
            "La password è troppo comune."
        );
    }

    #[test]
    fn texts_become_sentences() {
        assert_eq!(sentence("  è obbligatorio "), "È obbligatorio.");
        assert_eq!(sentence("Già fatto."), "Già fatto.");
        assert_eq!(sentence("Davvero?"), "Davvero?");
        assert_eq!(sentence(""), "");
    }

    #[test]
    fn internal_errors_keep_their_cause_out_of_the_reply() {
        let wire = WireError::from(ServiceError::Internal(anyhow::anyhow!("secret path")));
        assert_eq!(wire.code, Code::Internal);
        assert!(!wire.message.contains("secret"));
        assert!(!wire.message_it.contains("secret"));
    }
}
