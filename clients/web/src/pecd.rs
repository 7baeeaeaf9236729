//! The calls to pecd: one channel, the key and the visitor's address put on every request,
//! and pecd's refusals turned into Italian sentences a member can read.

use std::net::IpAddr;
use std::time::Duration;

use tonic::Code;
use tonic::metadata::MetadataValue;
use tonic::transport::Channel;
use tonic_types::StatusExt;

use crate::proto::contact_change_service_client::ContactChangeServiceClient;
use crate::proto::password_service_client::PasswordServiceClient;
use crate::proto::review_service_client::ReviewServiceClient;

/// The metadata header in which a front-end key forwards its visitor's address.
const VISITOR_HEADER: &str = "x-pec-visitor-ip";
/// The metadata header of a captcha token on RequestPasswordReset (`--reset-captcha`).
const CAPTCHA_HEADER: &str = "x-pec-captcha-token";

/// What pec-web holds to call pecd.
#[derive(Clone)]
pub struct Pecd {
    channel: Channel,
    self_service_key: String,
}

/// A refusal of pecd, ready for a page.
#[derive(Debug, Clone, Default)]
pub struct ApiError {
    pub code: Option<Code>,
    /// `ErrorInfo.reason`, e.g. `STEP_OUT_OF_ORDER`.
    pub reason: String,
    /// One Italian sentence for the top of the page.
    pub message: String,
    /// The API's field paths with their Italian sentences.
    pub fields: Vec<(String, String)>,
    /// When a retry may succeed.
    pub retry_after: Option<Duration>,
}

impl ApiError {
    /// An Italian sentence saying how long to wait, e.g. "Potrai riprovare tra 2 minuti."
    pub fn wait_sentence(&self) -> Option<String> {
        self.retry_after
            .map(|after| format!("Potrai riprovare tra {}.", italian_duration(after)))
    }

    /// The message with the wait appended, when pecd gave one.
    pub fn full_message(&self) -> String {
        match self.wait_sentence() {
            Some(wait) => format!("{} {wait}", self.message),
            None => self.message.clone(),
        }
    }
}

/// "45 secondi", "1 minuto", "3 ore": rounded up, as a member reads a wait.
pub fn italian_duration(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let secs = secs.max(1);
    if secs < 60 {
        return if secs == 1 {
            "1 secondo".into()
        } else {
            format!("{secs} secondi")
        };
    }
    let minutes = secs.div_ceil(60);
    if minutes < 60 {
        return if minutes == 1 {
            "1 minuto".into()
        } else {
            format!("{minutes} minuti")
        };
    }
    let hours = minutes.div_ceil(60);
    if hours == 1 {
        "1 ora".into()
    } else {
        format!("{hours} ore")
    }
}

