//! The messages a member reads, in Italian, with the federation's wording. Each renders to a
//! subject, a plain-text body and an HTML body built from the same paragraphs.

/// Every message the service sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A mailbox was created and waits for the member's acceptance.
    AssignmentPending {
        given_name: String,
        address: String,
        ordine_name: String,
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

const SIGNATURE: &str = "Federazione nazionale degli Ordini TSRM e PSTRP";
const AUTOMATIC: &str =
    "Questo messaggio è stato inviato automaticamente: non rispondere a questo indirizzo.";

/// A rendered email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Message {
    /// A stable name for the outbox and the operators' listings.
    pub fn template(&self) -> &'static str {
        match self {
            Message::AssignmentPending { .. } => "assignment_pending",
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

    pub fn render(&self) -> Rendered {
        let (subject, greeting, paragraphs): (String, &str, Vec<String>) = match self {
            Message::AssignmentPending { given_name, address, ordine_name } => (
                "Casella PEC assegnata: accetta l'assegnazione".to_owned(),
                given_name,
                vec![
                    format!(
                        "l'{ordine_name} ha richiesto per te la casella di posta elettronica certificata (PEC) gratuita prevista dalla convenzione della Federazione:"
                    ),
                    format!("    {address}"),
                    "La casella è stata creata ed è in attesa della tua accettazione. Per attivarla accedi all'area riservata dell'Albo informatico e accetta l'assegnazione in Scheda Anagrafica → Richieste PEC.".to_owned(),
                    "Dopo l'accettazione riceverai a questo indirizzo le istruzioni per impostare la password.".to_owned(),
                ],
            ),
            Message::MailboxActivated { given_name, address, setup_link, valid_hours } => (
                "La tua casella PEC è attiva: imposta la password".to_owned(),
                given_name,
                vec![
                    format!("hai accettato l'assegnazione: la tua casella PEC {address} è attiva."),
                    format!("Per impostare la password apri questo link (valido {valid_hours} ore, utilizzabile una sola volta):"),
                    format!("    {setup_link}"),
                    "Il nome utente per accedere è l'indirizzo stesso della casella.".to_owned(),
                ],
            ),
            Message::PasswordReset { given_name, address, link, valid_minutes } => (
                "Reimpostazione della password della casella PEC".to_owned(),
                given_name,
                vec![
                    format!("abbiamo ricevuto una richiesta di reimpostazione della password della casella PEC {address}."),
                    format!("Per scegliere una nuova password apri questo link (valido {valid_minutes} minuti, utilizzabile una sola volta):"),
                    format!("    {link}"),
                    "Se non hai fatto tu la richiesta, ignora questo messaggio: la password attuale resta valida.".to_owned(),
                ],
            ),
            Message::PasswordChanged { given_name, address } => (
                "Password della casella PEC modificata".to_owned(),
                given_name,
                vec![
                    format!("la password della casella PEC {address} è stata modificata."),
                    "Se non sei stato tu, reimposta subito la password con la procedura \"Password dimenticata\" e avvisa il tuo Ordine.".to_owned(),
                ],
            ),
            Message::MailboxSuspended { given_name, address, because_of_register } => (
                "Casella PEC sospesa".to_owned(),
                given_name,
                vec![
                    format!("la tua casella PEC {address} è stata sospesa."),
                    if *because_of_register {
                        "La sospensione dipende dalla tua posizione nell'albo: sarà revocata automaticamente quando l'iscrizione tornerà regolare.".to_owned()
                    } else {
                        "Per informazioni rivolgiti al tuo Ordine.".to_owned()
                    },
                ],
            ),
            Message::MailboxReactivated { given_name, address } => (
                "Casella PEC riattivata".to_owned(),
                given_name,
                vec![format!("la tua casella PEC {address} è di nuovo attiva.")],
            ),
            Message::ClosureScheduled { given_name, address, date } => (
                "Casella PEC: chiusura programmata".to_owned(),
                given_name,
                vec![
                    format!("a seguito della cancellazione dall'albo, la tua casella PEC {address} è sospesa e sarà chiusa definitivamente il {date}."),
                    "Se l'iscrizione sarà ripristinata prima di quella data, la casella tornerà attiva. Ti consigliamo di salvare i messaggi che vuoi conservare.".to_owned(),
                ],
            ),
            Message::MailboxClosed { given_name, address } => (
                "Casella PEC chiusa".to_owned(),
                given_name,
                vec![
                    format!("la tua casella PEC {address} è stata chiusa definitivamente."),
                    "L'indirizzo non sarà assegnato ad altre persone.".to_owned(),
                ],
            ),
            Message::ContactEmailCode { given_name, address, code, valid_minutes } => (
                "Codice di verifica per la modifica dei dati della casella PEC".to_owned(),
                given_name,
                vec![
                    format!("per confermare questo indirizzo come email di recupero della casella PEC {address} inserisci il codice:"),
                    format!("    {code}"),
                    format!("Il codice è valido {valid_minutes} minuti. Non comunicarlo a nessuno: la Federazione non te lo chiederà mai."),
                    "Se non hai richiesto tu la modifica, ignora questo messaggio.".to_owned(),
                ],
            ),
            Message::ContactChangeSubmitted { given_name, address, cancel_link, due_date } => (
                "Avviso di sicurezza: richiesta di modifica dei dati della casella PEC".to_owned(),
                given_name,
                vec![
                    format!("è stata inviata una richiesta di modifica dei dati di contatto (email di recupero, cellulare e residenza) della casella PEC {address}."),
                    format!("La richiesta sarà verificata dagli operatori della Federazione entro il {due_date}; riceverai l'esito alla nuova email di recupero."),
                    "Se non sei stato tu, annulla subito la richiesta con questo link (\"non sono stato io\"), valido finché la richiesta è in verifica:".to_owned(),
                    format!("    {cancel_link}"),
                ],
            ),
            Message::ContactChangeApproved { given_name, address } => (
                "Modifica dei dati della casella PEC approvata".to_owned(),
                given_name,
                vec![
                    format!("la tua richiesta di modifica dei dati della casella PEC {address} è stata approvata."),
                    "Da ora questo indirizzo è l'email di recupero della casella e il nuovo numero di cellulare è registrato.".to_owned(),
                ],
            ),
            Message::ContactChangeRejected { given_name, address, reason } => (
                "Modifica dei dati della casella PEC respinta".to_owned(),
                given_name,
                vec![
                    format!("la tua richiesta di modifica dei dati della casella PEC {address} è stata respinta per il seguente motivo:"),
                    format!("    {reason}"),
                    "I dati della casella restano invariati. Puoi presentare una nuova richiesta correggendo quanto indicato.".to_owned(),
                ],
            ),
            Message::ReviewReminder { change_id, address, due } => (
                format!("Promemoria: richiesta di modifica dati da verificare entro il {due}"),
                "operatore",
                vec![
                    format!("la richiesta di modifica dei dati {change_id} della casella PEC {address} deve essere verificata entro il {due}."),
                    "Trovi la richiesta nella coda di revisione (ReviewService.ListContactChanges).".to_owned(),
                ],
            ),
        };
        let greeting = format!("Gentile {greeting},");
        let mut text = format!("{greeting}\n\n");
        for p in &paragraphs {
            text.push_str(p);
            text.push_str("\n\n");
        }
        text.push_str(&format!("{SIGNATURE}\n\n{AUTOMATIC}\n"));

        let mut html = String::from("<!DOCTYPE html>\n<html lang=\"it\"><body>\n");
        html.push_str(&format!("<p>{}</p>\n", escape(&greeting)));
        for p in &paragraphs {
            match p.strip_prefix("    ") {
                Some(link) if link.starts_with("https://") || link.starts_with("http://") => {
                    let link = escape(link);
                    html.push_str(&format!("<p><a href=\"{link}\">{link}</a></p>\n"));
                }
                Some(code) => html.push_str(&format!("<p><strong>{}</strong></p>\n", escape(code))),
                None => html.push_str(&format!("<p>{}</p>\n", escape(p))),
            }
        }
        html.push_str(&format!(
            "<p>{}</p>\n<p><small>{}</small></p>\n</body></html>\n",
            escape(SIGNATURE),
            escape(AUTOMATIC)
        ));
        Rendered {
            subject,
            text,
            html,
        }
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Message> {
        let g = || "Niccolò".to_owned();
        let a = || "niccolo.damico@tsrm-pstrp.org".to_owned();
        vec![
            Message::AssignmentPending {
                given_name: g(),
                address: a(),
                ordine_name: "Ordine TSRM e PSTRP di Torino".into(),
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
        ]
    }

    #[test]
    fn every_template_renders_in_italian_with_the_address() {
        for message in all() {
            let r = message.render();
            assert!(!r.subject.is_empty());
            assert!(r.text.starts_with("Gentile Niccolò,"), "{}", r.text);
            assert!(
                r.text.contains("niccolo.damico@tsrm-pstrp.org"),
                "{}",
                message.template()
            );
            assert!(r.text.contains(SIGNATURE));
            assert!(r.html.contains("niccolo.damico@tsrm-pstrp.org"));
            assert!(r.html.starts_with("<!DOCTYPE html>"));
        }
        let pending = all()[0].render();
        assert!(pending.text.contains("Scheda Anagrafica → Richieste PEC"));
        let closure = all()[7].render();
        for secret in &all()[1..3] {
            assert!(secret.contains_secret());
            assert!(secret.render().text.contains("token=abc"));
            assert!(
                secret
                    .render()
                    .html
                    .contains("<a href=\"https://pec.example/password?token=abc\">")
            );
        }
        assert!(closure.text.contains("24/02/2027"));
    }

    #[test]
    fn contact_change_messages_carry_the_code_and_the_cancel_link() {
        let code = Message::ContactEmailCode {
            given_name: "Mario".into(),
            address: "mario.rossi@tsrm-pstrp.org".into(),
            code: "042917".into(),
            valid_minutes: 10,
        };
        let r = code.render();
        assert!(code.contains_secret());
        assert!(r.text.contains("042917") && r.text.contains("10 minuti"));
        assert!(r.html.contains("<strong>042917</strong>"));
        let notice = Message::ContactChangeSubmitted {
            given_name: "Mario".into(),
            address: "mario.rossi@tsrm-pstrp.org".into(),
            cancel_link: "https://pec.example/annulla?token=xyz".into(),
            due_date: "29/11/2026".into(),
        };
        let r = notice.render();
        assert!(notice.contains_secret());
        assert!(r.subject.starts_with("Avviso di sicurezza"));
        assert!(r.text.contains("non sono stato io") && r.text.contains("29/11/2026"));
        assert!(
            r.html
                .contains("<a href=\"https://pec.example/annulla?token=xyz\">")
        );
    }

    #[test]
    fn html_is_escaped() {
        let r = Message::PasswordChanged {
            given_name: "<script>".into(),
            address: "a&b@x.it".into(),
        }
        .render();
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(r.html.contains("a&amp;b@x.it"));
        assert!(!r.html.contains("<script>"));
    }
}
