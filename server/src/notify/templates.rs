//! The messages a member reads, in Italian, with the federation's wording. The wording lives
//! in askama templates under `templates/` (checked at compile time against the fields each
//! one reads): `mail/<name>.txt` is the plain-text body, never escaped; `mail/<name>.html`
//! the HTML body, where every value is HTML-escaped; both extend `mail/base.*`. Dates are
//! Rome's calendar days (`italian_date`).

use askama::Template;
use chrono_tz::Europe::Rome;

/// Every message the service sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A mailbox was created and waits for the member's acceptance on the Albo's page
    /// (`acceptance_url`, empty when not configured: the email then names the page only)
    /// until `expires` (dd/mm/yyyy).
    AssignmentPending {
        given_name: String,
        address: String,
        ordine_name: String,
        acceptance_url: String,
        expires: String,
    },
    /// The member has not accepted since `offered`; the assignment expires on `expires`.
    AssignmentReminder {
        given_name: String,
        address: String,
        ordine_name: String,
        acceptance_url: String,
        offered: String,
        expires: String,
    },
    /// To the Ordine's PEC address: its request expired, not accepted within `days` days.
    AssignmentExpired {
        ordine_name: String,
        member_name: String,
        codice_fiscale: String,
        address: String,
        offered: String,
        days: i64,
        request_id: String,
    },
    /// The member accepted: the mailbox is active; the link sets the first password.
    MailboxActivated {
        given_name: String,
        address: String,
        setup_link: String,
        valid_hours: i64,
    },
    /// "Password dimenticata": a one-time link to set a new password.
    PasswordReset {
        given_name: String,
        address: String,
        link: String,
        valid_minutes: i64,
    },
    /// The password was changed.
    PasswordChanged { given_name: String, address: String },
    /// The mailbox was suspended.
    MailboxSuspended {
        given_name: String,
        address: String,
        because_of_register: bool,
    },
    /// The suspension was lifted.
    MailboxReactivated { given_name: String, address: String },
    /// The member was struck off: the mailbox will close on `date` (dd/mm/yyyy).
    ClosureScheduled {
        given_name: String,
        address: String,
        date: String,
    },
    /// The mailbox was closed.
    MailboxClosed { given_name: String, address: String },
    /// The 6-digit code that proves the member reads the new recovery email.
    ContactEmailCode {
        given_name: String,
        address: String,
        code: String,
        valid_minutes: i64,
    },
    /// Security notice: a change of the mailbox's contact details was submitted; the link
    /// cancels it ("non sono stato io") while it is under review.
    ContactChangeSubmitted {
        given_name: String,
        address: String,
        cancel_link: String,
        due_date: String,
    },
    /// The change was approved: the new contacts apply.
    ContactChangeApproved { given_name: String, address: String },
    /// The change was rejected, with the operator's explanation.
    ContactChangeRejected {
        given_name: String,
        address: String,
        reason: String,
    },
    /// To the operators: a change falls due soon.
    ReviewReminder {
        change_id: String,
        address: String,
        due: String,
    },
}

