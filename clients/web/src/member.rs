//! The member pages outside the wizard: "Password dimenticata", the emailed link that sets a
//! password, and the "non sono stato io" page of the security notice.

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::forms::{
    Errors, MessagePage, Page, captcha, captcha_token, html, member_session, posted_session,
    visitor, with_cookie,
};
use crate::pecd::Pecd;
use crate::proto;
use crate::session::MEMBER_COOKIE;

fn page(state: &AppState, title: &str, csrf: &str) -> Page {
    Page {
        title: title.into(),
        assets: state.assets.prefix.clone(),
        csrf: csrf.into(),
        ..Page::default()
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: Page,
}

/// `GET /`: what a member can do here.
pub async fn home(State(state): State<AppState>) -> Response {
    html(&Home {
        page: page(&state, "Servizi per la casella PEC", ""),
    })
}

/// Any other path.
pub async fn not_found(State(state): State<AppState>) -> Response {
    let mut response = html(&MessagePage {
        page: page(&state, "Pagina non trovata", ""),
        heading: "Pagina non trovata".into(),
        text: "La pagina che cerchi non esiste o non è più disponibile.".into(),
        link: "/".into(),
        link_text: "Torna alla pagina iniziale".into(),
    });
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// The holder's code: a codice fiscale (16 characters) or a partita IVA (11 digits), in one
/// field as the guide asks for it.
pub fn holder_code(value: &str) -> (String, String) {
    let code: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if code.len() == 11 && code.bytes().all(|b| b.is_ascii_digit()) {
        (String::new(), code)
    } else {
        (code, String::new())
    }
}

/// The API's fields of an identification form, mapped to its controls.
pub const IDENTIFY_FIELDS: &[(&str, &str, &str)] = &[
    (
        "mailbox_address",
        "mailbox_address",
        "Indirizzo della casella PEC",
    ),
    (
        "codice_fiscale",
        "holder_code",
        "Codice fiscale o partita IVA",
    ),
    ("partita_iva", "holder_code", "Codice fiscale o partita IVA"),
];

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetForm {
    page: Page,
    errors: Errors,
    mailbox_address: String,
    holder_code: String,
}

#[derive(Template)]
#[template(path = "reset_sent.html")]
struct ResetSent {
    page: Page,
    masked_email: String,
    message: String,
}

#[derive(Deserialize)]
pub struct ResetInput {
    csrf: String,
    mailbox_address: String,
    holder_code: String,
    /// The captcha widget's field, whatever its name.
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

/// The reset form's page: with the captcha when pecd asks for one on resets.
fn reset_page(state: &AppState, csrf: &str) -> Page {
    let mut page = page(state, "Password dimenticata", csrf);
    if state.config.captcha_on_reset {
        page.captcha = captcha(state);
    }
    page
}

/// `GET /password-dimenticata`.
pub async fn reset_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (_, session, cookie) = match member_session(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let form = ResetForm {
        page: reset_page(&state, &session.csrf),
        errors: Errors::default(),
        mailbox_address: String::new(),
        holder_code: String::new(),
    };
    with_cookie(html(&form), cookie)
}

/// Checks the identification fields before calling pecd (so an empty field is named at once).
pub fn check_identity(mailbox_address: &str, holder_code: &str) -> Errors {
    let mut errors = Errors::default();
    if mailbox_address.trim().is_empty() {
        errors.add(
            "mailbox_address",
            "Indirizzo della casella PEC",
            "Indica l'indirizzo della casella PEC.",
        );
    }
    if holder_code.trim().is_empty() {
        errors.add(
            "holder_code",
            "Codice fiscale o partita IVA",
            "Indica il codice fiscale o la partita IVA del titolare.",
        );
    }
    if errors.any() {
        errors.summary = Some("Alcuni dati mancano: controlla i campi indicati.".into());
    }
    errors
}

/// `POST /password-dimenticata`: the masked reply, the same for a match and a mismatch.
pub async fn reset_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<ResetInput>,
) -> Response {
    let (_, session) = match posted_session(&state, &headers, MEMBER_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut errors = check_identity(&input.mailbox_address, &input.holder_code);
    if !errors.any() {
        let (codice_fiscale, partita_iva) = holder_code(&input.holder_code);
        let message = proto::RequestPasswordResetRequest {
            mailbox_address: input.mailbox_address.trim().to_owned(),
            codice_fiscale,
            partita_iva,
        };
        let token = captcha_token(&state, &input.rest);
        let request = state
            .pecd
            .member(message, visitor(&state, &peer, &headers))
            .map(|r| {
                if state.config.captcha_on_reset {
                    Pecd::with_captcha(r, &token)
                } else {
                    r
                }
            });
        let result = match request {
            Ok(request) => state
                .pecd
                .password()
                .request_password_reset(request)
                .await
                .map_err(Into::into),
            Err(e) => Err(e),
        };
        match result {
            Ok(reply) => {
                let reply = reply.into_inner();
                return html(&ResetSent {
                    page: page(&state, "Password dimenticata", &session.csrf),
                    masked_email: reply.masked_email,
                    message: reply.message_it,
                });
            }
            Err(error) => errors = Errors::from_api(&error, IDENTIFY_FIELDS),
        }
    }
    html(&ResetForm {
        page: reset_page(&state, &session.csrf),
        errors,
        mailbox_address: input.mailbox_address,
        holder_code: input.holder_code,
    })
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordForm {
    page: Page,
    errors: Errors,
    token: String,
    /// The link was refused as a whole: offer a new one instead of the form.
    bad_link: bool,
}

const PASSWORD_TITLE: &str = "Imposta la password della casella PEC";

/// `GET /password?token=…`: the page of the emailed link (first password or a reset).
pub async fn set_password_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    let (_, session, cookie) = match member_session(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let bad_link = query.token.trim().is_empty();
    let mut errors = Errors::default();
    if bad_link {
        errors.summary =
            Some("Il link non è completo: aprilo di nuovo dall'email ricevuta.".into());
    }
    let form = PasswordForm {
        page: page(&state, PASSWORD_TITLE, &session.csrf),
        errors,
        token: query.token,
        bad_link,
    };
    with_cookie(html(&form), cookie)
}

#[derive(Deserialize)]
pub struct PasswordInput {
    csrf: String,
    token: String,
    new_password: String,
    confirm_password: String,
}

/// `POST /password`: each refusal of the policy under the field, the rest at the top.
pub async fn set_password_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<PasswordInput>,
) -> Response {
    let (_, session) = match posted_session(&state, &headers, MEMBER_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut errors = Errors::default();
    let mut bad_link = false;
    if input.new_password != input.confirm_password {
        errors.add(
            "confirm_password",
            "Conferma la nuova password",
            "Le due password non coincidono: scrivile di nuovo.",
        );
        errors.summary = Some("Alcuni dati non sono corretti: controlla i campi indicati.".into());
    } else {
        let message = proto::CompletePasswordResetRequest {
            token: input.token.trim().to_owned(),
            new_password: input.new_password.clone(),
        };
        let result = match state.pecd.member(message, visitor(&state, &peer, &headers)) {
            Ok(request) => state
                .pecd
                .password()
                .complete_password_reset(request)
                .await
                .map_err(Into::into),
            Err(e) => Err(e),
        };
        match result {
            Ok(reply) => {
                let mailbox = reply.into_inner().mailbox_address;
                return html(&MessagePage {
                    page: page(&state, "Password impostata", &session.csrf),
                    heading: "Password impostata".into(),
                    text: format!(
                        "La nuova password della casella {mailbox} è attiva: usala da ora per accedere alla posta."
                    ),
                    link: "/".into(),
                    link_text: "Torna alla pagina iniziale".into(),
                });
            }
            Err(error) => {
                bad_link = error.fields.iter().any(|(f, _)| f == "token");
                errors = Errors::from_api(
                    &error,
                    &[("new_password", "new_password", "Nuova password")],
                );
                if bad_link {
                    errors.summary = Some(
                        "Il link non è valido, è già stato usato o è scaduto. Chiedi un nuovo link dalla pagina «Password dimenticata».".into(),
                    );
                }
            }
        }
    }
    html(&PasswordForm {
        page: page(&state, PASSWORD_TITLE, &session.csrf),
        errors,
        token: input.token,
        bad_link,
    })
}

#[derive(Template)]
#[template(path = "cancel.html")]
struct CancelForm {
    page: Page,
    errors: Errors,
    token: String,
}

const CANCEL_TITLE: &str = "Non sono stato io: annulla la modifica dei dati";

/// `GET /modifica-dati/annulla?token=…`: asks for a click, so a mail scanner that follows the
/// link cancels nothing.
pub async fn cancel_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    let (_, session, cookie) = match member_session(&state, &headers) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut errors = Errors::default();
    if query.token.trim().is_empty() {
        errors.summary =
            Some("Il link non è completo: aprilo di nuovo dall'email ricevuta.".into());
    }
    with_cookie(
        html(&CancelForm {
            page: page(&state, CANCEL_TITLE, &session.csrf),
            errors,
            token: query.token,
        }),
        cookie,
    )
}

#[derive(Deserialize)]
pub struct CancelInput {
    csrf: String,
    token: String,
}

/// `POST /modifica-dati/annulla`.
pub async fn cancel_submit(
    State(state): State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<CancelInput>,
) -> Response {
    let (_, session) = match posted_session(&state, &headers, MEMBER_COOKIE, &input.csrf) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let message = proto::CancelContactChangeRequest {
        token: input.token.trim().to_owned(),
    };
    let result = match state.pecd.member(message, visitor(&state, &peer, &headers)) {
        Ok(request) => state
            .pecd
            .contact()
            .cancel_contact_change(request)
            .await
            .map_err(Into::into),
        Err(e) => Err(e),
    };
    match result {
        Ok(reply) => {
            let reply = reply.into_inner();
            html(&MessagePage {
                page: page(&state, "Modifica annullata", &session.csrf),
                heading: "Modifica annullata".into(),
                text: if reply.message_it.is_empty() {
                    format!(
                        "La richiesta di modifica dei dati della casella {} è stata annullata.",
                        reply.mailbox_address
                    )
                } else {
                    reply.message_it
                },
                link: "/".into(),
                link_text: "Torna alla pagina iniziale".into(),
            })
        }
        Err(error) => {
            let mut errors = Errors::from_api(&error, &[]);
            if error.fields.iter().any(|(f, _)| f == "token") {
                errors.summary = Some(
                    "Il link non è valido o è già stato usato: la richiesta potrebbe essere già stata annullata o decisa.".into(),
                );
            }
            html(&CancelForm {
                page: page(&state, CANCEL_TITLE, &session.csrf),
                errors,
                token: input.token,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_digits_are_a_partita_iva_anything_else_a_codice_fiscale() {
        assert_eq!(
            holder_code(" 0123456789 0"),
            (String::new(), "01234567890".into())
        );
        assert_eq!(
            holder_code("rssmra80a01h501u"),
            ("RSSMRA80A01H501U".into(), String::new())
        );
    }
}
