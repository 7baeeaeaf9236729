//! What every page shares: the layout's fields, errors under their fields and in a summary,
//! the visitor's address, sessions with their CSRF token, and the page responses.

use std::net::{IpAddr, SocketAddr};

use askama::Template;
use axum::extract::ConnectInfo;
use axum::http::header::{CACHE_CONTROL, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::pecd::ApiError;
use crate::session::{MEMBER_COOKIE, REVIEW_COOKIE, Session, same_token, set_cookie};

/// The fields the layout reads.
#[derive(Clone, Default)]
pub struct Page {
    /// The `<title>` and `<h1>`.
    pub title: String,
    /// The prefix of Bootstrap Italia's files, e.g. `/assets/bootstrap-italia-2.18.3`.
    pub assets: String,
    /// The CSRF token of the session, for the forms of the page.
    pub csrf: String,
    /// A one-time notice (success) shown at the top.
    pub notice: Option<String>,
    /// Whether this is a page of the review console (its header and sign-out).
    pub review: bool,
    /// Whether an operator is signed in (the sign-out button).
    pub signed_in: bool,
    /// The captcha widget, on the pages that ask for one.
    pub captcha: Option<CaptchaView>,
}

/// What a page needs to show the captcha widget.
#[derive(Clone)]
pub struct CaptchaView {
    pub script: String,
    pub site_key: String,
    pub class: String,
}

/// The captcha widget when one is configured.
pub fn captcha(state: &AppState) -> Option<CaptchaView> {
    state
        .config
        .captcha_script_url
        .as_ref()
        .map(|script| CaptchaView {
            script: script.clone(),
            site_key: state.config.captcha_site_key.clone(),
            class: state.config.captcha_widget_class.clone(),
        })
}

/// The token the widget posted, under the configured field name.
pub fn captcha_token(state: &AppState, form: &std::collections::HashMap<String, String>) -> String {
    form.get(&state.config.captcha_field)
        .cloned()
        .unwrap_or_default()
}

/// One refused field: the form control's id and the Italian sentence.
#[derive(Clone, Debug)]
pub struct FieldError {
    pub id: String,
    pub label: String,
    pub message: String,
}

/// The errors of a form: a summary at the top, linked to each field's own message.
#[derive(Clone, Debug, Default)]
pub struct Errors {
    pub summary: Option<String>,
    pub fields: Vec<FieldError>,
}

impl Errors {
    /// Whether there is anything to show.
    pub fn any(&self) -> bool {
        self.summary.is_some() || !self.fields.is_empty()
    }

    /// The message under field `id`, if refused.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.message.as_str())
    }

    /// Adds a refusal of field `id` (several sentences of one field are joined).
    pub fn add(&mut self, id: &str, label: &str, message: &str) {
        if let Some(existing) = self.fields.iter_mut().find(|f| f.id == id) {
            existing.message = format!("{} {message}", existing.message);
        } else {
            self.fields.push(FieldError {
                id: id.into(),
                label: label.into(),
                message: message.into(),
            });
        }
    }

    /// pecd's refusal: each violation under the form field it names (`fields` maps the API's
    /// path to the control's id and label); the rest in the summary.
    pub fn from_api(error: &ApiError, fields: &[(&str, &str, &str)]) -> Self {
        let mut errors = Errors::default();
        let mut unplaced = Vec::new();
        for (path, message) in &error.fields {
            match fields.iter().find(|(p, _, _)| p == path) {
                Some((_, id, label)) => errors.add(id, label, message),
                None => unplaced.push(message.clone()),
            }
        }
        let mut summary = error.full_message();
        // pecd's sentence often repeats a field's own: then the summary says what to do.
        if errors
            .fields
            .iter()
            .any(|f| f.message.contains(summary.as_str()))
        {
            summary = "Alcuni dati non sono corretti: correggi i campi indicati.".into();
        }
        for extra in unplaced {
            summary = format!("{summary} {extra}");
        }
        errors.summary = Some(summary);
        errors
    }
}

