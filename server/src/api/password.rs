//! `pec.v1.PasswordService`.

use std::net::IpAddr;
use std::sync::Arc;

use tonic::{Request, Response, Status};

use super::{AppState, convert};
use crate::auth::{Action, Caller};
use crate::domain::{PartitaIva, PecAddress};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::password::{self, ResetOutcome, mask};
use crate::proto::password_service_server::PasswordService;
use crate::proto::*;
use crate::self_service::{Holder, Visitor};

/// The metadata header in which a front-end key forwards its visitor's IP address.
pub(super) const VISITOR_HEADER: &str = "x-pec-visitor-ip";
/// The metadata header carrying the captcha token of a RequestPasswordReset (the request
/// message has no field for it).
const CAPTCHA_HEADER: &str = "x-pec-captcha-token";

/// An IP address as a front end forwards it; INVALID_ARGUMENT on `field` otherwise.
pub(super) fn visitor_ip(field: &str, value: &str) -> Result<IpAddr, Status> {
    value.trim().parse::<IpAddr>().map_err(|_| {
        ServiceError::invalid_field(
            field,
            "must be the visitor's IP address",
            "L'indirizzo IP del visitatore non è valido.",
        )
        .into()
    })
}

/// Who the end user of a self-service call is: the address in [`VISITOR_HEADER`] when the
/// key is a front end's (validated), else `fallback` (from a front end only), else the peer
/// address of the connection. A header from any other key is ignored.
pub(super) fn visitor<T>(
    request: &Request<T>,
    caller: &Caller,
    fallback: Option<(&str, &str)>,
) -> Result<Visitor, Status> {
    if caller.front_end {
        if let Some(value) = request.metadata().get(VISITOR_HEADER) {
            let text = value.to_str().unwrap_or("\u{fffd}");
            return Ok(Visitor::new(visitor_ip(VISITOR_HEADER, text)?));
        }
        if let Some((field, value)) = fallback.filter(|(_, v)| !v.trim().is_empty()) {
            return Ok(Visitor::new(visitor_ip(field, value)?));
        }
    }
    let peer = request
        .remote_addr()
        .map_or(IpAddr::from([0, 0, 0, 0]), |a| a.ip());
    Ok(Visitor::new(peer))
}

/// The secret that keys the decoy masks: derived from the blob key ring's current key, so
/// every replica shows the same decoy for the same request.
fn decoy_secret(state: &AppState) -> Result<[u8; 32], Status> {
    state
        .blobs
        .derive_secrets(mask::DECOY_PURPOSE)
        .into_iter()
        .next()
        .ok_or_else(|| ServiceError::Internal(anyhow::anyhow!("the key ring is empty")).into())
}

/// The mailbox address and exactly one of codice fiscale and partita IVA: how a member
/// identifies as a mailbox's holder (password reset, contact change).
pub(super) fn holder_args(
    v: &mut Violations,
    settings: &crate::config::Settings,
    mailbox_address: &str,
    codice_fiscale: &str,
    partita_iva: &str,
) -> (Option<PecAddress>, Option<Holder>) {
    let address = if mailbox_address.trim().is_empty() {
        v.push(FieldViolation::required("mailbox_address"));
        None
    } else {
        v.check(
            "mailbox_address",
            PecAddress::parse(mailbox_address, &settings.mailbox_domains),
            |e| (e.to_string(), e.message_it().to_owned()),
        )
    };
    let holder = match (
        codice_fiscale.trim().is_empty(),
        partita_iva.trim().is_empty(),
    ) {
        (false, true) => {
            convert::codice_fiscale(v, "codice_fiscale", codice_fiscale).map(Holder::CodiceFiscale)
        }
        (true, false) => v
            .check("partita_iva", PartitaIva::parse(partita_iva), |e| {
                (e.to_string(), e.message_it().to_owned())
            })
            .map(Holder::PartitaIva),
        _ => {
            v.push(FieldViolation::new(
                "codice_fiscale",
                "give exactly one of codice_fiscale and partita_iva",
                "Indica il codice fiscale oppure la partita IVA del titolare.",
            ));
            None
        }
    };
    (address, holder)
}

