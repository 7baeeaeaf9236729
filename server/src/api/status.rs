//! The one mapping from domain errors to gRPC status, with rich details: `ErrorInfo` (reason,
//! domain `pec.tsrm-pstrp.org`), `BadRequest` field violations, an it-IT `LocalizedMessage`
//! a front end can show a member, and `RetryInfo` where a retry will help.

use std::collections::HashMap;
use std::time::Duration;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use crate::error::{Reason, ServiceError};

/// The `ErrorInfo.domain` of every error of this service.
pub const ERROR_DOMAIN: &str = "pec.tsrm-pstrp.org";

fn details(reason: &str, message_it: &str) -> ErrorDetails {
    let mut details = ErrorDetails::new();
    details.set_error_info(reason, ERROR_DOMAIN, HashMap::<String, String>::new());
    details.set_localized_message("it-IT", message_it);
    details
}

/// A status with an `ErrorInfo` reason and an Italian message.
pub fn status(code: Code, reason: &str, message: impl Into<String>, message_it: &str) -> Status {
    Status::with_error_details(code, message, details(reason, message_it))
}

pub fn unauthenticated() -> Status {
    status(
        Code::Unauthenticated,
        "UNAUTHENTICATED_KEY",
        "missing, unknown or revoked API key: send `authorization: Bearer <key>`",
        "Chiave di accesso mancante, sconosciuta o revocata.",
    )
}

pub fn permission_denied(message: impl Into<String>) -> Status {
    status(
        Code::PermissionDenied,
        Reason::PermissionDeniedRole.as_str(),
        message,
        "Operazione non consentita per questa chiave di accesso.",
    )
}

impl From<ServiceError> for Status {
    fn from(err: ServiceError) -> Self {
        match err {
            ServiceError::InvalidFields(violations) => {
                let message = ServiceError::InvalidFields(violations.clone()).to_string();
                let message_it = violations
                    .iter()
                    .map(|v| format!("{}: {}", v.field, v.description_it))
                    .collect::<Vec<_>>()
                    .join("; ");
                let mut details = details(Reason::InvalidFields.as_str(), &message_it);
                for v in &violations {
                    details.add_bad_request_violation(v.field.clone(), v.description.clone());
                }
                Status::with_error_details(Code::InvalidArgument, message, details)
            }
            ServiceError::NotFound { resource, id } => status(
                Code::NotFound,
                Reason::ResourceNotFound.as_str(),
                format!("{resource} {id} not found"),
                "Elemento non trovato.",
            ),
            ServiceError::AlreadyExists {
                reason,
                message,
                message_it,
            } => status(Code::AlreadyExists, reason.as_str(), message, &message_it),
            ServiceError::FailedPrecondition {
                reason,
                message,
                message_it,
            } => status(
                Code::FailedPrecondition,
                reason.as_str(),
                message,
                &message_it,
            ),
            ServiceError::PermissionDenied(message) => permission_denied(message),
            ServiceError::Conflict => {
                let mut details = details(
                    Reason::ConcurrentChange.as_str(),
                    "Modifica concorrente: riprovare.",
                );
                details.set_retry_info(Some(Duration::from_millis(200)));
                Status::with_error_details(
                    Code::Aborted,
                    "a concurrent change touched the same data; retry the call",
                    details,
                )
            }
            ServiceError::RateLimited { retry_after } => {
                let mut details = details(
                    Reason::RateLimited.as_str(),
                    "Troppe richieste: riprova più tardi.",
                );
                details.set_retry_info(Some(retry_after));
                Status::with_error_details(
                    Code::ResourceExhausted,
                    format!(
                        "too many requests; retry in {} s",
                        retry_after.as_secs().max(1)
                    ),
                    details,
                )
            }
            ServiceError::Internal(err) => {
                // The cause chain goes to the log (under the call's request id), never to the
                // caller.
                tracing::error!(error = ?err, "internal error");
                status(
                    Code::Internal,
                    Reason::InternalError.as_str(),
                    "internal error",
                    "Errore interno: riprovare più tardi.",
                )
            }
        }
    }
}

/// Maps a database error met directly in a handler.
pub fn db(err: sea_orm::DbErr) -> Status {
    ServiceError::from(err).into()
}
