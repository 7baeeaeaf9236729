//! `pec.v1.ContactChangeService`: the member's contact-change wizard.

use std::sync::Arc;

use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use super::{AppState, convert};
use crate::auth::Action;
use crate::captcha::CaptchaError;
use crate::contact::{self, Change, ResidenceInput, Side, Step};
use crate::domain::jpeg;
use crate::domain::{MobileNumber, PecDomainPolicy, PersonalEmail};
use crate::entities::contact_change_document;
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::contact_change_service_server::ContactChangeService;
use crate::proto::upload_identity_document_request::Part;
use crate::proto::*;

pub struct ContactChangeApi {
    state: Arc<AppState>,
}

impl ContactChangeApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    /// Checks the captcha of a StartContactChange.
    async fn check_captcha(&self, token: &str, remote_ip: &str) -> Result<(), Status> {
        verify_captcha(&self.state, "captcha_token", token, remote_ip).await
    }
}

/// Checks a captcha token (from `field`) with the configured service: INVALID_ARGUMENT if it
/// is missing or rejected, UNAVAILABLE if the service cannot answer.
pub(super) async fn verify_captcha(
    state: &AppState,
    field: &str,
    token: &str,
    remote_ip: &str,
) -> Result<(), Status> {
    if token.len() > 4096 {
        return Err(ServiceError::invalid_field(
            field,
            "too long",
            "Il valore inserito è troppo lungo.",
        )
        .into());
    }
    let remote_ip = Some(remote_ip.trim()).filter(|ip| !ip.is_empty());
    match state.captcha.verify(token.trim(), remote_ip).await {
        Ok(()) => Ok(()),
        Err(CaptchaError::Unavailable(why)) => {
            tracing::warn!(error = %why, "captcha service unavailable");
            Err(Status::unavailable(
                "the captcha service is unavailable; retry shortly",
            ))
        }
        Err(CaptchaError::Missing | CaptchaError::Rejected(_)) => Err(ServiceError::invalid_field(
            field,
            "the captcha was not solved",
            "Verifica di sicurezza (captcha) non superata: riprova.",
        )
        .into()),
    }
}

/// The change's id and secret fields, trimmed. Overlong values cannot name a change: the
/// same NOT_FOUND as a wrong secret.
fn change_ref(id: &str, secret: &str) -> Result<(String, String), Status> {
    let mut v = Violations::new();
    if id.trim().is_empty() {
        v.push(FieldViolation::required("change_id"));
    }
    if secret.trim().is_empty() {
        v.push(FieldViolation::required("change_secret"));
    }
    v.into_result()?;
    if id.len() > 64 || secret.len() > 128 {
        return Err(ServiceError::not_found("contact change", id.trim()).into());
    }
    Ok((id.trim().to_owned(), secret.trim().to_owned()))
}

/// The recovery email field: a personal (non-PEC) address.
fn recovery_email_arg(value: &str, pec_domains: &PecDomainPolicy) -> Result<PersonalEmail, Status> {
    let mut v = Violations::new();
    let email = if value.trim().is_empty() {
        v.push(FieldViolation::required("recovery_email"));
        None
    } else {
        v.check(
            "recovery_email",
            PersonalEmail::parse(value, pec_domains),
            |e| (e.to_string(), e.message_it().to_owned()),
        )
    };
    v.into_result()?;
    email.ok_or_else(|| missing_after_validation("recovery_email"))
}

/// A value that validation accepted but did not return: a bug, answered INTERNAL.
fn missing_after_validation(field: &str) -> Status {
    ServiceError::Internal(anyhow::anyhow!(
        "validation of {field} passed without a value"
    ))
    .into()
}

/// The mobile number field.
fn mobile_arg(value: &str) -> Result<MobileNumber, Status> {
    let mut v = Violations::new();
    let mobile = if value.trim().is_empty() {
        v.push(FieldViolation::required("mobile_number"));
        None
    } else {
        v.check("mobile_number", MobileNumber::parse(value), |e| {
            (e.to_string(), e.message_it().to_owned())
        })
    };
    v.into_result()?;
    mobile.ok_or_else(|| missing_after_validation("mobile_number"))
}