/// `holder_args` with every field checked: the address and the holder, or every violation
/// (`v` may already hold others of the same request).
pub(super) fn identified_holder(
    settings: &crate::config::Settings,
    mailbox_address: &str,
    codice_fiscale: &str,
    partita_iva: &str,
    v: &mut Violations,
) -> Result<(PecAddress, Holder), Status> {
    let (address, holder) = holder_args(v, settings, mailbox_address, codice_fiscale, partita_iva);
    std::mem::take(v).into_result()?;
    match (address, holder) {
        (Some(address), Some(holder)) => Ok((address, holder)),
        _ => Err(
            ServiceError::Internal(anyhow::anyhow!("validation passed with a missing value"))
                .into(),
        ),
    }
}

/// The answer to a reset request, one form for a match and a mismatch: the (real or decoy)
/// mask, in one sentence that holds whether or not the details matched.
fn reset_response(outcome: ResetOutcome) -> RequestPasswordResetResponse {
    RequestPasswordResetResponse {
        message_it: format!(
            "Se i dati indicati corrispondono a una casella PEC attiva, riceverai le istruzioni per reimpostare la password all'indirizzo email registrato che inizia per {}.",
            outcome.masked_email
        ),
        masked_email: outcome.masked_email,
    }
}

/// The token and password fields of a completion; returns the trimmed token.
fn complete_args(req: &CompletePasswordResetRequest) -> Result<&str, Status> {
    let mut v = Violations::new();
    let token = req.token.trim();
    if token.is_empty() {
        v.push(FieldViolation::required("token"));
    } else if token.len() > 128
        || !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        v.push(FieldViolation::new(
            "token",
            "the link is invalid, already used or expired",
            "Il link non è valido, è già stato usato o è scaduto: richiedine uno nuovo.",
        ));
    }
    if req.new_password.is_empty() {
        v.push(FieldViolation::required("new_password"));
    }
    v.into_result()?;
    Ok(token)
}

pub struct PasswordApi {
    state: Arc<AppState>,
}

impl PasswordApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

#[tonic::async_trait]
impl PasswordService for PasswordApi {
    async fn request_password_reset(
        &self,
        request: Request<RequestPasswordResetRequest>,
    ) -> Result<Response<RequestPasswordResetResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ResetPassword)
            .await?;
        let visitor = visitor(&request, &caller, None)?;
        let captcha_token = request
            .metadata()
            .get(CAPTCHA_HEADER)
            .map(|v| v.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default();
        let req = request.into_inner();
        let settings = &self.state.settings;
        let (address, holder) = identified_holder(
            settings,
            &req.mailbox_address,
            &req.codice_fiscale,
            &req.partita_iva,
            &mut Violations::new(),
        )?;
        if settings.password.captcha {
            let ip = visitor.ip().to_string();
            super::contact::verify_captcha(&self.state, CAPTCHA_HEADER, &captcha_token, &ip)
                .await?;
        }
        let outcome = password::request_reset(
            &self.state.db,
            &settings.password,
            &caller.actor(),
            visitor,
            &decoy_secret(&self.state)?,
            &address,
            &holder,
        )
        .await?;
        Ok(Response::new(reset_response(outcome)))
    }

    async fn complete_password_reset(
        &self,
        request: Request<CompletePasswordResetRequest>,
    ) -> Result<Response<CompletePasswordResetResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ResetPassword)
            .await?;
        let req = request.into_inner();
        let token = complete_args(&req)?.to_owned();
        let address =
            password::complete(&self.state.db, &caller.actor(), &token, req.new_password).await?;
        Ok(Response::new(CompletePasswordResetResponse {
            mailbox_address: address,
        }))
    }
}
