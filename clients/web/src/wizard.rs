//! The contact-change wizard of the convention guide. The change id and its secret live in the
//! member's server-side session, never in a URL or a form. Every page asks pecd where the
//! change stands, so a step out of order leads back to the step pecd expects.

use std::net::{IpAddr, SocketAddr};

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Multipart, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;

use crate::app::{AppState, DOCUMENT_SIDE_LIMIT};
use crate::forms::{
    Errors, Page, html, member_session, posted_session, redirect, visitor, with_cookie,
};
use crate::member::{IDENTIFY_FIELDS, check_identity, holder_code};
use crate::pecd::{ApiError, italian_duration};
use crate::proto::{self, ContactChange, ContactChangeState, ContactChangeStep, DocumentSide};
use crate::session::{MEMBER_COOKIE, Notice, Session, Wizard};

const START: &str = "/modifica-dati";
const TITLE: &str = "Modifica dei dati di contatto";

/// The guide's step bar.
const STEPS: [&str; 6] = [
    "Modifica email",
    "Verifica email",
    "Modifica cellulare",
    "Conferma dati",
    "Verifica cellulare",
    "Esito",
];

/// One step of the bar as shown: its number, name and state in words (never by colour alone).
pub struct StepView {
    pub number: usize,
    pub label: &'static str,
    /// "completato", "in corso" or "da completare".
    pub status: &'static str,
}

/// Where the member stands: the guide's step bar, or one of the three identification pages
/// that come before it.
pub struct Progress {
    pub steps: Vec<StepView>,
    /// 1-based index in the bar; 0 on the identification pages.
    pub current: usize,
    /// "Identificazione, passo 2 di 3" on the identification pages.
    pub preliminary: Option<String>,
}

impl Progress {
    fn bar(current: usize) -> Self {
        let steps = STEPS
            .iter()
            .enumerate()
            .map(|(i, label)| StepView {
                number: i + 1,
                label,
                status: if i + 1 < current {
                    "completato"
                } else if i + 1 == current {
                    "in corso"
                } else {
                    "da completare"
                },
            })
            .collect();
        Self {
            steps,
            current,
            preliminary: None,
        }
    }

    fn preliminary(n: usize) -> Self {
        let mut progress = Self::bar(0);
        progress.preliminary = Some(format!("Identificazione del titolare: passo {n} di 3"));
        progress
    }

    pub fn total(&self) -> usize {
        STEPS.len()
    }
}

/// The page of a step pecd expects next.
fn step_path(step: ContactChangeStep) -> &'static str {
    match step {
        ContactChangeStep::HolderDetails => "/modifica-dati/titolare",
        ContactChangeStep::IdentityDocument => "/modifica-dati/documento",
        ContactChangeStep::RecoveryEmail => "/modifica-dati/email",
        ContactChangeStep::VerifyRecoveryEmail => "/modifica-dati/verifica-email",
        ContactChangeStep::MobileNumber => "/modifica-dati/cellulare",
        ContactChangeStep::Confirm => "/modifica-dati/conferma",
        ContactChangeStep::VerifyMobileNumber => "/modifica-dati/verifica-cellulare",
        ContactChangeStep::Unspecified => "/modifica-dati/esito",
    }
}

/// How far along the wizard a step is, to refuse pages past the one pecd expects.
fn rank(step: ContactChangeStep) -> u8 {
    match step {
        ContactChangeStep::HolderDetails => 1,
        ContactChangeStep::IdentityDocument => 2,
        ContactChangeStep::RecoveryEmail => 3,
        ContactChangeStep::VerifyRecoveryEmail => 4,
        ContactChangeStep::MobileNumber => 5,
        ContactChangeStep::Confirm => 6,
        ContactChangeStep::VerifyMobileNumber => 7,
        ContactChangeStep::Unspecified => 8,
    }
}

fn page(state: &AppState, session: &Session, notice: Option<&Notice>) -> Page {
    Page {
        title: TITLE.into(),
        assets: state.assets.prefix.clone(),
        csrf: session.csrf.clone(),
        notice: notice.filter(|n| !n.is_error).map(|n| n.text.clone()),
        ..Page::default()
    }
}