/// The token of a "non sono stato io" link.
fn cancel_token_arg(token: &str) -> Result<String, Status> {
    let token = token.trim().to_owned();
    if token.is_empty() {
        return Err(ServiceError::InvalidFields(vec![FieldViolation::required("token")]).into());
    }
    if token.len() > 128 {
        return Err(ServiceError::invalid_field(
            "token",
            "the link is invalid",
            "Il link non è valido.",
        )
        .into());
    }
    Ok(token)
}

/// The first message of an upload: the change and the side.
async fn upload_header(
    stream: &mut Streaming<UploadIdentityDocumentRequest>,
) -> Result<(UploadHeader, Side), Status> {
    let header = match stream.next().await.transpose()? {
        Some(UploadIdentityDocumentRequest {
            part: Some(Part::Header(header)),
        }) => header,
        _ => {
            return Err(ServiceError::invalid_field(
                "header",
                "the first message must carry the header",
                "Il primo messaggio deve contenere l'intestazione del documento.",
            )
            .into());
        }
    };
    let side = match DocumentSide::try_from(header.side) {
        Ok(DocumentSide::Front) => Side::Front,
        Ok(DocumentSide::Back) => Side::Back,
        _ => {
            return Err(ServiceError::invalid_field(
                "header.side",
                "FRONT or BACK is required",
                "Indica il lato del documento: fronte o retro.",
            )
            .into());
        }
    };
    Ok((header, side))
}

/// Identity images rebuilt and decoded at once, across every upload of this process.
static IMAGE_CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// The image chunks after the header, refused as soon as they pass `max_bytes` or do not
/// start like a JPEG; then rebuilt and decoded on the blocking pool.
async fn read_image(
    stream: &mut Streaming<UploadIdentityDocumentRequest>,
    max_bytes: usize,
    max_pixels: u64,
) -> Result<jpeg::CleanJpeg, Status> {
    let mut image: Vec<u8> = Vec::new();
    while let Some(message) = stream.next().await.transpose()? {
        let chunk = match message.part {
            Some(Part::Chunk(chunk)) => chunk,
            _ => {
                return Err(ServiceError::invalid_field(
                    "header",
                    "only the first message may carry the header",
                    "Solo il primo messaggio può contenere l'intestazione del documento.",
                )
                .into());
            }
        };
        if image.len() + chunk.len() > max_bytes {
            // Stop reading: the rest of the stream is never buffered.
            return Err(too_large(max_bytes));
        }
        let before = image.len();
        image.extend_from_slice(&chunk);
        // Refuse a non-JPEG on its first bytes rather than after 4 MiB.
        if before < 3 && image.len() >= 3 && !jpeg::starts_like_jpeg(&image) {
            return Err(not_jpeg());
        }
    }
    if image.is_empty() {
        return Err(ServiceError::invalid_field(
            "chunk",
            "the image is empty",
            "L'immagine inviata è vuota.",
        )
        .into());
    }
    // Decoding takes up to ~120 MB (40 MP × 3 bytes) and a core for a second: at most
    // IMAGE_CHECKS run at once, the rest wait here, on top of tokio's blocking pool (512
    // threads by default, shared with the password hashing and SQLite work).
    let _permit = IMAGE_CHECKS.acquire().await.map_err(|e| {
        Status::from(ServiceError::Internal(
            anyhow::Error::new(e).context("the image checks are closed"),
        ))
    })?;
    tokio::task::spawn_blocking(move || jpeg::sanitize(&image, max_pixels))
        .await
        .map_err(|e| {
            Status::from(ServiceError::Internal(
                anyhow::Error::new(e).context("checking the image failed"),
            ))
        })?
        .map_err(|e| {
            Status::from(ServiceError::invalid_field(
                "chunk",
                format!("not a usable JPEG image: {e}"),
                "L'immagine non è un JPEG valido o è troppo grande (massimo 40 megapixel).",
            ))
        })
}

