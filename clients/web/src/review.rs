//! The operators' review console: sign-in with an operator's pecd key (kept only in the
//! server-side session), the queue, one change beside the record it would change, its two
//! images (streamed from pecd, never cached nor written to disk), approval and rejection.
//! Every action is a pecd call with the operator's own key, so the audit trail names them.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use serde::Deserialize;

use crate::app::AppState;
use crate::forms::{Errors, Page, html, posted_session, redirect, with_cookie};
use crate::pecd::ApiError;
use crate::proto::{self, ContactChangeState, DocumentSide, RejectionReason};
use crate::session::{Notice, REVIEW_COOKIE, Session, clear_cookie, set_cookie};
use crate::wizard::{Summary, summary};

const SIGN_IN: &str = "/revisione/accesso";
/// An image larger than this is not an identity document pecd accepted.
const IMAGE_LIMIT: usize = 5 * 1024 * 1024;

/// A protobuf time as Rome's local time, e.g. "28/11/2026 09:30".
pub fn italian_time(t: &prost_types::Timestamp) -> String {
    chrono::DateTime::from_timestamp(t.seconds, 0)
        .map(|utc| {
            utc.with_timezone(&chrono_tz::Europe::Rome)
                .format("%d/%m/%Y %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

fn page(state: &AppState, session: &Session, title: &str, notice: Option<&Notice>) -> Page {
    Page {
        title: title.into(),
        assets: state.assets.prefix.clone(),
        csrf: session.csrf.clone(),
        notice: notice.filter(|n| !n.is_error).map(|n| n.text.clone()),
        review: true,
        signed_in: session.operator_key.is_some(),
        captcha: None,
    }
}

/// The signed-in operator's session and key, or the sign-in page.
fn operator(state: &AppState, headers: &HeaderMap) -> Result<(String, Session, String), Response> {
    match state.sessions.get(headers, REVIEW_COOKIE) {
        Some((id, session)) => match session.operator_key.clone() {
            Some(key) => Ok((id, session, key)),
            None => Err(redirect(SIGN_IN)),
        },
        None => Err(redirect(SIGN_IN)),
    }
}

/// A refused key ends the session: back to the sign-in page.
fn signed_out_if_refused(state: &AppState, id: &str, error: &ApiError) -> Option<Response> {
    if matches!(
        error.code,
        Some(tonic::Code::Unauthenticated | tonic::Code::PermissionDenied)
    ) {
        state.sessions.remove(id);
        return Some(with_cookie(
            redirect(SIGN_IN),
            Some(clear_cookie(REVIEW_COOKIE, state.config.secure_cookies)),
        ));
    }
    None
}

// ---------------------------------------------------------------- sign-in

#[derive(Template)]
#[template(path = "review_sign_in.html")]
struct SignIn {
    page: Page,
    errors: Errors,
}

/// `GET /revisione/accesso`.
pub async fn sign_in_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (session, cookie) = match state.sessions.get(&headers, REVIEW_COOKIE) {
        Some((_, session)) if session.operator_key.is_some() => return redirect("/revisione"),
        Some((_, session)) => (session, None),
        None => match state.sessions.create() {
            Some((id, session)) => (
                session,
                Some(set_cookie(REVIEW_COOKIE, &id, state.config.secure_cookies)),
            ),
            None => {
                return (StatusCode::SERVICE_UNAVAILABLE, "Servizio sovraccarico").into_response();
            }
        },
    };
    let view = SignIn {
        page: page(&state, &session, "Accesso alla revisione", None),
        errors: Errors::default(),
    };
    with_cookie(html(&view), cookie)
}

#[derive(Deserialize)]
pub struct SignInInput {
    csrf: String,
    operator_key: String,
}

/// `POST /revisione/accesso`: the key is tried on the queue; accepted, it goes into a new
/// session (a new id, so a session fixed before sign-in is worthless).
pub async fn sign_in_submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(input): Form<SignInInput>,
) -> Response {
    let (old_id, session) = match posted_session(&state, &headers, REVIEW_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let key = input.operator_key.trim().to_owned();
    let mut errors = Errors::default();
    if key.is_empty() {
        errors.add(
            "operator_key",
            "Chiave di accesso",
            "Indica la tua chiave di accesso di operatore.",
        );
        errors.summary = Some("Indica la chiave di accesso.".into());
    } else {
        let message = proto::ListContactChangesRequest {
            page_size: 1,
            ..Default::default()
        };
        let result = match state.pecd.operator(message, &key) {
            Ok(request) => state
                .pecd
                .review()
                .list_contact_changes(request)
                .await
                .map_err(ApiError::from),
            Err(e) => Err(e),
        };
        match result {
            Ok(_) => {
                state.sessions.remove(&old_id);
                let Some((id, _)) = state.sessions.create() else {
                    return (StatusCode::SERVICE_UNAVAILABLE, "Servizio sovraccarico")
                        .into_response();
                };
                state.sessions.update(&id, |s| s.operator_key = Some(key));
                return with_cookie(
                    redirect("/revisione"),
                    Some(set_cookie(REVIEW_COOKIE, &id, state.config.secure_cookies)),
                );
            }
            Err(error) => {
                let message = if matches!(
                    error.code,
                    Some(tonic::Code::Unauthenticated | tonic::Code::PermissionDenied)
                ) {
                    "Chiave non valida, revocata o senza il ruolo di operatore."
                } else {
                    error.message.as_str()
                };
                errors.add("operator_key", "Chiave di accesso", message);
                errors.summary = Some("Accesso non riuscito.".into());
            }
        }
    }
    html(&SignIn {
        page: page(&state, &session, "Accesso alla revisione", None),
        errors,
    })
}

#[derive(Deserialize)]
pub struct CsrfInput {
    csrf: String,
}

/// `POST /revisione/esci`.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(input): Form<CsrfInput>,
) -> Response {
    let (id, _) = match posted_session(&state, &headers, REVIEW_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    state.sessions.remove(&id);
    with_cookie(
        redirect(SIGN_IN),
        Some(clear_cookie(REVIEW_COOKIE, state.config.secure_cookies)),
    )
}

// ---------------------------------------------------------------- the queue

/// One row of the queue.
pub struct Row {
    pub id: String,
    pub mailbox_address: String,
    pub holder: String,
    pub submitted: String,
    pub due: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "review_queue.html")]
struct Queue {
    page: Page,
    errors: Errors,
    rows: Vec<Row>,
    overdue_count: i64,
    next_page: String,
}

#[derive(Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    pagina: String,
}

/// `GET /revisione`: changes under review, overdue and oldest due first.
pub async fn queue(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<QueueQuery>,
) -> Response {
    let (id, session, key) = match operator(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let notice = state.sessions.take_notice(&id);
    let message = proto::ListContactChangesRequest {
        state: ContactChangeState::UnderReview as i32,
        page_size: 50,
        page_token: query.pagina,
    };
    let result = match state.pecd.operator(message, &key) {
        Ok(request) => state
            .pecd
            .review()
            .list_contact_changes(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    let mut errors = Errors {
        summary: notice
            .as_ref()
            .filter(|n| n.is_error)
            .map(|n| n.text.clone()),
        fields: Vec::new(),
    };
    let (rows, overdue_count, next_page) = match result {
        Ok(reply) => {
            let reply = reply.into_inner();
            let rows = reply
                .changes
                .into_iter()
                .map(|review| {
                    let change = review.change.unwrap_or_default();
                    Row {
                        id: change.id,
                        mailbox_address: change.mailbox_address,
                        holder: format!("{} {}", change.given_name, change.family_name),
                        submitted: change
                            .submit_time
                            .as_ref()
                            .map(italian_time)
                            .unwrap_or_default(),
                        due: change
                            .due_time
                            .as_ref()
                            .map(italian_time)
                            .unwrap_or_default(),
                        overdue: review.overdue,
                    }
                })
                .collect();
            (rows, reply.overdue_count, reply.next_page_token)
        }
        Err(error) => {
            if let Some(r) = signed_out_if_refused(&state, &id, &error) {
                return r;
            }
            errors.summary = Some(error.full_message());
            (Vec::new(), 0, String::new())
        }
    };
    html(&Queue {
        page: page(
            &state,
            &session,
            "Modifiche dei dati da verificare",
            notice.as_ref(),
        ),
        errors,
        rows,
        overdue_count,
        next_page,
    })
}

// ---------------------------------------------------------------- one change

#[derive(Template)]
#[template(path = "review_detail.html")]
struct Detail {
    page: Page,
    errors: Errors,
    id: String,
    requested: Summary,
    codice_fiscale: String,
    ordine_code: String,
    register_name: String,
    current_recovery_email: String,
    current_mobile_number: String,
    submitted: String,
    due: String,
    overdue: bool,
    under_review: bool,
    images_deleted: bool,
    images: Vec<ImageView>,
    reasons: Vec<(i32, &'static str)>,
    reason: i32,
    text: String,
}

/// One side of the document as the console shows it.
pub struct ImageView {
    /// `fronte` or `retro`, as in the image's URL.
    pub side: &'static str,
    pub label: &'static str,
    /// Quarter turns clockwise.
    pub turn: u16,
    /// The page with this side turned once more (the rotation without JavaScript).
    pub rotate_href: String,
    pub rotate_text: &'static str,
}

fn images(change_id: &str, front: u16, back: u16) -> Vec<ImageView> {
    let (front, back) = (front % 4, back % 4);
    vec![
        ImageView {
            side: "fronte",
            label: "Fronte",
            turn: front,
            rotate_href: format!(
                "/revisione/modifiche/{change_id}?fronte={}&retro={back}",
                (front + 1) % 4
            ),
            rotate_text: "Ruota il fronte di 90°",
        },
        ImageView {
            side: "retro",
            label: "Retro",
            turn: back,
            rotate_href: format!(
                "/revisione/modifiche/{change_id}?fronte={front}&retro={}",
                (back + 1) % 4
            ),
            rotate_text: "Ruota il retro di 90°",
        },
    ]
}

/// The reasons an operator can pick, in the member's words.
fn reasons() -> Vec<(i32, &'static str)> {
    vec![
        (
            RejectionReason::DocumentUnreadable as i32,
            "Le immagini del documento non sono leggibili",
        ),
        (
            RejectionReason::DocumentExpired as i32,
            "Il documento è scaduto",
        ),
        (
            RejectionReason::HolderMismatch as i32,
            "Il documento non appartiene al titolare della casella",
        ),
        (
            RejectionReason::DetailsMismatch as i32,
            "I dati indicati non corrispondono al documento",
        ),
        (
            RejectionReason::Other as i32,
            "Altro motivo (spiegato nel testo)",
        ),
    ]
}

#[derive(Deserialize, Default)]
pub struct DetailQuery {
    /// Quarter turns of the front image (the no-JavaScript rotation).
    #[serde(default)]
    fronte: u16,
    #[serde(default)]
    retro: u16,
}

/// What a detail page shows besides the change: rotations, and a refused form's errors and
/// values.
#[derive(Default)]
struct DetailInput {
    turns: (u16, u16),
    errors: Errors,
    reason: i32,
    text: String,
}

async fn detail_view(
    state: &AppState,
    id: &str,
    session: &Session,
    key: &str,
    change_id: &str,
    input: DetailInput,
) -> Response {
    let DetailInput {
        turns,
        errors,
        reason,
        text,
    } = input;
    let message = proto::GetContactChangeForReviewRequest {
        change_id: change_id.to_owned(),
    };
    let result = match state.pecd.operator(message, key) {
        Ok(request) => state
            .pecd
            .review()
            .get_contact_change_for_review(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    let review = match result {
        Ok(reply) => reply.into_inner().review.unwrap_or_default(),
        Err(error) => {
            if let Some(r) = signed_out_if_refused(state, id, &error) {
                return r;
            }
            state.sessions.update(id, |s| {
                s.notice = Some(Notice {
                    text: error.full_message(),
                    is_error: true,
                })
            });
            return redirect("/revisione");
        }
    };
    let change = review.change.clone().unwrap_or_default();
    html(&Detail {
        page: page(state, session, "Verifica della modifica dei dati", None),
        errors,
        id: change.id.clone(),
        requested: summary(&change),
        codice_fiscale: review.codice_fiscale,
        ordine_code: review.ordine_code,
        register_name: format!(
            "{} {}",
            review.register_given_name, review.register_family_name
        ),
        current_recovery_email: review.current_recovery_email,
        current_mobile_number: review.current_mobile_number,
        submitted: change
            .submit_time
            .as_ref()
            .map(italian_time)
            .unwrap_or_default(),
        due: change
            .due_time
            .as_ref()
            .map(italian_time)
            .unwrap_or_default(),
        overdue: review.overdue,
        under_review: change.state() == ContactChangeState::UnderReview,
        images_deleted: review.images_deleted,
        images: images(&change.id, turns.0, turns.1),
        reasons: reasons(),
        reason,
        text,
    })
}

/// `GET /revisione/modifiche/{id}`.
pub async fn detail(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(change_id): Path<String>,
    Query(query): Query<DetailQuery>,
) -> Response {
    let (id, session, key) = match operator(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    detail_view(
        &state,
        &id,
        &session,
        &key,
        &change_id,
        DetailInput {
            turns: (query.fronte, query.retro),
            ..DetailInput::default()
        },
    )
    .await
}

/// `GET /revisione/modifiche/{id}/documento/{fronte|retro}`: the JPEG, held in memory only
/// and sent with `Cache-Control: no-store`.
pub async fn image(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((change_id, side)): Path<(String, String)>,
) -> Response {
    let (_, _, key) = match operator(&state, &headers) {
        Ok(s) => s,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let side = match side.as_str() {
        "fronte" => DocumentSide::Front,
        "retro" => DocumentSide::Back,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let message = proto::DownloadIdentityDocumentRequest {
        change_id,
        side: side as i32,
    };
    let stream = match state.pecd.operator(message, &key) {
        Ok(request) => {
            state
                .pecd
                .review()
                .download_identity_document(request)
                .await
        }
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let mut stream = match stream {
        Ok(reply) => reply.into_inner(),
        Err(status) if status.code() == tonic::Code::NotFound => {
            return StatusCode::NOT_FOUND.into_response();
        }
        Err(_) => return StatusCode::BAD_GATEWAY.into_response(),
    };
    let mut bytes = Vec::new();
    while let Some(message) = stream.next().await {
        match message {
            Ok(part) if bytes.len() + part.chunk.len() <= IMAGE_LIMIT => {
                bytes.extend_from_slice(&part.chunk)
            }
            _ => return StatusCode::BAD_GATEWAY.into_response(),
        }
    }
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

// ---------------------------------------------------------------- decisions

/// `POST /revisione/modifiche/{id}/approva`.
pub async fn approve(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(change_id): Path<String>,
    Form(input): Form<CsrfInput>,
) -> Response {
    let (id, session) = match posted_session(&state, &headers, REVIEW_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let Some(key) = session.operator_key.clone() else {
        return redirect(SIGN_IN);
    };
    let message = proto::ApproveContactChangeRequest {
        change_id: change_id.clone(),
    };
    let result = match state.pecd.operator(message, &key) {
        Ok(request) => state
            .pecd
            .review()
            .approve_contact_change(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(reply) => {
            let mailbox = reply
                .into_inner()
                .review
                .and_then(|r| r.change)
                .map(|c| c.mailbox_address)
                .unwrap_or_default();
            let text = format!(
                "Modifica approvata: i nuovi dati della casella {mailbox} sono attivi e il titolare riceve l'esito per email."
            );
            state.sessions.update(&id, |s| {
                s.notice = Some(Notice {
                    text,
                    is_error: false,
                })
            });
            redirect("/revisione")
        }
        Err(error) => {
            if let Some(r) = signed_out_if_refused(&state, &id, &error) {
                return r;
            }
            let errors = Errors::from_api(&error, &[]);
            detail_view(
                &state,
                &id,
                &session,
                &key,
                &change_id,
                DetailInput {
                    turns: (0, 0),
                    errors,
                    ..DetailInput::default()
                },
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct RejectInput {
    csrf: String,
    #[serde(default)]
    reason: i32,
    #[serde(default)]
    text: String,
}

/// `POST /revisione/modifiche/{id}/rifiuta`: a reason and a text for the member.
pub async fn reject(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(change_id): Path<String>,
    Form(input): Form<RejectInput>,
) -> Response {
    let (id, session) = match posted_session(&state, &headers, REVIEW_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let Some(key) = session.operator_key.clone() else {
        return redirect(SIGN_IN);
    };
    let mut errors = Errors::default();
    if RejectionReason::try_from(input.reason).unwrap_or(RejectionReason::Unspecified)
        == RejectionReason::Unspecified
    {
        errors.add("reason", "Motivo", "Scegli il motivo del rifiuto.");
    }
    if input.text.trim().is_empty() {
        errors.add(
            "text",
            "Spiegazione per il titolare",
            "Scrivi una spiegazione per il titolare.",
        );
    }
    if errors.any() {
        errors.summary =
            Some("Il rifiuto non è stato registrato: controlla i campi indicati.".into());
        return detail_view(
            &state,
            &id,
            &session,
            &key,
            &change_id,
            DetailInput {
                turns: (0, 0),
                errors,
                reason: input.reason,
                text: input.text,
            },
        )
        .await;
    }
    let message = proto::RejectContactChangeRequest {
        change_id: change_id.clone(),
        reason: input.reason,
        text: input.text.trim().to_owned(),
    };
    let result = match state.pecd.operator(message, &key) {
        Ok(request) => state
            .pecd
            .review()
            .reject_contact_change(request)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(reply) => {
            let mailbox = reply
                .into_inner()
                .review
                .and_then(|r| r.change)
                .map(|c| c.mailbox_address)
                .unwrap_or_default();
            let text = format!(
                "Modifica respinta: il titolare della casella {mailbox} riceve il motivo per email."
            );
            state.sessions.update(&id, |s| {
                s.notice = Some(Notice {
                    text,
                    is_error: false,
                })
            });
            redirect("/revisione")
        }
        Err(error) => {
            if let Some(r) = signed_out_if_refused(&state, &id, &error) {
                return r;
            }
            let errors = Errors::from_api(
                &error,
                &[
                    ("reason", "reason", "Motivo"),
                    ("text", "text", "Spiegazione per il titolare"),
                ],
            );
            detail_view(
                &state,
                &id,
                &session,
                &key,
                &change_id,
                DetailInput {
                    turns: (0, 0),
                    errors,
                    reason: input.reason,
                    text: input.text,
                },
            )
            .await
        }
    }
}
