//! `pec.v1.PasswordService`.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use super::{AppState, convert};
use crate::auth::Action;
use crate::domain::{PartitaIva, PecAddress};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::password::{self, ResetOutcome};
use crate::proto::password_service_server::PasswordService;
use crate::proto::*;
use crate::self_service::Holder;

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

/// The answer to a reset request: the masked address, or the generic reply.
fn reset_response(outcome: ResetOutcome) -> RequestPasswordResetResponse {
    match outcome {
        ResetOutcome::Sent { masked_email } => RequestPasswordResetResponse {
            message_it: format!(
                "Ti abbiamo inviato un messaggio con le istruzioni per reimpostare la password all'indirizzo {masked_email}."
            ),
            masked_email,
        },
        ResetOutcome::NoMatch => RequestPasswordResetResponse {
            masked_email: String::new(),
            message_it: GENERIC_REPLY.to_owned(),
        },
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

const GENERIC_REPLY: &str = "Se i dati indicati corrispondono a una casella PEC attiva, riceverai un messaggio con le istruzioni all'indirizzo email personale registrato.";

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
        let req = request.into_inner();
        let settings = &self.state.settings;
        let (address, holder) = identified_holder(
            settings,
            &req.mailbox_address,
            &req.codice_fiscale,
            &req.partita_iva,
            &mut Violations::new(),
        )?;
        let outcome = password::request_reset(
            &self.state.db,
            &settings.password,
            &caller.actor(),
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