/// Errors to show: a refusal carried over from the previous request (e.g. a resend too soon).
fn carried(notice: Option<&Notice>) -> Errors {
    Errors {
        summary: notice.filter(|n| n.is_error).map(|n| n.text.clone()),
        fields: Vec::new(),
    }
}

/// A live wizard session, or the start page.
fn wizard_of(state: &AppState, headers: &HeaderMap) -> Result<(String, Session, Wizard), Response> {
    match state.sessions.get(headers, MEMBER_COOKIE) {
        Some((id, session)) => match session.wizard.clone() {
            Some(wizard) => Ok((id, session, wizard)),
            None => Err(redirect(START)),
        },
        None => Err(redirect(START)),
    }
}

/// The posted form's session and wizard (CSRF checked), or the page to show instead.
fn posted_wizard(
    state: &AppState,
    headers: &HeaderMap,
    csrf: &str,
) -> Result<(String, Session, Wizard), Response> {
    let (id, session) = posted_session(state, headers, MEMBER_COOKIE, csrf)?;
    match session.wizard.clone() {
        Some(wizard) => Ok((id, session, wizard)),
        None => Err(redirect(START)),
    }
}

/// The session and the change a wizard page shows (`current`), or the page to show instead:
/// what every step's `GET` starts with.
async fn step_page(
    state: &AppState,
    peer: &ConnectInfo<SocketAddr>,
    headers: &HeaderMap,
    this: ContactChangeStep,
) -> Result<(Session, ContactChange), Response> {
    let (_, session, wizard) = wizard_of(state, headers)?;
    let change = current(state, &wizard, visitor(state, peer, headers), this).await?;
    Ok((session, change))
}

/// The change as pecd has it now; a page that is not yet due sends the member to the step
/// pecd expects, and an ended draft to the outcome.
async fn current(
    state: &AppState,
    wizard: &Wizard,
    ip: IpAddr,
    this: ContactChangeStep,
) -> Result<ContactChange, Response> {
    let message = proto::GetContactChangeRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
    };
    let change = match state.pecd.member(message, ip) {
        Ok(request) => state
            .pecd
            .contact()
            .get_contact_change(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    let change = match change {
        Ok(reply) => reply.into_inner().change.unwrap_or_default(),
        // A change pecd no longer knows (or a secret it refuses): start again.
        Err(_) => return Err(redirect(START)),
    };
    let next = change.next_step();
    let submitted = change.state() != ContactChangeState::Draft;
    if this != ContactChangeStep::Unspecified && (submitted || rank(this) > rank(next)) {
        return Err(redirect(step_path(next)));
    }
    Ok(change)
}

/// After a refusal, the page to show: the step pecd expects when the step was out of order.
fn out_of_order(error: &ApiError) -> bool {
    error.reason == "STEP_OUT_OF_ORDER" || error.reason == "DRAFT_EXPIRED"
}

// ---------------------------------------------------------------- identification

#[derive(Template)]
#[template(path = "wizard_start.html")]
struct StartForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    mailbox_address: String,
    holder_code: String,
}