/// A rendered email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// `dd/mm/yyyy` of a stored time (Unix milliseconds): the calendar day in Rome, where the
/// members live, not the UTC day (23:30 UTC is already tomorrow there).
pub fn italian_date(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.with_timezone(&Rome).format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// Declares the text and HTML template of one message: both read the same fields
/// (borrowed), plus `greeting`, the name after "Gentile".
macro_rules! mail {
    ($text:ident, $html:ident, $text_path:tt, $html_path:tt { $($field:ident: $ty:ty),* $(,)? }) => {
        #[derive(Template)]
        #[template(path = $text_path)]
        struct $text<'a> {
            greeting: &'a str,
            $($field: &'a $ty,)*
        }

        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            greeting: &'a str,
            $($field: &'a $ty,)*
        }
    };
}

mail!(AssignmentPendingText, AssignmentPendingHtml, "mail/assignment_pending.txt", "mail/assignment_pending.html" {
    address: str, ordine_name: str, acceptance_url: str, expires: str,
});
mail!(AssignmentReminderText, AssignmentReminderHtml, "mail/assignment_reminder.txt", "mail/assignment_reminder.html" {
    address: str, ordine_name: str, acceptance_url: str, offered: str, expires: str,
});
mail!(AssignmentExpiredText, AssignmentExpiredHtml, "mail/assignment_expired.txt", "mail/assignment_expired.html" {
    address: str, member_name: str, codice_fiscale: str, offered: str, days: i64, request_id: str,
});
mail!(MailboxActivatedText, MailboxActivatedHtml, "mail/mailbox_activated.txt", "mail/mailbox_activated.html" {
    address: str, setup_link: str, valid_hours: i64,
});
mail!(PasswordResetText, PasswordResetHtml, "mail/password_reset.txt", "mail/password_reset.html" {
    address: str, link: str, valid_minutes: i64,
});
mail!(PasswordChangedText, PasswordChangedHtml, "mail/password_changed.txt", "mail/password_changed.html" {
    address: str,
});
mail!(MailboxSuspendedText, MailboxSuspendedHtml, "mail/mailbox_suspended.txt", "mail/mailbox_suspended.html" {
    address: str, because_of_register: bool,
});
mail!(MailboxReactivatedText, MailboxReactivatedHtml, "mail/mailbox_reactivated.txt", "mail/mailbox_reactivated.html" {
    address: str,
});
mail!(ClosureScheduledText, ClosureScheduledHtml, "mail/closure_scheduled.txt", "mail/closure_scheduled.html" {
    address: str, date: str,
});
mail!(MailboxClosedText, MailboxClosedHtml, "mail/mailbox_closed.txt", "mail/mailbox_closed.html" {
    address: str,
});
mail!(ContactEmailCodeText, ContactEmailCodeHtml, "mail/contact_email_code.txt", "mail/contact_email_code.html" {
    address: str, code: str, valid_minutes: i64,
});
mail!(ContactChangeSubmittedText, ContactChangeSubmittedHtml, "mail/contact_change_submitted.txt", "mail/contact_change_submitted.html" {
    address: str, cancel_link: str, due_date: str,
});
mail!(ContactChangeApprovedText, ContactChangeApprovedHtml, "mail/contact_change_approved.txt", "mail/contact_change_approved.html" {
    address: str,
});
mail!(ContactChangeRejectedText, ContactChangeRejectedHtml, "mail/contact_change_rejected.txt", "mail/contact_change_rejected.html" {
    address: str, reason: str,
});
mail!(ReviewReminderText, ReviewReminderHtml, "mail/review_reminder.txt", "mail/review_reminder.html" {
    change_id: str, address: str, due: str,
});

/// Renders a message's two bodies.
fn bodies(text: impl Template, html: impl Template) -> askama::Result<(String, String)> {
    Ok((text.render()?, html.render()?))
}

impl Message {
    /// A stable name for the outbox and the operators' listings; also the name of its
    /// templates.
    pub fn template(&self) -> &'static str {
        match self {
            Message::AssignmentPending { .. } => "assignment_pending",
            Message::AssignmentReminder { .. } => "assignment_reminder",
            Message::AssignmentExpired { .. } => "assignment_expired",
            Message::MailboxActivated { .. } => "mailbox_activated",
            Message::PasswordReset { .. } => "password_reset",
            Message::PasswordChanged { .. } => "password_changed",
            Message::MailboxSuspended { .. } => "mailbox_suspended",
            Message::MailboxReactivated { .. } => "mailbox_reactivated",
            Message::ClosureScheduled { .. } => "closure_scheduled",
            Message::MailboxClosed { .. } => "mailbox_closed",
            Message::ContactEmailCode { .. } => "contact_email_code",
            Message::ContactChangeSubmitted { .. } => "contact_change_submitted",
            Message::ContactChangeApproved { .. } => "contact_change_approved",
            Message::ContactChangeRejected { .. } => "contact_change_rejected",
            Message::ReviewReminder { .. } => "review_reminder",
        }
    }

    /// The password link the message carries (set-up or reset), if any.
    pub fn password_link(&self) -> Option<&str> {
        match self {
            Message::MailboxActivated { setup_link, .. } => Some(setup_link),
            Message::PasswordReset { link, .. } => Some(link),
            _ => None,
        }
    }

    /// The same message with its password link replaced by `link`.
    pub fn with_password_link(&self, link: String) -> Message {
        let mut message = self.clone();
        match &mut message {
            Message::MailboxActivated { setup_link, .. } => *setup_link = link,
            Message::PasswordReset { link: old, .. } => *old = link,
            _ => {}
        }
        message
    }

    /// Whether the body holds a secret link, to be scrubbed from the outbox once sent.
    pub fn contains_secret(&self) -> bool {
        matches!(
            self,
            Message::MailboxActivated { .. }
                | Message::PasswordReset { .. }
                | Message::ContactEmailCode { .. }
                | Message::ContactChangeSubmitted { .. }
        )
    }

    /// The subject line (a header: plain text).
    pub fn subject(&self) -> String {
        match self {
            Message::AssignmentPending { .. } => {
                "Casella PEC assegnata: accetta l'assegnazione".to_owned()
            }
            Message::AssignmentReminder { expires, .. } => {
                format!("Promemoria: accetta la casella PEC assegnata entro il {expires}")
            }
            Message::AssignmentExpired { address, .. } => {
                format!("Assegnazione della casella PEC {address} scaduta: non accettata")
            }
            Message::MailboxActivated { .. } => {
                "La tua casella PEC è attiva: imposta la password".to_owned()
            }
            Message::PasswordReset { .. } => {
                "Reimpostazione della password della casella PEC".to_owned()
            }
            Message::PasswordChanged { .. } => "Password della casella PEC modificata".to_owned(),
            Message::MailboxSuspended { .. } => "Casella PEC sospesa".to_owned(),
            Message::MailboxReactivated { .. } => "Casella PEC riattivata".to_owned(),
            Message::ClosureScheduled { .. } => "Casella PEC: chiusura programmata".to_owned(),
            Message::MailboxClosed { .. } => "Casella PEC chiusa".to_owned(),
            Message::ContactEmailCode { .. } => {
                "Codice di verifica per la modifica dei dati della casella PEC".to_owned()
            }
            Message::ContactChangeSubmitted { .. } => {
                "Avviso di sicurezza: richiesta di modifica dei dati della casella PEC".to_owned()
            }
            Message::ContactChangeApproved { .. } => {
                "Modifica dei dati della casella PEC approvata".to_owned()
            }
            Message::ContactChangeRejected { .. } => {
                "Modifica dei dati della casella PEC respinta".to_owned()
            }
            Message::ReviewReminder { due, .. } => {
                format!("Promemoria: richiesta di modifica dati da verificare entro il {due}")
            }
        }
    }

    /// The subject and both bodies.
    pub fn render(&self) -> askama::Result<Rendered> {
        let (text, html) = match self {
            Message::AssignmentPending {
                given_name,
                address,
                ordine_name,
                acceptance_url,
                expires,
            } => bodies(
                AssignmentPendingText {
                    greeting: given_name,
                    address,
                    ordine_name,
                    acceptance_url,
                    expires,
                },
                AssignmentPendingHtml {
                    greeting: given_name,
                    address,
                    ordine_name,
                    acceptance_url,
                    expires,
                },
            ),
            Message::AssignmentReminder {
                given_name,
                address,
                ordine_name,
                acceptance_url,
                offered,
                expires,
            } => bodies(
                AssignmentReminderText {
                    greeting: given_name,
                    address,
                    ordine_name,
                    acceptance_url,
                    offered,
                    expires,
                },
                AssignmentReminderHtml {
                    greeting: given_name,
                    address,
                    ordine_name,
                    acceptance_url,
                    offered,
                    expires,
                },
            ),
            Message::AssignmentExpired {
                ordine_name,
                member_name,
                codice_fiscale,
                address,
                offered,
                days,
                request_id,
            } => bodies(
                AssignmentExpiredText {
                    greeting: ordine_name,
                    address,
                    member_name,
                    codice_fiscale,
                    offered,
                    days,
                    request_id,
                },
                AssignmentExpiredHtml {
                    greeting: ordine_name,
                    address,
                    member_name,
                    codice_fiscale,
                    offered,
                    days,
                    request_id,
                },
            ),
            Message::MailboxActivated {
                given_name,
                address,
                setup_link,
                valid_hours,
            } => bodies(
                MailboxActivatedText {
                    greeting: given_name,
                    address,
                    setup_link,
                    valid_hours,
                },
                MailboxActivatedHtml {
                    greeting: given_name,
                    address,
                    setup_link,
                    valid_hours,
                },
            ),
            Message::PasswordReset {
                given_name,
                address,
                link,
                valid_minutes,
            } => bodies(
                PasswordResetText {
                    greeting: given_name,
                    address,
                    link,
                    valid_minutes,
                },
                PasswordResetHtml {
                    greeting: given_name,
                    address,
                    link,
                    valid_minutes,
                },
            ),
            Message::PasswordChanged {
                given_name,
                address,
            } => bodies(
                PasswordChangedText {
                    greeting: given_name,
                    address,
                },
                PasswordChangedHtml {
                    greeting: given_name,
                    address,
                },
            ),
            Message::MailboxSuspended {
                given_name,
                address,
                because_of_register,
            } => bodies(
                MailboxSuspendedText {
                    greeting: given_name,
                    address,
                    because_of_register,
                },
                MailboxSuspendedHtml {
                    greeting: given_name,
                    address,
                    because_of_register,
                },
            ),
            Message::MailboxReactivated {
                given_name,
                address,
            } => bodies(
                MailboxReactivatedText {
                    greeting: given_name,
                    address,
                },
                MailboxReactivatedHtml {
                    greeting: given_name,
                    address,
                },
            ),
            Message::ClosureScheduled {
                given_name,
                address,
                date,
            } => bodies(
                ClosureScheduledText {
                    greeting: given_name,
                    address,
                    date,
                },
                ClosureScheduledHtml {
                    greeting: given_name,
                    address,
                    date,
                },
            ),
            Message::MailboxClosed {
                given_name,
                address,
            } => bodies(
                MailboxClosedText {
                    greeting: given_name,
                    address,
                },
                MailboxClosedHtml {
                    greeting: given_name,
                    address,
                },
            ),
            Message::ContactEmailCode {
                given_name,
                address,
                code,
                valid_minutes,
            } => bodies(
                ContactEmailCodeText {
                    greeting: given_name,
                    address,
                    code,
                    valid_minutes,
                },
                ContactEmailCodeHtml {
                    greeting: given_name,
                    address,
                    code,
                    valid_minutes,
                },
            ),
            Message::ContactChangeSubmitted {
                given_name,
                address,
                cancel_link,
                due_date,
            } => bodies(
                ContactChangeSubmittedText {
                    greeting: given_name,
                    address,
                    cancel_link,
                    due_date,
                },
                ContactChangeSubmittedHtml {
                    greeting: given_name,
                    address,
                    cancel_link,
                    due_date,
                },
            ),
            Message::ContactChangeApproved {
                given_name,
                address,
            } => bodies(
                ContactChangeApprovedText {
                    greeting: given_name,
                    address,
                },
                ContactChangeApprovedHtml {
                    greeting: given_name,
                    address,
                },
            ),
            Message::ContactChangeRejected {
                given_name,
                address,
                reason,
            } => bodies(
                ContactChangeRejectedText {
                    greeting: given_name,
                    address,
                    reason,
                },
                ContactChangeRejectedHtml {
                    greeting: given_name,
                    address,
                    reason,
                },
            ),
            Message::ReviewReminder {
                change_id,
                address,
                due,
            } => bodies(
                ReviewReminderText {
                    greeting: "operatore",
                    change_id,
                    address,
                    due,
                },
                ReviewReminderHtml {
                    greeting: "operatore",
                    change_id,
                    address,
                    due,
                },
            ),
        }?;
        Ok(Rendered {
            subject: self.subject(),
            text,
            html,
        })
    }
}