/// The visitor's address: the peer, or the last `X-Forwarded-For` entry behind a trusted proxy.
pub fn visitor(state: &AppState, peer: &ConnectInfo<SocketAddr>, headers: &HeaderMap) -> IpAddr {
    if state.config.trust_proxy
        && let Some(ip) = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|v| v.trim().parse::<IpAddr>().ok())
            .next_back()
    {
        return ip;
    }
    peer.0.ip()
}

/// A rendered page, never cached (it may show personal data and carries a CSRF token).
pub fn html(template: &impl Template) -> Response {
    match template.render() {
        Ok(body) => {
            let mut response = axum::response::Html(body).into_response();
            response
                .headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Errore interno").into_response()
        }
    }
}

/// "See other": the answer to every successful form (post/redirect/get).
pub fn redirect(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Adds a `Set-Cookie` to a response.
pub fn with_cookie(mut response: Response, cookie: Option<String>) -> Response {
    if let Some(value) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// The member's session, created when missing; the cookie to set when it is new.
pub fn member_session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(String, Session, Option<String>), Response> {
    if let Some((id, session)) = state.sessions.get(headers, MEMBER_COOKIE) {
        return Ok((id, session, None));
    }
    match state.sessions.create() {
        Some((id, session)) => {
            let cookie = set_cookie(MEMBER_COOKIE, &id, state.config.secure_cookies);
            Ok((id, session, Some(cookie)))
        }
        None => Err(busy()),
    }
}

/// The session a form was posted from, if its CSRF token matches; otherwise the page that
/// says the session expired.
pub fn posted_session(
    state: &AppState,
    headers: &HeaderMap,
    cookie: &str,
    csrf: &str,
) -> Result<(String, Session), Response> {
    match state.sessions.get(headers, cookie) {
        Some((id, session)) if same_token(&session.csrf, csrf) => Ok((id, session)),
        _ => Err(expired(state, cookie == REVIEW_COOKIE)),
    }
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub page: Page,
    pub heading: String,
    pub text: String,
    pub link: String,
    pub link_text: String,
}

/// The page of a form posted without a live session (expired, or a forged post).
fn expired(state: &AppState, review: bool) -> Response {
    let (link, link_text) = if review {
        ("/revisione/accesso", "Accedi di nuovo")
    } else {
        ("/", "Torna alla pagina iniziale")
    };
    let page = MessagePage {
        page: Page { title: "Sessione scaduta".into(), assets: state.assets.prefix.clone(), review, ..Page::default() },
        heading: "Sessione scaduta".into(),
        text: "La sessione è scaduta o la pagina non è più valida: per sicurezza i dati non sono stati inviati. Ricomincia dalla pagina iniziale.".into(),
        link: link.into(),
        link_text: link_text.into(),
    };
    let mut response = html(&page);
    *response.status_mut() = StatusCode::FORBIDDEN;
    response
}

/// Too many sessions at once.
fn busy() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "Servizio momentaneamente sovraccarico: riprova tra qualche minuto.",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_violations_go_under_their_fields_and_the_rest_in_the_summary() {
        let error = ApiError {
            message: "Alcuni dati non sono corretti: controlla i campi indicati.".into(),
            fields: vec![
                ("new_password".into(), "Troppo corta.".into()),
                ("new_password".into(), "Troppo comune.".into()),
                ("token".into(), "Link non valido.".into()),
            ],
            ..ApiError::default()
        };
        let errors = Errors::from_api(&error, &[("new_password", "password", "Nuova password")]);
        assert_eq!(errors.get("password"), Some("Troppo corta. Troppo comune."));
        assert_eq!(
            errors.summary.as_deref(),
            Some("Alcuni dati non sono corretti: controlla i campi indicati. Link non valido.")
        );
    }
}