#[derive(Deserialize)]
pub struct StartInput {
    csrf: String,
    mailbox_address: String,
    holder_code: String,
    /// The captcha widget's field, whatever its name.
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

/// The identification page: with the captcha when one is configured.
fn start_page(state: &AppState, session: &Session) -> Page {
    let mut page = page(state, session, None);
    page.captcha = crate::forms::captcha(state);
    page
}

/// `GET /modifica-dati`: the mailbox and the holder's code.
pub async fn start_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (_, session, cookie) = match member_session(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let form = StartForm {
        page: start_page(&state, &session),
        progress: Progress::preliminary(1),
        errors: Errors::default(),
        mailbox_address: String::new(),
        holder_code: String::new(),
    };
    with_cookie(html(&form), cookie)
}

/// `POST /modifica-dati`: StartContactChange; the id and secret go into the session.
pub async fn start_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<StartInput>,
) -> Response {
    let (id, session) = match posted_session(&state, &headers, MEMBER_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut errors = check_identity(&input.mailbox_address, &input.holder_code);
    if !errors.any() {
        let ip = visitor(&state, &peer, &headers);
        let (codice_fiscale, partita_iva) = holder_code(&input.holder_code);
        let mailbox_address = input.mailbox_address.trim().to_owned();
        let message = proto::StartContactChangeRequest {
            mailbox_address: mailbox_address.clone(),
            codice_fiscale,
            partita_iva,
            captcha_token: crate::forms::captcha_token(&state, &input.rest),
            remote_ip: ip.to_string(),
        };
        let result = match state.pecd.member(message, ip) {
            Ok(request) => state
                .pecd
                .contact()
                .start_contact_change(request)
                .await
                .map_err(ApiError::from),
            Err(e) => Err(e),
        };
        match result {
            Ok(reply) => {
                let reply = reply.into_inner();
                let change = reply.change.unwrap_or_default();
                let wizard = Wizard {
                    change_id: change.id,
                    change_secret: reply.change_secret,
                    mailbox_address,
                    ..Wizard::default()
                };
                state.sessions.update(&id, |s| s.wizard = Some(wizard));
                return redirect("/modifica-dati/titolare");
            }
            Err(error) => errors = Errors::from_api(&error, IDENTIFY_FIELDS),
        }
    }
    html(&StartForm {
        page: start_page(&state, &session),
        progress: Progress::preliminary(1),
        errors,
        mailbox_address: input.mailbox_address,
        holder_code: input.holder_code,
    })
}

// ---------------------------------------------------------------- holder details

#[derive(Template)]
#[template(path = "wizard_holder.html")]
struct HolderForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    input: HolderInput,
}

#[derive(Deserialize, Default)]
pub struct HolderInput {
    #[serde(default)]
    csrf: String,
    given_name: String,
    family_name: String,
    country: String,
    #[serde(default)]
    province: String,
    comune: String,
    #[serde(default)]
    postal_code: String,
    street: String,
}

const HOLDER_FIELDS: &[(&str, &str, &str)] = &[
    ("given_name", "given_name", "Nome"),
    ("family_name", "family_name", "Cognome"),
    ("residence.country", "country", "Stato"),
    ("residence.province", "province", "Provincia (sigla)"),
    ("residence.comune", "comune", "Comune"),
    ("residence.postal_code", "postal_code", "CAP"),
    ("residence.street", "street", "Indirizzo"),
    ("residence", "comune", "Comune"),
];

/// `GET /modifica-dati/titolare`.
pub async fn holder_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::HolderDetails).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    let residence = change.residence.unwrap_or_default();
    let input = HolderInput {
        csrf: String::new(),
        given_name: change.given_name,
        family_name: change.family_name,
        country: if residence.country.is_empty() {
            "IT".into()
        } else {
            residence.country
        },
        province: residence.province,
        comune: residence.comune,
        postal_code: residence.postal_code,
        street: residence.street,
    };
    html(&HolderForm {
        page: page(&state, &session, None),
        progress: Progress::preliminary(2),
        errors: Errors::default(),
        input,
    })
}

/// `POST /modifica-dati/titolare`: SetHolderDetails.
pub async fn holder_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<HolderInput>,
) -> Response {
    let (_, session, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let message = proto::SetHolderDetailsRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
        given_name: input.given_name.trim().to_owned(),
        family_name: input.family_name.trim().to_owned(),
        residence: Some(proto::Residence {
            country: input.country.trim().to_uppercase(),
            province: input.province.trim().to_uppercase(),
            comune: input.comune.trim().to_owned(),
            postal_code: input.postal_code.trim().to_owned(),
            street: input.street.trim().to_owned(),
        }),
    };
    let result = match state.pecd.member(message, visitor(&state, &peer, &headers)) {
        Ok(request) => state
            .pecd
            .contact()
            .set_holder_details(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => redirect("/modifica-dati/documento"),
        Err(error) if out_of_order(&error) => redirect(START),
        Err(error) => html(&HolderForm {
            page: page(&state, &session, None),
            progress: Progress::preliminary(2),
            errors: Errors::from_api(&error, HOLDER_FIELDS),
            input,
        }),
    }
}

// ---------------------------------------------------------------- identity document

#[derive(Template)]
#[template(path = "wizard_document.html")]
struct DocumentForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    sides: Vec<SideField>,
}