fn step_to_proto(step: Option<Step>) -> ContactChangeStep {
    match step {
        None => ContactChangeStep::Unspecified,
        Some(Step::HolderDetails) => ContactChangeStep::HolderDetails,
        Some(Step::IdentityDocument) => ContactChangeStep::IdentityDocument,
        Some(Step::RecoveryEmail) => ContactChangeStep::RecoveryEmail,
        Some(Step::VerifyRecoveryEmail) => ContactChangeStep::VerifyRecoveryEmail,
        Some(Step::MobileNumber) => ContactChangeStep::MobileNumber,
        Some(Step::Confirm) => ContactChangeStep::Confirm,
        Some(Step::VerifyMobileNumber) => ContactChangeStep::VerifyMobileNumber,
    }
}

pub(super) fn state_to_proto(state: contact::ChangeState) -> ContactChangeState {
    use contact::ChangeState as S;
    match state {
        S::Draft => ContactChangeState::Draft,
        S::UnderReview => ContactChangeState::UnderReview,
        S::Approved => ContactChangeState::Approved,
        S::Rejected => ContactChangeState::Rejected,
        S::Cancelled => ContactChangeState::Cancelled,
        S::Expired => ContactChangeState::Expired,
    }
}

pub(super) fn document_to_proto(d: &contact_change_document::Model) -> IdentityDocumentImage {
    IdentityDocumentImage {
        side: match Side::parse(&d.side) {
            Some(Side::Front) => DocumentSide::Front,
            Some(Side::Back) => DocumentSide::Back,
            None => DocumentSide::Unspecified,
        } as i32,
        size_bytes: d.size_bytes,
        width: d.width,
        height: d.height,
        sha256: d.sha256.clone(),
        removed_metadata_segments: d.removed_segments,
    }
}

pub(super) fn change_to_proto(change: &Change) -> ContactChange {
    let r = &change.row;
    let residence = r.residence_country.as_ref().map(|country| Residence {
        country: country.clone(),
        province: r.residence_province.clone().unwrap_or_default(),
        comune: r.residence_comune.clone().unwrap_or_default(),
        postal_code: r.residence_postal_code.clone().unwrap_or_default(),
        street: r.residence_street.clone().unwrap_or_default(),
    });
    ContactChange {
        id: r.id.clone(),
        mailbox_address: r.mailbox_address.clone(),
        state: state_to_proto(change.state()) as i32,
        next_step: step_to_proto(change.next_step()) as i32,
        given_name: r.given_name.clone().unwrap_or_default(),
        family_name: r.family_name.clone().unwrap_or_default(),
        residence,
        documents: change.documents.iter().map(document_to_proto).collect(),
        create_time: convert::timestamp(r.created_at),
        expire_time: change.expires_at().and_then(convert::timestamp),
        recovery_email: r.recovery_email.clone().unwrap_or_default(),
        recovery_email_verified: r.recovery_email_verified_at.is_some(),
        mobile_number: r.mobile_number.clone().unwrap_or_default(),
        mobile_number_verified: r.mobile_verified_at.is_some(),
        submit_time: r.submitted_at.and_then(convert::timestamp),
        due_time: r.due_at.and_then(convert::timestamp),
        decide_time: r.decided_at.and_then(convert::timestamp),
    }
}

/// `+39******4567`: enough for the member to recognise the number.
fn mask_mobile(e164: &str) -> String {
    let chars: Vec<char> = e164.chars().collect();
    if chars.len() <= 7 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

/// The 6-digit code field.
fn code_arg(code: &str) -> Result<String, Status> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ServiceError::InvalidFields(vec![FieldViolation::required("code")]).into());
    }
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ServiceError::invalid_field(
            "code",
            "the code is 6 digits",
            "Il codice è composto da 6 cifre.",
        )
        .into());
    }
    Ok(code.to_owned())
}

fn too_large(max: usize) -> Status {
    ServiceError::invalid_field(
        "chunk",
        format!("the image is larger than {} MiB", max / (1024 * 1024)),
        format!(
            "L'immagine supera {} MiB: usa una foto più leggera.",
            max / (1024 * 1024)
        ),
    )
    .into()
}

fn not_jpeg() -> Status {
    ServiceError::invalid_field(
        "chunk",
        "the image is not a JPEG",
        "L'immagine deve essere in formato JPEG.",
    )
    .into()
}