/// The SMS with the code that proves the member holds the new mobile number (plain text).
#[derive(Template)]
#[template(path = "sms/contact_sms_code.txt")]
pub struct ContactSmsCode<'a> {
    pub address: &'a str,
    pub code: &'a str,
    pub valid_minutes: i64,
}

impl ContactSmsCode<'_> {
    pub fn text(&self) -> askama::Result<String> {
        self.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNATURE: &str = "Federazione nazionale degli Ordini TSRM e PSTRP";

    fn render(message: &Message) -> Rendered {
        message.render().expect("renders")
    }

    fn all() -> Vec<Message> {
        let g = || "Niccolò".to_owned();
        let a = || "niccolo.damico@tsrm-pstrp.org".to_owned();
        vec![
            Message::AssignmentPending {
                given_name: g(),
                address: a(),
                ordine_name: "Ordine TSRM e PSTRP di Torino".into(),
                acceptance_url: String::new(),
                expires: "27/01/2027".into(),
            },
            Message::MailboxActivated {
                given_name: g(),
                address: a(),
                setup_link: "https://pec.example/password?token=abc".into(),
                valid_hours: 72,
            },
            Message::PasswordReset {
                given_name: g(),
                address: a(),
                link: "https://pec.example/password?token=abc".into(),
                valid_minutes: 60,
            },
            Message::PasswordChanged {
                given_name: g(),
                address: a(),
            },
            Message::MailboxSuspended {
                given_name: g(),
                address: a(),
                because_of_register: true,
            },
            Message::MailboxSuspended {
                given_name: g(),
                address: a(),
                because_of_register: false,
            },
            Message::MailboxReactivated {
                given_name: g(),
                address: a(),
            },
            Message::ClosureScheduled {
                given_name: g(),
                address: a(),
                date: "24/02/2027".into(),
            },
            Message::MailboxClosed {
                given_name: g(),
                address: a(),
            },
            Message::ContactEmailCode {
                given_name: g(),
                address: a(),
                code: "042917".into(),
                valid_minutes: 10,
            },
            Message::ContactChangeSubmitted {
                given_name: g(),
                address: a(),
                cancel_link: "https://pec.example/annulla?token=xyz".into(),
                due_date: "29/11/2026".into(),
            },
            Message::ContactChangeApproved {
                given_name: g(),
                address: a(),
            },
            Message::ContactChangeRejected {
                given_name: g(),
                address: a(),
                reason: "Il documento è scaduto.".into(),
            },
        ]
    }

    /// The words of an HTML body: tags dropped, entities decoded, blanks collapsed.
    fn words_of_html(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => {
                    in_tag = true;
                    out.push(' ');
                }
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        // askama writes numeric references; `&` last, so `&#38;lt;` stays literal.
        let out = out
            .replace("&#60;", "<")
            .replace("&#62;", ">")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&#38;", "&");
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn every_template_renders_in_italian_with_the_address() {
        for message in all() {
            let r = render(&message);
            assert!(!r.subject.is_empty());
            assert!(r.text.starts_with("Gentile Niccolò,\n\n"), "{}", r.text);
            assert!(
                r.text.contains("niccolo.damico@tsrm-pstrp.org"),
                "{}",
                message.template()
            );
            assert!(r.text.ends_with(&format!(
                "{SIGNATURE}\n\nQuesto messaggio è stato inviato automaticamente: non rispondere a questo indirizzo.\n"
            )));
            assert!(r.html.contains("niccolo.damico@tsrm-pstrp.org"));
            assert!(r.html.starts_with("<!DOCTYPE html>"));
        }
        let pending = render(&all()[0]);
        assert!(
            pending
                .text
                .contains("Area Utente – Scheda Anagrafica – Richieste PEC.")
        );
        let closure = render(&all()[7]);
        for secret in &all()[1..3] {
            assert!(secret.contains_secret());
            assert!(render(secret).text.contains("token=abc"));
            assert!(
                render(secret)
                    .html
                    .contains("<a href=\"https://pec.example/password?token=abc\">")
            );
        }
        assert!(closure.text.contains("24/02/2027"));
    }

    /// The assignment's messages, with and without the acceptance page.
    fn assignment_messages() -> Vec<Message> {
        let url = "https://albo.example/area-utente/richieste-pec?a=1&b=2";
        let mut out = Vec::new();
        for acceptance_url in ["", url] {
            out.push(Message::AssignmentPending {
                given_name: "Niccolò".into(),
                address: "niccolo.damico@tsrm-pstrp.org".into(),
                ordine_name: "Ordine TSRM e PSTRP di Torino".into(),
                acceptance_url: acceptance_url.into(),
                expires: "27/01/2027".into(),
            });
            out.push(Message::AssignmentReminder {
                given_name: "Niccolò".into(),
                address: "niccolo.damico@tsrm-pstrp.org".into(),
                ordine_name: "Ordine TSRM e PSTRP di Torino".into(),
                acceptance_url: acceptance_url.into(),
                offered: "28/11/2026".into(),
                expires: "27/01/2027".into(),
            });
        }
        out.push(Message::AssignmentExpired {
            ordine_name: "Ordine TSRM e PSTRP di Torino".into(),
            member_name: "Niccolò D'Amico".into(),
            codice_fiscale: "DMCNCL80A01L219X".into(),
            address: "niccolo.damico@tsrm-pstrp.org".into(),
            offered: "28/11/2026".into(),
            days: 60,
            request_id: "0193a".into(),
        });
        out
    }

    #[test]
    fn assignment_messages_name_the_guide_page_and_link_it_when_configured() {
        let messages = assignment_messages();
        for message in &messages[..4] {
            let r = render(message);
            assert!(
                r.text
                    .contains("Area Utente – Scheda Anagrafica – Richieste PEC"),
                "{}",
                r.text
            );
            assert!(r.text.contains("27/01/2027"), "{}", r.text);
        }
        // Without a URL no link at all; with one, the link in both bodies (escaped in HTML).
        for message in &messages[..2] {
            let r = render(message);
            assert!(!r.text.contains("http"), "{}", r.text);
            assert!(!r.html.contains("<a "), "{}", r.html);
        }
        for message in &messages[2..4] {
            let r = render(message);
            assert!(
                r.text
                    .contains("\n    https://albo.example/area-utente/richieste-pec?a=1&b=2\n"),
                "{}",
                r.text
            );
            assert!(r.html.contains(
                "<a href=\"https://albo.example/area-utente/richieste-pec?a=1&#38;b=2\">"
            ));
        }
        let expired = render(&messages[4]);
        assert!(
            expired
                .text
                .starts_with("Gentile Ordine TSRM e PSTRP di Torino,")
        );
        assert!(
            expired
                .text
                .contains("Niccolò D'Amico (codice fiscale DMCNCL80A01L219X)")
        );
        assert!(expired.text.contains("entro 60 giorni"));
        assert!(expired.subject.contains("niccolo.damico@tsrm-pstrp.org"));
    }

    #[test]
    fn the_html_says_what_the_text_says() {
        let mut messages = all();
        messages.push(Message::ReviewReminder {
            change_id: "0193".into(),
            address: "a@tsrm-pstrp.org".into(),
            due: "01/12/2026".into(),
        });
        messages.extend(assignment_messages());
        for message in messages {
            let r = render(&message);
            let text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(words_of_html(&r.html), text, "{}", message.template());
        }
    }

    #[test]
    fn a_plain_text_body_reads_exactly_as_written() {
        let r = render(&Message::PasswordReset {
            given_name: "Anna".into(),
            address: "anna.bianchi@tsrm-pstrp.org".into(),
            link: "https://pec.example/password?token=a&b".into(),
            valid_minutes: 60,
        });
        assert_eq!(r.subject, "Reimpostazione della password della casella PEC");
        assert_eq!(
            r.text,
            "Gentile Anna,\n\n\
             abbiamo ricevuto una richiesta di reimpostazione della password della casella PEC anna.bianchi@tsrm-pstrp.org.\n\n\
             Per scegliere una nuova password apri questo link (valido 60 minuti, utilizzabile una sola volta):\n\n\
             \x20   https://pec.example/password?token=a&b\n\n\
             Se non hai fatto tu la richiesta, ignora questo messaggio: la password attuale resta valida.\n\n\
             Federazione nazionale degli Ordini TSRM e PSTRP\n\n\
             Questo messaggio è stato inviato automaticamente: non rispondere a questo indirizzo.\n"
        );
        assert!(
            r.html
                .contains("<p><a href=\"https://pec.example/password?token=a&#38;b\">https://pec.example/password?token=a&#38;b</a></p>")
        );
    }

    #[test]
    fn contact_change_messages_carry_the_code_and_the_cancel_link() {
        let code = Message::ContactEmailCode {
            given_name: "Mario".into(),
            address: "mario.rossi@tsrm-pstrp.org".into(),
            code: "042917".into(),
            valid_minutes: 10,
        };
        let r = render(&code);
        assert!(code.contains_secret());
        assert!(r.text.contains("042917") && r.text.contains("10 minuti"));
        assert!(r.html.contains("<strong>042917</strong>"));
        let notice = Message::ContactChangeSubmitted {
            given_name: "Mario".into(),
            address: "mario.rossi@tsrm-pstrp.org".into(),
            cancel_link: "https://pec.example/annulla?token=xyz".into(),
            due_date: "29/11/2026".into(),
        };
        let r = render(&notice);
        assert!(notice.contains_secret());
        assert!(r.subject.starts_with("Avviso di sicurezza"));
        assert!(r.text.contains("non sono stato io") && r.text.contains("29/11/2026"));
        assert!(
            r.html
                .contains("<a href=\"https://pec.example/annulla?token=xyz\">")
        );
    }

    #[test]
    fn member_values_are_escaped_in_html_and_left_alone_in_text() {
        let r = render(&Message::ContactChangeRejected {
            given_name: "<script>".into(),
            address: "a&b@x.it".into(),
            reason: "Documento \"scaduto\" <b>".into(),
        });
        assert!(r.html.contains("Gentile &#60;script&#62;,"));
        assert!(r.html.contains("a&#38;b@x.it"));
        assert!(r.html.contains("Documento &#34;scaduto&#34; &#60;b&#62;"));
        assert!(!r.html.contains("<script>") && !r.html.contains("<b>"));
        assert!(r.text.starts_with("Gentile <script>,"));
        assert!(r.text.contains("a&b@x.it") && r.text.contains("Documento \"scaduto\" <b>"));
    }

    #[test]
    fn the_sms_code_is_plain_text() {
        let text = ContactSmsCode {
            address: "a&b@tsrm-pstrp.org",
            code: "123456",
            valid_minutes: 10,
        }
        .text()
        .expect("renders");
        assert_eq!(
            text,
            "PEC TSRM PSTRP: il codice per confermare la modifica dei dati della casella a&b@tsrm-pstrp.org è 123456. Valido 10 minuti. Non comunicarlo a nessuno."
        );
    }

    #[test]
    fn dates_are_the_day_in_rome() {
        let ms = |s: &str| {
            chrono::DateTime::parse_from_rfc3339(s)
                .expect("instant")
                .timestamp_millis()
        };
        // Winter (UTC+1): 23:30 UTC on 28 November is 00:30 on the 29th in Rome.
        assert_eq!(italian_date(ms("2026-11-28T23:30:00Z")), "29/11/2026");
        assert_eq!(italian_date(ms("2026-11-28T22:59:59Z")), "28/11/2026");
        // Summer (UTC+2): 22:15 UTC on 31 July is 00:15 on 1 August in Rome.
        assert_eq!(italian_date(ms("2026-07-31T22:15:00Z")), "01/08/2026");
        assert_eq!(italian_date(ms("2026-07-31T21:59:59Z")), "31/07/2026");
        // New Year's Eve turns the year.
        assert_eq!(italian_date(ms("2026-12-31T23:00:00Z")), "01/01/2027");
    }
}