/// One file control of the document form.
pub struct SideField {
    pub id: &'static str,
    pub label: &'static str,
    /// Whether pecd already holds this side.
    pub stored: bool,
}

fn side_fields(has_front: bool, has_back: bool) -> Vec<SideField> {
    vec![
        SideField {
            id: "front",
            label: "Fronte del documento",
            stored: has_front,
        },
        SideField {
            id: "back",
            label: "Retro del documento",
            stored: has_back,
        },
    ]
}

fn sides(change: &ContactChange) -> (bool, bool) {
    let has = |side: DocumentSide| change.documents.iter().any(|d| d.side() == side);
    (has(DocumentSide::Front), has(DocumentSide::Back))
}

/// `GET /modifica-dati/documento`.
pub async fn document_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::IdentityDocument).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    let (has_front, has_back) = sides(&change);
    html(&DocumentForm {
        page: page(&state, &session, None),
        progress: Progress::preliminary(3),
        errors: Errors::default(),
        sides: side_fields(has_front, has_back),
    })
}

/// One side as posted, checked before pecd sees it.
enum Posted {
    Missing,
    Image(Vec<u8>),
    Refused(&'static str),
}

/// Reads one file field, refusing it as soon as it passes 4 MiB, and checks it is a JPEG.
async fn read_side(field: &mut axum::extract::multipart::Field<'_>) -> Result<Posted, ()> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|_| ())? {
        if bytes.len() + chunk.len() > DOCUMENT_SIDE_LIMIT {
            // Drain the rest so the next field can be read; the body limit bounds it.
            while field.chunk().await.map_err(|_| ())?.is_some() {}
            return Ok(Posted::Refused(
                "Il file supera i 4 MB: carica un'immagine più piccola.",
            ));
        }
        bytes.extend_from_slice(&chunk);
    }
    if bytes.is_empty() {
        return Ok(Posted::Missing);
    }
    if !bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Posted::Refused(
            "Il file non è un'immagine JPEG: carica una foto o una scansione in formato JPEG.",
        ));
    }
    Ok(Posted::Image(bytes))
}

/// Sends one side to pecd in 64 KiB chunks.
async fn upload(
    state: &AppState,
    wizard: &Wizard,
    ip: IpAddr,
    side: DocumentSide,
    image: Vec<u8>,
) -> Result<(), ApiError> {
    use proto::upload_identity_document_request::Part;
    let mut messages = vec![proto::UploadIdentityDocumentRequest {
        part: Some(Part::Header(proto::UploadHeader {
            change_id: wizard.change_id.clone(),
            change_secret: wizard.change_secret.clone(),
            side: side as i32,
        })),
    }];
    messages.extend(
        image
            .chunks(64 * 1024)
            .map(|c| proto::UploadIdentityDocumentRequest {
                part: Some(Part::Chunk(c.to_vec())),
            }),
    );
    let request = state.pecd.member(tokio_stream::iter(messages), ip)?;
    state
        .pecd
        .contact()
        .upload_identity_document(request)
        .await
        .map_err(ApiError::from)?;
    Ok(())
}

