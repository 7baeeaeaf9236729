//! PasswordService: first password through the set-up link, "Password dimenticata".

use std::time::{Duration, Instant};

use pecd::auth::Role;
use pecd::proto::password_service_client::PasswordServiceClient;
use pecd::proto::*;
use tonic::Code;

use crate::helpers::*;
use crate::mail::{Received, mail_app};

const MARIO: &str = "RSSMRA80A01H501U";
const STRONG: &str = "cavallo batteria graffetta corretta";

fn token_in(mail: &Received) -> String {
    let start = mail.text.find("token=").expect("a link with a token") + "token=".len();
    mail.text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

fn complete(token: &str, password: &str) -> CompletePasswordResetRequest {
    CompletePasswordResetRequest {
        token: token.into(),
        new_password: password.into(),
    }
}

/// The guide's fixed mask: two characters, five asterisks, no domain.
pub fn assert_mask_form(mask: &str) {
    let chars: Vec<char> = mask.chars().collect();
    assert_eq!(chars.len(), 7, "{mask}");
    assert!(chars[..2].iter().all(|c| *c != '@'), "{mask}");
    assert!(mask.ends_with("*****") && !mask.contains('@'), "{mask}");
}

pub fn reset(address: &str, cf: &str) -> RequestPasswordResetRequest {
    RequestPasswordResetRequest {
        mailbox_address: address.into(),
        codice_fiscale: cf.into(),
        partita_iva: String::new(),
    }
}

async fn first_password_through_the_setup_link(backend: Backend) {
    let (app, sink, _dir) = mail_app(backend).await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    let address = app.active_mailbox(MARIO).await.address;
    let front_end = app.key(Role::SelfService, None).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());

    let mails = sink.wait_for(2).await;
    let activated = &mails[1];
    assert_eq!(
        activated.subject,
        "La tua casella PEC è attiva: imposta la password"
    );
    assert!(
        activated
            .text
            .contains("https://pec.tsrm-pstrp.org/password?token=")
    );
    assert!(activated.text.contains("72 ore"));
    let token = token_in(activated);
    assert!(token.len() >= 43, "at least 256 bits");

    let weak = passwords
        .complete_password_reset(authed(&front_end, complete(&token, "mariorossi")))
        .await
        .expect_err("weak password");
    let fields = bad_fields(&weak);
    assert!(
        fields.len() >= 2 && fields.iter().all(|f| f == "new_password"),
        "{fields:?}"
    );
    let weak = passwords
        .complete_password_reset(authed(&front_end, complete(&token, "Password2024!")))
        .await
        .expect_err("common password");
    assert_eq!(bad_fields(&weak), ["new_password"]);

    let done = passwords
        .complete_password_reset(authed(&front_end, complete(&token, STRONG)))
        .await
        .expect("strong password")
        .into_inner();
    assert_eq!(done.mailbox_address, address);
    let hash = app
        .scalar_text(&format!(
            "SELECT password_hash FROM provider_accounts WHERE address = '{address}'"
        ))
        .await
        .expect("a hash");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(STRONG));

    let reused = passwords
        .complete_password_reset(authed(
            &front_end,
            complete(&token, "un'altra password lunga e nuova"),
        ))
        .await
        .expect_err("single use");
    assert_eq!(bad_fields(&reused), ["token"]);

    let changed = sink.wait_for(3).await;
    assert_eq!(changed[2].subject, "Password della casella PEC modificata");
    // The delivered link does not stay in the outbox, and tokens are stored hashed.
    eventually(|| async {
        let bodies = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM notifications WHERE body_text LIKE '%{token}%'"
            ))
            .await;
        (bodies == 0).then_some(())
    })
    .await;
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM password_tokens WHERE token_hash = '{token}'"
        ))
        .await,
        0
    );
    let audited = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'password.changed'")
        .await;
    assert_eq!(audited, 1);
    let leaked = app
        .scalar_i64(&format!("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%{token}%' OR details LIKE '%batteria%'"))
        .await;
    assert_eq!(leaked, 0, "no token or password in the audit trail");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_password_through_the_setup_link_sqlite() {
    first_password_through_the_setup_link(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_password_through_the_setup_link_postgres() {
    first_password_through_the_setup_link(Backend::Postgres).await;
}

async fn forgotten_password(backend: Backend) {
    let (app, sink, _dir) = mail_app(backend).await;
    app.ordine("TO", true).await;
    let mut mario = member(MARIO, "Mario", "Rossi", "TO");
    mario.personal_email = "fabio.rossi@gmail.com".into();
    mario.partita_iva = "00743110157".into();
    app.upsert(mario).await;
    let address = app.active_mailbox(MARIO).await.address;
    sink.wait_for(2).await;
    let front_end = app.key(Role::SelfService, None).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());

    let started = Instant::now();
    let reply = passwords
        .request_password_reset(authed(&front_end, reset(&address, &MARIO.to_lowercase())))
        .await
        .expect("reset")
        .into_inner();
    let matched_time = started.elapsed();
    assert_eq!(reply.masked_email, "fa*****");
    assert!(reply.message_it.contains("fa*****"));
    let mails = sink.wait_for(3).await;
    let first = &mails[2];
    assert_eq!(first.rcpt_tos, ["fabio.rossi@gmail.com"]);
    assert_eq!(
        first.subject,
        "Reimpostazione della password della casella PEC"
    );
    assert!(first.text.contains("60 minuti"));
    let first_token = token_in(first);

    // A second request (by partita IVA) voids the first link.
    let reply = passwords
        .request_password_reset(authed(
            &front_end,
            RequestPasswordResetRequest {
                mailbox_address: address.clone(),
                codice_fiscale: String::new(),
                partita_iva: "00743110157".into(),
            },
        ))
        .await
        .expect("reset by partita IVA")
        .into_inner();
    assert_eq!(reply.masked_email, "fa*****");
    let second_token = token_in(&sink.wait_for(4).await[3]);
    let voided = passwords
        .complete_password_reset(authed(&front_end, complete(&first_token, STRONG)))
        .await
        .expect_err("older link voided");
    assert_eq!(bad_fields(&voided), ["token"]);
    passwords
        .complete_password_reset(authed(&front_end, complete(&second_token, STRONG)))
        .await
        .expect("new password");

    // A third link: the same password again is refused; an expired link is refused alike.
    passwords
        .request_password_reset(authed(&front_end, reset(&address, MARIO)))
        .await
        .expect("reset");
    let mails = sink.wait_for(6).await;
    let third = mails
        .iter()
        .rev()
        .find(|m| m.subject.starts_with("Reimpostazione"))
        .expect("third link");
    let third_token = token_in(third);
    let same = passwords
        .complete_password_reset(authed(&front_end, complete(&third_token, STRONG)))
        .await
        .expect_err("same as current");
    assert_eq!(bad_fields(&same), ["new_password"]);
    app.execute("UPDATE password_tokens SET expires_at = 0 WHERE consumed_at IS NULL")
        .await;
    let expired = passwords
        .complete_password_reset(authed(
            &front_end,
            complete(&third_token, "un'altra frase segreta lunga"),
        ))
        .await
        .expect_err("expired");
    assert_eq!(bad_fields(&expired), ["token"]);
    assert_eq!(
        expired.message(),
        voided.message(),
        "one error, whatever the cause"
    );

    // A mismatch answers like a match, after a comparable delay, and sends nothing.
    let before = sink.received().len();
    let started = Instant::now();
    let reply = passwords
        .request_password_reset(authed(&front_end, reset(&address, "BLTMHL77S04E889G")))
        .await
        .expect("mismatch is OK too")
        .into_inner();
    let mismatch_time = started.elapsed();
    assert_mask_form(&reply.masked_email);
    assert!(
        reply
            .message_it
            .starts_with("Se i dati indicati corrispondono")
    );
    assert!(
        mismatch_time >= Duration::from_millis(400) && matched_time >= Duration::from_millis(400)
    );
    let unknown = passwords
        .request_password_reset(authed(&front_end, reset("nessuno@tsrm-pstrp.org", MARIO)))
        .await
        .expect("unknown mailbox is OK too")
        .into_inner();
    assert_mask_form(&unknown.masked_email);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sink.received().len(), before);

    let bad = passwords
        .request_password_reset(authed(&front_end, reset("mario.rossi@gmail.com", "")))
        .await
        .expect_err("bad input");
    assert_eq!(bad_fields(&bad), ["mailbox_address", "codice_fiscale"]);
    let ordine = app.key(Role::Ordine, Some("TO")).await;
    let denied = passwords
        .request_password_reset(authed(&ordine, reset(&address, MARIO)))
        .await
        .expect_err("ordine key");
    assert_status(&denied, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forgotten_password_sqlite() {
    forgotten_password(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forgotten_password_postgres() {
    forgotten_password(Backend::Postgres).await;
}

/// Five requests per mailbox per hour; at most three reset emails per address per day.
async fn resets_are_throttled(backend: Backend) {
    let (app, sink, _dir) = mail_app(backend).await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    let address = app.active_mailbox(MARIO).await.address;
    sink.wait_for(2).await;
    let front_end = app.key(Role::SelfService, None).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());
    for _ in 0..5 {
        let reply = passwords
            .request_password_reset(authed(&front_end, reset(&address, MARIO)))
            .await
            .expect("within the limit")
            .into_inner();
        assert!(!reply.masked_email.is_empty());
    }
    let limited = passwords
        .request_password_reset(authed(&front_end, reset(&address, MARIO)))
        .await
        .expect_err("sixth request in the hour");
    assert_status(&limited, Code::ResourceExhausted, "RATE_LIMITED");
    use tonic_types::StatusExt;
    let retry = limited
        .get_error_details()
        .retry_info()
        .expect("RetryInfo")
        .retry_delay
        .expect("delay");
    assert!(retry > Duration::from_secs(60) && retry <= Duration::from_secs(3600));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let resets = sink
        .received()
        .iter()
        .filter(|m| m.subject.starts_with("Reimpostazione"))
        .count();
    assert_eq!(
        resets, 3,
        "the member's inbox gets three reset emails a day at most"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resets_are_throttled_sqlite() {
    resets_are_throttled(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resets_are_throttled_postgres() {
    resets_are_throttled(Backend::Postgres).await;
}

/// What a reply shows, with the mask replaced by a placeholder: the status code, the
/// response's metadata names, and every field.
fn reply_shape(
    reply: Result<tonic::Response<RequestPasswordResetResponse>, tonic::Status>,
) -> (Code, Vec<String>, String, String) {
    let reply = reply.expect("a reset request is answered OK, match or not");
    let mut names: Vec<String> = reply
        .metadata()
        .keys()
        .map(|k| match k {
            tonic::metadata::KeyRef::Ascii(k) => k.as_str().to_owned(),
            tonic::metadata::KeyRef::Binary(k) => k.as_str().to_owned(),
        })
        .collect();
    names.sort();
    let body = reply.into_inner();
    assert_mask_form(&body.masked_email);
    let message = body.message_it.replace(&body.masked_email, "<mask>");
    (Code::Ok, names, "<mask>".to_owned(), message)
}

// A mismatch gets the same reply as a match: status, metadata and fields, the mask in the
// fixed form (a keyed decoy for the mismatch, the same each time it is asked).
crate::on_both_backends! {
    async fn a_mismatch_is_answered_like_a_match(app: TestApp) {
        app.ordine("TO", true).await;
        let mut mario = member(MARIO, "Mario", "Rossi", "TO");
        mario.personal_email = "fabio.rossi@gmail.com".into();
        app.upsert(mario).await;
        let address = app.active_mailbox(MARIO).await.address;
        let front_end = app.key(Role::SelfService, None).await;
        let mut passwords = PasswordServiceClient::new(app.channel.clone());

        let started = Instant::now();
        let matched = passwords
            .request_password_reset(authed(&front_end, reset(&address, MARIO)))
            .await;
        let matched_time = started.elapsed();
        assert_eq!(
            matched.as_ref().expect("match").get_ref().masked_email,
            "fa*****"
        );
        let started = Instant::now();
        let mismatched = passwords
            .request_password_reset(authed(&front_end, reset(&address, "BLTMHL77S04E889G")))
            .await;
        let mismatch_time = started.elapsed();
        let decoy = mismatched.as_ref().expect("mismatch").get_ref().masked_email.clone();
        assert!(
            decoy.chars().take(2).all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)),
            "{decoy}"
        );
        let mismatch_shape = reply_shape(mismatched);
        assert_eq!(reply_shape(matched), mismatch_shape);
        assert!(matched_time >= Duration::from_millis(400));
        assert!(mismatch_time >= Duration::from_millis(400));

        // The same mismatch shows the same decoy; an unknown mailbox gets one too.
        let again = passwords
            .request_password_reset(authed(&front_end, reset(&address, "BLTMHL77S04E889G")))
            .await
            .expect("mismatch again")
            .into_inner();
        assert_eq!(again.masked_email, decoy);
        let unknown = passwords
            .request_password_reset(authed(&front_end, reset("nessuno@tsrm-pstrp.org", MARIO)))
            .await;
        let unknown_again = passwords
            .request_password_reset(authed(&front_end, reset("nessuno@tsrm-pstrp.org", MARIO)))
            .await
            .expect("unknown again")
            .into_inner();
        assert_eq!(
            unknown.as_ref().expect("unknown").get_ref().masked_email,
            unknown_again.masked_email
        );
        assert_eq!(reply_shape(unknown), mismatch_shape);
    }
}

/// A burst of completions four times the admission bound: all succeed, and no more than the
/// bound (two per core) ever read and write at once; the rest wait before touching the
/// database, so the burst cannot crowd the connections everyone's reads share.
#[tokio::test]
async fn a_burst_of_completions_is_admitted_a_few_at_a_time() {
    let (app, sink, _dir) = mail_app(Backend::Sqlite).await;
    app.ordine("TO", true).await;
    let (_, bound) = pecd::password::completions_admitted();
    let n = 4 * bound;
    for i in 0..n {
        let code = cf("Rossi", "Mario", u32::try_from(i).unwrap());
        app.upsert(member(&code, "Mario", "Rossi", "TO")).await;
        app.active_mailbox(&code).await;
    }
    let front_end = app.key(Role::SelfService, None).await;
    let mails = sink.wait_for(2 * n).await;
    let tokens: Vec<String> = mails
        .iter()
        .filter(|m| m.subject == "La tua casella PEC è attiva: imposta la password")
        .map(token_in)
        .collect();
    assert_eq!(tokens.len(), n);
    let calls = tokens.iter().map(|token| {
        let mut passwords = PasswordServiceClient::new(app.channel.clone());
        let request = authed(&front_end, complete(token, STRONG));
        async move { passwords.complete_password_reset(request).await }
    });
    for reply in futures::future::join_all(calls).await {
        reply.expect("completed");
    }
    let (peak, bound) = pecd::password::completions_admitted();
    assert!((2..=bound).contains(&peak), "peak {peak}, bound {bound}");
}