impl From<tonic::Status> for ApiError {
    fn from(status: tonic::Status) -> Self {
        let details = status.get_error_details();
        let reason = details
            .error_info()
            .map(|i| i.reason.clone())
            .unwrap_or_default();
        let localized = details
            .localized_message()
            .map(|m| m.message.clone())
            .filter(|m| !m.trim().is_empty());
        let message = match (status.code(), localized) {
            // Transport failures carry no Italian message: say it plainly.
            (Code::Unavailable, None)
            | (Code::Unknown, None)
            | (Code::Internal, _)
            | (Code::DeadlineExceeded, None) => {
                "Il servizio non è al momento raggiungibile: riprova tra qualche minuto.".to_owned()
            }
            (Code::Unauthenticated, _) | (Code::PermissionDenied, _) => {
                "Accesso non consentito: la chiave non è valida o è stata revocata.".to_owned()
            }
            (_, Some(m)) => m,
            (_, None) => "La richiesta non è andata a buon fine: riprova più tardi.".to_owned(),
        };
        let fields = details
            .bad_request()
            .map(|b| {
                b.field_violations
                    .iter()
                    .map(|v| {
                        let text = v
                            .localized_message
                            .as_ref()
                            .map(|m| m.message.clone())
                            .filter(|m| !m.trim().is_empty())
                            .unwrap_or_else(|| "Valore non valido.".to_owned());
                        (v.field.clone(), text)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let retry_after = details.retry_info().and_then(|r| r.retry_delay);
        if matches!(
            status.code(),
            Code::Internal | Code::Unknown | Code::Unavailable
        ) {
            tracing::warn!(code = ?status.code(), reason = %reason, "pecd call failed");
        }
        Self {
            code: Some(status.code()),
            reason,
            message,
            fields,
            retry_after,
        }
    }
}

impl Pecd {
    /// A lazily connected channel: pec-web starts even while pecd is still starting.
    pub fn new(url: &str, self_service_key: String) -> anyhow::Result<Self> {
        // `host:port` alone means plaintext HTTP/2, as pecd's own examples write it.
        let url = if url.contains("://") {
            url.to_owned()
        } else {
            format!("http://{url}")
        };
        let channel = Channel::from_shared(url)?
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .connect_lazy();
        Ok(Self {
            channel,
            self_service_key,
        })
    }

    pub fn password(&self) -> PasswordServiceClient<Channel> {
        PasswordServiceClient::new(self.channel.clone())
    }

    pub fn contact(&self) -> ContactChangeServiceClient<Channel> {
        ContactChangeServiceClient::new(self.channel.clone())
    }

    pub fn review(&self) -> ReviewServiceClient<Channel> {
        ReviewServiceClient::new(self.channel.clone())
    }

    /// A request on behalf of a member: the self_service key and the visitor's address.
    pub fn member<T>(&self, message: T, visitor: IpAddr) -> Result<tonic::Request<T>, ApiError> {
        let mut request = tonic::Request::new(message);
        bearer(&mut request, &self.self_service_key)?;
        let ip = MetadataValue::try_from(visitor.to_string()).map_err(|_| internal())?;
        request.metadata_mut().insert(VISITOR_HEADER, ip);
        Ok(request)
    }

    /// Adds the captcha token in the header pecd reads on RequestPasswordReset.
    pub fn with_captcha<T>(mut request: tonic::Request<T>, token: &str) -> tonic::Request<T> {
        if let Ok(value) = MetadataValue::try_from(token) {
            request.metadata_mut().insert(CAPTCHA_HEADER, value);
        }
        request
    }

    /// A request of a signed-in operator, with their own key (so the audit trail names them).
    pub fn operator<T>(&self, message: T, key: &str) -> Result<tonic::Request<T>, ApiError> {
        let mut request = tonic::Request::new(message);
        bearer(&mut request, key)?;
        Ok(request)
    }
}

fn bearer<T>(request: &mut tonic::Request<T>, key: &str) -> Result<(), ApiError> {
    let value = MetadataValue::try_from(format!("Bearer {key}")).map_err(|_| ApiError {
        code: Some(Code::Unauthenticated),
        message: "La chiave indicata non è valida.".into(),
        ..ApiError::default()
    })?;
    request.metadata_mut().insert("authorization", value);
    Ok(())
}

/// A failure of this front end itself.
pub fn internal() -> ApiError {
    ApiError {
        code: Some(Code::Internal),
        message: "Si è verificato un errore: riprova più tardi.".into(),
        ..ApiError::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_as_a_member_would_say_them() {
        assert_eq!(italian_duration(Duration::from_millis(200)), "1 secondo");
        assert_eq!(italian_duration(Duration::from_secs(42)), "42 secondi");
        assert_eq!(italian_duration(Duration::from_secs(61)), "2 minuti");
        assert_eq!(italian_duration(Duration::from_secs(3600)), "1 ora");
    }

    #[test]
    fn a_refusal_keeps_its_italian_sentences_and_wait() {
        let mut details = tonic_types::ErrorDetails::new();
        details.set_localized_message("it-IT", "Troppe richieste: riprova più tardi.");
        details.set_retry_info(Some(Duration::from_secs(90)));
        details.add_bad_request_violation("code", "wrong");
        let status =
            tonic::Status::with_error_details(Code::ResourceExhausted, "slow down", details);
        let error = ApiError::from(status);
        assert_eq!(
            error.full_message(),
            "Troppe richieste: riprova più tardi. Potrai riprovare tra 2 minuti."
        );
        assert_eq!(
            error.fields,
            vec![("code".to_owned(), "Valore non valido.".to_owned())]
        );
    }
}