/// `POST /modifica-dati/documento` (multipart: csrf, front, back).
pub async fn document_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let mut csrf = String::new();
    let mut front = Posted::Missing;
    let mut back = Posted::Missing;
    let mut broken = false;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                broken = true;
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "csrf" => csrf = field.text().await.unwrap_or_default(),
            "front" | "back" => match read_side(&mut field).await {
                Ok(posted) if name == "front" => front = posted,
                Ok(posted) => back = posted,
                Err(()) => {
                    broken = true;
                    break;
                }
            },
            _ => {}
        }
    }
    let (_, session, wizard) = match posted_wizard(&state, &headers, &csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let ip = visitor(&state, &peer, &headers);
    let change = match current(&state, &wizard, ip, ContactChangeStep::IdentityDocument).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (mut has_front, mut has_back) = sides(&change);
    let mut errors = Errors::default();
    if broken {
        errors.summary = Some(
            "L'invio dei file non è riuscito (i due file insieme non possono superare 8 MB): riprova."
                .into(),
        );
    }
    // Each acceptable side goes to pecd even when the other was refused, so the member picks
    // again only the refused one.
    for (id, label, side, posted) in [
        ("front", "Fronte del documento", DocumentSide::Front, front),
        ("back", "Retro del documento", DocumentSide::Back, back),
    ] {
        let stored = if side == DocumentSide::Front {
            &mut has_front
        } else {
            &mut has_back
        };
        match posted {
            Posted::Refused(message) => errors.add(id, label, message),
            Posted::Missing if !*stored && !broken => errors.add(
                id,
                label,
                "Scegli il file con l'immagine di questo lato del documento.",
            ),
            Posted::Missing => {}
            Posted::Image(bytes) => match upload(&state, &wizard, ip, side, bytes).await {
                Ok(()) => *stored = true,
                Err(error) if out_of_order(&error) => return redirect(START),
                Err(error) => {
                    let text = error
                        .fields
                        .first()
                        .map(|(_, m)| m.clone())
                        .unwrap_or_else(|| error.full_message());
                    errors.add(id, label, &text);
                }
            },
        }
    }
    if errors.fields.is_empty() && errors.summary.is_none() {
        return redirect("/modifica-dati/email");
    }
    if errors.summary.is_none() {
        errors.summary =
            Some("Alcuni file non sono stati accettati: controlla i campi indicati.".into());
    }
    html(&DocumentForm {
        page: page(&state, &session, None),
        progress: Progress::preliminary(3),
        errors,
        sides: side_fields(has_front, has_back),
    })
}

// ---------------------------------------------------------------- recovery email

#[derive(Template)]
#[template(path = "wizard_email.html")]
struct EmailForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    recovery_email: String,
}

#[derive(Deserialize)]
pub struct EmailInput {
    csrf: String,
    recovery_email: String,
}

/// `GET /modifica-dati/email` (Modifica email).
pub async fn email_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::RecoveryEmail).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    html(&EmailForm {
        page: page(&state, &session, None),
        progress: Progress::bar(1),
        errors: Errors::default(),
        recovery_email: change.recovery_email,
    })
}

/// `POST /modifica-dati/email`: SetRecoveryEmail, which emails the code.
pub async fn email_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<EmailInput>,
) -> Response {
    let (id, session, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let message = proto::SetRecoveryEmailRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
        recovery_email: input.recovery_email.trim().to_owned(),
    };
    let result = match state.pecd.member(message, visitor(&state, &peer, &headers)) {
        Ok(request) => state
            .pecd
            .contact()
            .set_recovery_email(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(reply) => {
            let masked = reply.into_inner().masked_email;
            state.sessions.update(&id, |s| {
                if let Some(w) = s.wizard.as_mut() {
                    w.masked_email = masked;
                }
            });
            redirect("/modifica-dati/verifica-email")
        }
        Err(error) if out_of_order(&error) => redirect(START),
        Err(error) => html(&EmailForm {
            page: page(&state, &session, None),
            progress: Progress::bar(1),
            errors: Errors::from_api(
                &error,
                &[(
                    "recovery_email",
                    "recovery_email",
                    "Nuova email di recupero",
                )],
            ),
            recovery_email: input.recovery_email,
        }),
    }
}

// ---------------------------------------------------------------- the two codes

#[derive(Template)]
#[template(path = "wizard_code.html")]
struct CodeForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    heading: String,
    sent_to: String,
    action: &'static str,
    code: String,
}

#[derive(Deserialize)]
pub struct CodeInput {
    csrf: String,
    code: String,
}