#[tonic::async_trait]
impl ContactChangeService for ContactChangeApi {
    async fn start_contact_change(
        &self,
        request: Request<StartContactChangeRequest>,
    ) -> Result<Response<StartContactChangeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let visitor = super::password::visitor(
            &request,
            &caller,
            Some(("remote_ip", request.get_ref().remote_ip.as_str())),
        )?;
        let req = request.into_inner();
        let settings = &self.state.settings;
        let mut v = Violations::new();
        if req.captcha_token.len() > 4096 || req.remote_ip.len() > 64 {
            v.push(FieldViolation::new(
                "captcha_token",
                "too long",
                "Il valore inserito è troppo lungo.",
            ));
        }
        let (address, holder) = super::password::identified_holder(
            settings,
            &req.mailbox_address,
            &req.codice_fiscale,
            &req.partita_iva,
            &mut v,
        )?;
        self.check_captcha(&req.captcha_token, &req.remote_ip)
            .await?;
        let outcome = contact::start(
            &self.state.db,
            &settings.contact,
            &caller.actor(),
            visitor,
            &address,
            &holder,
        )
        .await?;
        match outcome {
            Some((change, secret)) => Ok(Response::new(StartContactChangeResponse {
                change: Some(change_to_proto(&change)),
                change_secret: secret,
            })),
            None => Err(ServiceError::invalid_field(
                "mailbox_address",
                "the details do not match an active PEC mailbox",
                "I dati indicati non corrispondono a una casella PEC attiva.",
            )
            .into()),
        }
    }

    async fn set_holder_details(
        &self,
        request: Request<SetHolderDetailsRequest>,
    ) -> Result<Response<SetHolderDetailsResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let residence = req.residence.map(|r| ResidenceInput {
            country: r.country,
            province: r.province,
            comune: r.comune,
            postal_code: r.postal_code,
            street: r.street,
        });
        let change = contact::set_holder_details(
            &self.state.db,
            &caller.actor(),
            &id,
            &secret,
            &req.given_name,
            &req.family_name,
            residence.as_ref(),
        )
        .await?;
        Ok(Response::new(SetHolderDetailsResponse {
            change: Some(change_to_proto(&change)),
        }))
    }

    async fn upload_identity_document(
        &self,
        request: Request<Streaming<UploadIdentityDocumentRequest>>,
    ) -> Result<Response<UploadIdentityDocumentResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let limits = &self.state.settings.contact;
        let mut stream = request.into_inner();
        let (header, side) = upload_header(&mut stream).await?;
        let (id, secret) = change_ref(&header.change_id, &header.change_secret)?;
        // Everything about the change is checked before a byte of the image is read.
        contact::may_upload(&self.state.db, &id, &secret).await?;
        let clean =
            read_image(&mut stream, limits.max_image_bytes, limits.max_image_pixels).await?;
        let (document, change) = contact::store_document(
            &self.state.db,
            &self.state.blobs,
            &caller.actor(),
            &id,
            &secret,
            side,
            &clean,
        )
        .await?;
        Ok(Response::new(UploadIdentityDocumentResponse {
            document: Some(document_to_proto(&document)),
            change: Some(change_to_proto(&change)),
        }))
    }

    async fn set_recovery_email(
        &self,
        request: Request<SetRecoveryEmailRequest>,
    ) -> Result<Response<SetRecoveryEmailResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let visitor = super::password::visitor(&request, &caller, None)?;
        let req = request.into_inner();
        let settings = &self.state.settings;
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let email = recovery_email_arg(&req.recovery_email, &settings.pec_domains)?;
        let change = contact::set_recovery_email(
            &self.state.db,
            &settings.contact,
            &caller.actor(),
            &id,
            &secret,
            &email,
            visitor,
        )
        .await?;
        Ok(Response::new(SetRecoveryEmailResponse {
            change: Some(change_to_proto(&change)),
            masked_email: email.mask(),
        }))
    }

    async fn verify_recovery_email(
        &self,
        request: Request<VerifyRecoveryEmailRequest>,
    ) -> Result<Response<VerifyRecoveryEmailResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let code = code_arg(&req.code)?;
        let change = contact::verify_recovery_email(
            &self.state.db,
            &self.state.settings.contact,
            &caller.actor(),
            &id,
            &secret,
            &code,
        )
        .await?;
        Ok(Response::new(VerifyRecoveryEmailResponse {
            change: Some(change_to_proto(&change)),
        }))
    }

    async fn set_mobile_number(
        &self,
        request: Request<SetMobileNumberRequest>,
    ) -> Result<Response<SetMobileNumberResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let mobile = mobile_arg(&req.mobile_number)?;
        let change =
            contact::set_mobile_number(&self.state.db, &caller.actor(), &id, &secret, &mobile)
                .await?;
        Ok(Response::new(SetMobileNumberResponse {
            change: Some(change_to_proto(&change)),
        }))
    }

    async fn confirm_contact_change(
        &self,
        request: Request<ConfirmContactChangeRequest>,
    ) -> Result<Response<ConfirmContactChangeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let visitor = super::password::visitor(&request, &caller, None)?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let change = contact::confirm(
            &self.state.db,
            &self.state.settings.contact,
            &caller.actor(),
            &id,
            &secret,
            visitor,
        )
        .await?;
        let masked_mobile_number = mask_mobile(change.row.mobile_number.as_deref().unwrap_or(""));
        Ok(Response::new(ConfirmContactChangeResponse {
            change: Some(change_to_proto(&change)),
            masked_mobile_number,
        }))
    }

    async fn verify_mobile_number(
        &self,
        request: Request<VerifyMobileNumberRequest>,
    ) -> Result<Response<VerifyMobileNumberResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let code = code_arg(&req.code)?;
        let change = contact::verify_mobile_and_submit(
            &self.state.db,
            &self.state.settings.contact,
            &caller.actor(),
            &id,
            &secret,
            &code,
        )
        .await?;
        Ok(Response::new(VerifyMobileNumberResponse {
            change: Some(change_to_proto(&change)),
            message_it: "Richiesta inviata. Gli operatori della Federazione la verificheranno entro 3 giorni; riceverai l'esito alla nuova email di recupero.".to_owned(),
        }))
    }

    async fn resend_verification_code(
        &self,
        request: Request<ResendVerificationCodeRequest>,
    ) -> Result<Response<ResendVerificationCodeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let visitor = super::password::visitor(&request, &caller, None)?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let channel = contact::resend(
            &self.state.db,
            &self.state.settings.contact,
            &caller.actor(),
            &id,
            &secret,
            visitor,
        )
        .await?;
        let step = match channel {
            contact::codes::Channel::Email => ContactChangeStep::VerifyRecoveryEmail,
            contact::codes::Channel::Sms => ContactChangeStep::VerifyMobileNumber,
        };
        Ok(Response::new(ResendVerificationCodeResponse {
            step: step as i32,
        }))
    }

    async fn cancel_contact_change(
        &self,
        request: Request<CancelContactChangeRequest>,
    ) -> Result<Response<CancelContactChangeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let token = cancel_token_arg(&request.get_ref().token)?;
        let change = contact::cancel_by_token(&self.state.db, &caller.actor(), &token).await?;
        Ok(Response::new(CancelContactChangeResponse {
            mailbox_address: change.row.mailbox_address,
            message_it: "La richiesta di modifica dei dati è stata annullata. Se pensi che qualcuno conosca i tuoi dati, cambia la password della casella PEC.".to_owned(),
        }))
    }

    async fn get_contact_change(
        &self,
        request: Request<GetContactChangeRequest>,
    ) -> Result<Response<GetContactChangeResponse>, Status> {
        self.state
            .authorize(&request, Action::ChangeContacts)
            .await?;
        let req = request.into_inner();
        let (id, secret) = change_ref(&req.change_id, &req.change_secret)?;
        let change = contact::load(self.state.db.conn(), &id, &secret).await?;
        Ok(Response::new(GetContactChangeResponse {
            change: Some(change_to_proto(&change)),
        }))
    }
}