fn code_form(
    state: &AppState,
    session: &Session,
    notice: Option<&Notice>,
    mobile: bool,
    wizard: &Wizard,
) -> CodeForm {
    let (heading, sent_to, action, step) = if mobile {
        (
            "Verifica cellulare",
            format!(
                "Ti abbiamo inviato un SMS con un codice di 6 cifre al numero {}.",
                wizard.masked_mobile
            ),
            "/modifica-dati/verifica-cellulare",
            5,
        )
    } else {
        (
            "Verifica email",
            format!(
                "Ti abbiamo inviato un codice di 6 cifre all'indirizzo {}.",
                wizard.masked_email
            ),
            "/modifica-dati/verifica-email",
            2,
        )
    };
    CodeForm {
        page: page(state, session, notice),
        progress: Progress::bar(step),
        errors: carried(notice),
        heading: heading.into(),
        sent_to,
        action,
        code: String::new(),
    }
}

async fn code_page(
    state: AppState,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    mobile: bool,
) -> Response {
    let (id, session, wizard) = match wizard_of(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let step = if mobile {
        ContactChangeStep::VerifyMobileNumber
    } else {
        ContactChangeStep::VerifyRecoveryEmail
    };
    if let Err(r) = current(&state, &wizard, visitor(&state, &peer, &headers), step).await {
        return r;
    }
    let notice = state.sessions.take_notice(&id);
    html(&code_form(
        &state,
        &session,
        notice.as_ref(),
        mobile,
        &wizard,
    ))
}

async fn code_submit(
    state: AppState,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    input: CodeInput,
    mobile: bool,
) -> Response {
    let (_, session, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let ip = visitor(&state, &peer, &headers);
    let code: String = input.code.chars().filter(|c| !c.is_whitespace()).collect();
    let result = if mobile {
        let message = proto::VerifyMobileNumberRequest {
            change_id: wizard.change_id.clone(),
            change_secret: wizard.change_secret.clone(),
            code,
        };
        match state.pecd.member(message, ip) {
            Ok(request) => state
                .pecd
                .contact()
                .verify_mobile_number(request)
                .await
                .map(|_| ())
                .map_err(ApiError::from),
            Err(e) => Err(e),
        }
    } else {
        let message = proto::VerifyRecoveryEmailRequest {
            change_id: wizard.change_id.clone(),
            change_secret: wizard.change_secret.clone(),
            code,
        };
        match state.pecd.member(message, ip) {
            Ok(request) => state
                .pecd
                .contact()
                .verify_recovery_email(request)
                .await
                .map(|_| ())
                .map_err(ApiError::from),
            Err(e) => Err(e),
        }
    };
    match result {
        Ok(()) if mobile => redirect("/modifica-dati/esito"),
        Ok(()) => redirect("/modifica-dati/cellulare"),
        Err(error) if out_of_order(&error) => redirect(START),
        Err(error) => {
            let mut form = code_form(&state, &session, None, mobile, &wizard);
            form.errors = Errors::from_api(&error, &[("code", "code", "Codice di verifica")]);
            form.code = input.code;
            html(&form)
        }
    }
}

/// `GET /modifica-dati/verifica-email` (Verifica email).
pub async fn verify_email_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    code_page(state, peer, headers, false).await
}

/// `POST /modifica-dati/verifica-email`.
pub async fn verify_email_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<CodeInput>,
) -> Response {
    code_submit(state, peer, headers, input, false).await
}

/// `GET /modifica-dati/verifica-cellulare` (Verifica cellulare).
pub async fn verify_mobile_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    code_page(state, peer, headers, true).await
}

/// `POST /modifica-dati/verifica-cellulare`: the SMS code submits the change for review.
pub async fn verify_mobile_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<CodeInput>,
) -> Response {
    code_submit(state, peer, headers, input, true).await
}

#[derive(Deserialize)]
pub struct ResendInput {
    csrf: String,
}

/// `POST /modifica-dati/reinvia-codice`: a new code for the step that awaits one, or the wait
/// pecd imposes, shown on the code page.
pub async fn resend(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<ResendInput>,
) -> Response {
    let (id, _, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let ip = visitor(&state, &peer, &headers);
    let message = proto::ResendVerificationCodeRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
    };
    let result = match state.pecd.member(message, ip) {
        Ok(request) => state
            .pecd
            .contact()
            .resend_verification_code(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    let (notice, step) = match result {
        Ok(reply) => {
            let step = reply.into_inner().step();
            (
                Notice {
                    text: "Ti abbiamo inviato un nuovo codice: quello precedente non è più valido."
                        .into(),
                    is_error: false,
                },
                step,
            )
        }
        Err(error) => {
            let text = match error.retry_after {
                Some(after) if error.code == Some(tonic::Code::ResourceExhausted) => format!(
                    "Hai già chiesto un nuovo codice da poco. Potrai chiederne un altro tra {}.",
                    italian_duration(after)
                ),
                _ => error.full_message(),
            };
            let step = match current(&state, &wizard, ip, ContactChangeStep::Unspecified).await {
                Ok(change) => change.next_step(),
                Err(r) => return r,
            };
            (
                Notice {
                    text,
                    is_error: true,
                },
                step,
            )
        }
    };
    state.sessions.update(&id, |s| s.notice = Some(notice));
    redirect(step_path(step))
}

// ---------------------------------------------------------------- mobile number

#[derive(Template)]
#[template(path = "wizard_mobile.html")]
struct MobileForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    mobile_number: String,
}

#[derive(Deserialize)]
pub struct MobileInput {
    csrf: String,
    mobile_number: String,
}

/// `GET /modifica-dati/cellulare` (Modifica cellulare).
pub async fn mobile_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::MobileNumber).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    html(&MobileForm {
        page: page(&state, &session, None),
        progress: Progress::bar(3),
        errors: Errors::default(),
        mobile_number: change.mobile_number,
    })
}

/// `POST /modifica-dati/cellulare`: SetMobileNumber.
pub async fn mobile_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<MobileInput>,
) -> Response {
    let (_, session, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let message = proto::SetMobileNumberRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
        mobile_number: input.mobile_number.trim().to_owned(),
    };
    let result = match state.pecd.member(message, visitor(&state, &peer, &headers)) {
        Ok(request) => state
            .pecd
            .contact()
            .set_mobile_number(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => redirect("/modifica-dati/conferma"),
        Err(error) if out_of_order(&error) => redirect(START),
        Err(error) => html(&MobileForm {
            page: page(&state, &session, None),
            progress: Progress::bar(3),
            errors: Errors::from_api(
                &error,
                &[("mobile_number", "mobile_number", "Numero di cellulare")],
            ),
            mobile_number: input.mobile_number,
        }),
    }
}

// ---------------------------------------------------------------- summary and outcome

/// The change in the words of the summary and the outcome.
pub struct Summary {
    pub mailbox_address: String,
    pub given_name: String,
    pub family_name: String,
    pub residence: String,
    pub documents: String,
    pub recovery_email: String,
    pub mobile_number: String,
}

pub fn summary(change: &ContactChange) -> Summary {
    let r = change.residence.clone().unwrap_or_default();
    let place = if r.country == "IT" || r.country.is_empty() {
        format!(
            "{}, {} {} ({})",
            r.street, r.postal_code, r.comune, r.province
        )
    } else {
        format!(
            "{}, {} {} ({})",
            r.street, r.postal_code, r.comune, r.country
        )
    };
    let documents = change
        .documents
        .iter()
        .map(|d| {
            let side = if d.side() == DocumentSide::Front {
                "fronte"
            } else {
                "retro"
            };
            format!(
                "{side} ({}×{} pixel, {} kB)",
                d.width,
                d.height,
                (d.size_bytes + 1023) / 1024
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    Summary {
        mailbox_address: change.mailbox_address.clone(),
        given_name: change.given_name.clone(),
        family_name: change.family_name.clone(),
        residence: place,
        documents,
        recovery_email: change.recovery_email.clone(),
        mobile_number: change.mobile_number.clone(),
    }
}

#[derive(Template)]
#[template(path = "wizard_confirm.html")]
struct ConfirmForm {
    page: Page,
    progress: Progress,
    errors: Errors,
    summary: Summary,
}

#[derive(Deserialize)]
pub struct ConfirmInput {
    csrf: String,
}

/// `GET /modifica-dati/conferma` (Conferma dati): "Verifica e conferma i dati".
pub async fn confirm_form(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::Confirm).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    html(&ConfirmForm {
        page: page(&state, &session, None),
        progress: Progress::bar(4),
        errors: Errors::default(),
        summary: summary(&change),
    })
}

/// `POST /modifica-dati/conferma`: ConfirmContactChange sends the SMS code.
pub async fn confirm_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<ConfirmInput>,
) -> Response {
    let (id, session, wizard) = match posted_wizard(&state, &headers, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let ip = visitor(&state, &peer, &headers);
    let message = proto::ConfirmContactChangeRequest {
        change_id: wizard.change_id.clone(),
        change_secret: wizard.change_secret.clone(),
    };
    let result = match state.pecd.member(message, ip) {
        Ok(request) => state
            .pecd
            .contact()
            .confirm_contact_change(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(reply) => {
            let masked = reply.into_inner().masked_mobile_number;
            state.sessions.update(&id, |s| {
                if let Some(w) = s.wizard.as_mut() {
                    w.masked_mobile = masked;
                }
            });
            redirect("/modifica-dati/verifica-cellulare")
        }
        Err(error) if out_of_order(&error) => redirect(START),
        Err(error) => {
            let change = match current(&state, &wizard, ip, ContactChangeStep::Unspecified).await {
                Ok(c) => c,
                Err(r) => return r,
            };
            html(&ConfirmForm {
                page: page(&state, &session, None),
                progress: Progress::bar(4),
                errors: Errors::from_api(&error, &[]),
                summary: summary(&change),
            })
        }
    }
}

#[derive(Template)]
#[template(path = "wizard_outcome.html")]
struct Outcome {
    page: Page,
    progress: Progress,
    summary: Summary,
    state_text: String,
    due: String,
}

/// `GET /modifica-dati/esito` (Esito).
pub async fn outcome(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (session, change) =
        match step_page(&state, &peer, &headers, ContactChangeStep::Unspecified).await {
            Ok(found) => found,
            Err(r) => return r,
        };
    if change.state() == ContactChangeState::Draft {
        return redirect(step_path(change.next_step()));
    }
    let state_text = match change.state() {
        ContactChangeState::UnderReview => {
            "La richiesta è stata inviata ed è in verifica. Riceverai l'esito per email entro 3 giorni."
        }
        ContactChangeState::Approved => {
            "La richiesta è stata approvata: i nuovi dati di contatto sono attivi."
        }
        ContactChangeState::Rejected => {
            "La richiesta è stata respinta: il motivo ti è stato inviato per email."
        }
        ContactChangeState::Cancelled => "La richiesta è stata annullata.",
        ContactChangeState::Expired => {
            "La richiesta è scaduta perché non è stata completata entro 24 ore."
        }
        _ => "",
    };
    let due = change
        .due_time
        .as_ref()
        .map(crate::review::italian_time)
        .unwrap_or_default();
    html(&Outcome {
        page: page(&state, &session, None),
        progress: Progress::bar(6),
        summary: summary(&change),
        state_text: state_text.into(),
        due,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_bar_says_each_state_in_words() {
        let progress = Progress::bar(2);
        let states: Vec<_> = progress.steps.iter().map(|s| s.status).collect();
        assert_eq!(
            states,
            [
                "completato",
                "in corso",
                "da completare",
                "da completare",
                "da completare",
                "da completare"
            ]
        );
        assert_eq!(progress.total(), 6);
    }

    #[test]
    fn every_step_has_its_page() {
        assert_eq!(
            step_path(ContactChangeStep::VerifyMobileNumber),
            "/modifica-dati/verifica-cellulare"
        );
        assert!(rank(ContactChangeStep::HolderDetails) < rank(ContactChangeStep::Unspecified));
    }
}
