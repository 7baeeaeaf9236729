//! Rate limits that protect members: budgets per visitor (forwarded only by front-end keys),
//! per mailbox and per holder refuse; the key's budget is a ceiling that raises an alarm.

use std::time::Duration;

use pecd::auth::{Role, keys};
use pecd::config::Settings;
use pecd::proto::contact_change_service_client::ContactChangeServiceClient;
use pecd::proto::password_service_client::PasswordServiceClient;
use pecd::proto::*;
use tonic::{Code, Request};

use crate::contact::{MARIO, Wizard, active_mario};
use crate::helpers::*;
use crate::password::reset;

const VISITOR: &str = "x-pec-visitor-ip";

/// Runs each listed test body, given its settings tweak, on SQLite and on PostgreSQL.
macro_rules! on_both_with {
    ($($name:ident($tweak:expr) => $body:ident;)+) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = super::limited(crate::helpers::Backend::Sqlite, $tweak).await;
                    super::$body(app).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let app = super::limited(crate::helpers::Backend::Postgres, $tweak).await;
                    super::$body(app).await
                }
            }
        )+
    };
}

/// An app with small budgets (5 an hour per visitor) and a short response floor, so that the
/// loops stay quick; `tweak` changes them further.
async fn limited(backend: Backend, tweak: fn(&mut Settings)) -> TestApp {
    spawn_app_with(backend, move |s| {
        s.password.min_response = Duration::from_millis(5);
        s.contact.min_response = Duration::from_millis(5);
        s.password.per_visitor.max = 5;
        s.contact.per_visitor.max = 5;
        tweak(s);
    })
    .await
}

async fn front_end_key(app: &TestApp) -> String {
    let options = keys::KeyOptions {
        front_end: true,
        ..Default::default()
    };
    keys::create_with(&app.db, Role::SelfService, "front end", None, options)
        .await
        .expect("front-end key")
        .secret
}

/// `message` with `key`, forwarding `visitor` (if any) in the visitor header.
fn from_visitor<T>(key: &str, visitor: Option<&str>, message: T) -> Request<T> {
    let mut request = authed(key, message);
    if let Some(ip) = visitor {
        request
            .metadata_mut()
            .insert(VISITOR, ip.parse().expect("header value"));
    }
    request
}

/// A reset for a mailbox and a codice fiscale that belong to nobody, varied by `n`.
fn random_reset(n: u32) -> RequestPasswordResetRequest {
    reset(
        &format!("utente.{n}@tsrm-pstrp.org"),
        &cf("Bianchi", "Luca", n),
    )
}

fn is_rate_limited(status: &tonic::Status) -> bool {
    assert_status(status, Code::ResourceExhausted, "RATE_LIMITED");
    true
}

on_both_with! {
    one_visitor_cannot_spend_anothers_budget(|_| {}) => one_visitor_cannot_spend_anothers_budget;
    the_visitor_header_counts_only_from_a_front_end(|_| {}) => the_visitor_header_counts_only_from_a_front_end;
    a_keys_ceiling_raises_the_alarm_and_refuses_nothing(|s| {
        s.password.per_visitor.max = 100;
        s.password.per_key.max = 3;
        s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
    }) => a_keys_ceiling_raises_the_alarm_and_refuses_nothing;
    concurrent_resets_stay_within_a_visitors_budget(|_| {}) => concurrent_resets_stay_within_a_visitors_budget;
    contact_starts_are_budgeted_per_visitor(|s| s.contact.per_visitor.max = 3) => contact_starts_are_budgeted_per_visitor;
    contact_codes_are_budgeted_per_visitor(|s| {
        s.contact.codes_per_visitor.max = 2;
        // Only the visitor's budget may refuse here.
        s.contact.resend_interval.max = 100;
        s.contact.codes_per_hour.max = 100;
    }) => contact_codes_are_budgeted_per_visitor;
}

/// Visitor A floods resets with random mailboxes and codici fiscali through the front end's
/// one key: only A's budget runs out, and visitor B's real reset goes through.
async fn one_visitor_cannot_spend_anothers_budget(app: TestApp) {
    let address = active_mario(&app).await;
    let front_end = front_end_key(&app).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());

    let (mut answered, mut refused) = (0, 0);
    for n in 0..80 {
        match passwords
            .request_password_reset(from_visitor(
                &front_end,
                Some("203.0.113.7"),
                random_reset(n),
            ))
            .await
        {
            Ok(_) => answered += 1,
            Err(status) if is_rate_limited(&status) => refused += 1,
            Err(status) => panic!("unexpected {status:?}"),
        }
    }
    assert_eq!((answered, refused), (5, 75), "A's budget is 5 an hour");

    let reply = passwords
        .request_password_reset(from_visitor(
            &front_end,
            Some("198.51.100.9"),
            reset(&address, MARIO),
        ))
        .await
        .expect("B's real reset is not refused")
        .into_inner();
    assert_eq!(reply.masked_email, "rs*****");
    let links = app
        .scalar_i64("SELECT COUNT(*) FROM password_tokens WHERE purpose = 'RESET'")
        .await;
    assert_eq!(links, 1, "B's reset link was issued");
}

/// The visitor header of a key that is not a front end is ignored: its calls spend the peer's
/// budget whatever they claim. From a front end, the header is validated and obeyed.
async fn the_visitor_header_counts_only_from_a_front_end(app: TestApp) {
    let plain = app.key(Role::SelfService, None).await;
    let front_end = front_end_key(&app).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());

    let claims = [
        "not an address",
        "10.0.0.1",
        "10.0.0.2",
        "10.0.0.3",
        "10.0.0.4",
    ];
    for (n, claim) in (0..).zip(claims) {
        passwords
            .request_password_reset(from_visitor(&plain, Some(claim), random_reset(n)))
            .await
            .expect("within the peer's budget; the header is ignored");
    }
    let refused = passwords
        .request_password_reset(from_visitor(&plain, Some("10.0.0.5"), random_reset(10)))
        .await
        .expect_err("the peer's budget is spent, whatever the header says");
    assert!(is_rate_limited(&refused));

    let invalid = passwords
        .request_password_reset(from_visitor(
            &front_end,
            Some("not an address"),
            random_reset(11),
        ))
        .await
        .expect_err("a front end must forward an IP address");
    assert_eq!(bad_fields(&invalid), [VISITOR]);
    passwords
        .request_password_reset(from_visitor(
            &front_end,
            Some("2001:db8::7"),
            random_reset(12),
        ))
        .await
        .expect("the forwarded visitor has its own budget");
    let unforwarded = passwords
        .request_password_reset(from_visitor(&front_end, None, random_reset(13)))
        .await
        .expect_err("without the header, a front end's call spends the peer's budget");
    assert!(is_rate_limited(&unforwarded));
}

/// `GET /metrics` over a plain HTTP/1.1 connection; the value of `name`.
async fn metric(app: &TestApp, name: &str) -> u64 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.metrics.expect("metrics served");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: pecd\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    assert!(
        response.contains(&format!("# TYPE {name} counter")),
        "{response}"
    );
    response
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {name} in {response}"))
}

/// Past the key's ceiling (3 here), calls go on and each one counts in the alarm metric.
async fn a_keys_ceiling_raises_the_alarm_and_refuses_nothing(app: TestApp) {
    let front_end = front_end_key(&app).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());
    assert_eq!(metric(&app, "pecd_rate_ceiling_crossings_total").await, 0);
    for n in 0..8u32 {
        let visitor = format!("192.0.2.{n}");
        passwords
            .request_password_reset(from_visitor(&front_end, Some(&visitor), random_reset(n)))
            .await
            .expect("a key's ceiling never refuses");
    }
    assert_eq!(metric(&app, "pecd_rate_ceiling_crossings_total").await, 5);
}

/// Many calls of one visitor at once never get more than its budget between them.
async fn concurrent_resets_stay_within_a_visitors_budget(app: TestApp) {
    let front_end = front_end_key(&app).await;
    let calls = (0..24u32).map(|n| {
        let mut passwords = PasswordServiceClient::new(app.channel.clone());
        let request = from_visitor(&front_end, Some("203.0.113.99"), random_reset(n));
        tokio::spawn(async move { passwords.request_password_reset(request).await })
    });
    let mut answered = 0;
    for call in futures::future::join_all(calls).await {
        match call.expect("task") {
            Ok(_) => answered += 1,
            Err(status) => assert!(is_rate_limited(&status)),
        }
    }
    assert_eq!(answered, 5, "exactly the visitor's budget");
}

/// StartContactChange: visitor A's misses spend only A's budget; visitor B (forwarded in the
/// request's `remote_ip`, which a front end may use instead of the header) starts a change.
async fn contact_starts_are_budgeted_per_visitor(app: TestApp) {
    let address = active_mario(&app).await;
    let front_end = front_end_key(&app).await;
    let mut contact = ContactChangeServiceClient::new(app.channel.clone());
    let start = |address: &str, cf: &str, remote_ip: &str| StartContactChangeRequest {
        mailbox_address: address.to_owned(),
        codice_fiscale: cf.to_owned(),
        remote_ip: remote_ip.to_owned(),
        ..Default::default()
    };
    let mut refused = 0;
    for n in 0..10u32 {
        let request = start(
            &format!("utente.{n}@tsrm-pstrp.org"),
            &cf("Bianchi", "Luca", n),
            "",
        );
        let status = contact
            .start_contact_change(from_visitor(&front_end, Some("203.0.113.7"), request))
            .await
            .expect_err("no such holder, or A's budget spent");
        if status.code() == Code::ResourceExhausted {
            assert!(is_rate_limited(&status));
            refused += 1;
        } else {
            assert_eq!(bad_fields(&status), ["mailbox_address"]);
        }
    }
    assert_eq!(refused, 7, "A's budget is 3 an hour");
    let started = contact
        .start_contact_change(from_visitor(
            &front_end,
            None,
            start(&address, MARIO, "198.51.100.9"),
        ))
        .await
        .expect("B starts a change")
        .into_inner();
    assert!(started.change.is_some());
}

/// Code sends: visitor A's sends across two changes stop at A's budget (2 an hour), whatever
/// the change; visitor B's send on its own change still goes out.
async fn contact_codes_are_budgeted_per_visitor(app: TestApp) {
    let address = active_mario(&app).await;
    let front_end = front_end_key(&app).await;
    let mut contact = ContactChangeServiceClient::new(app.channel.clone());
    let set_email = |wizard: &Wizard, email: &str| SetRecoveryEmailRequest {
        change_id: wizard.id.clone(),
        change_secret: wizard.secret.clone(),
        recovery_email: email.to_owned(),
    };
    let first = Wizard::through_documents(&app, &address).await;
    let second = Wizard::through_documents(&app, &address).await;
    let own = Wizard::through_documents(&app, &address).await;
    let a = Some("203.0.113.7");
    contact
        .set_recovery_email(from_visitor(
            &front_end,
            a,
            set_email(&first, "uno@example.com"),
        ))
        .await
        .expect("A's first code");
    contact
        .set_recovery_email(from_visitor(
            &front_end,
            a,
            set_email(&second, "due@example.com"),
        ))
        .await
        .expect("A's second code, on another change");
    let resend = |wizard: &Wizard| ResendVerificationCodeRequest {
        change_id: wizard.id.clone(),
        change_secret: wizard.secret.clone(),
    };
    let refused = contact
        .resend_verification_code(from_visitor(&front_end, a, resend(&first)))
        .await
        .expect_err("A's budget is spent");
    assert!(is_rate_limited(&refused));
    let refused = contact
        .set_recovery_email(from_visitor(
            &front_end,
            a,
            set_email(&second, "tre@example.com"),
        ))
        .await
        .expect_err("A's budget is spent, on either change");
    assert!(is_rate_limited(&refused));
    let codes = app
        .scalar_text("SELECT CAST(COUNT(*) AS TEXT) FROM verification_codes")
        .await
        .expect("count");
    assert_eq!(codes, "2", "a refused send stores no code");
    contact
        .set_recovery_email(from_visitor(
            &front_end,
            Some("198.51.100.9"),
            set_email(&own, "quattro@example.com"),
        ))
        .await
        .expect("B's code on its own change");
}

// `keys create --front-end` marks the key (shown by `keys list`), and only a self-service key
// can be a front end.
crate::on_both_backends! {
    async fn the_cli_marks_front_end_keys(app: TestApp) {
        let pecd = |args: &[&str]| {
            std::process::Command::new(env!("CARGO_BIN_EXE_pecd"))
                .args(args)
                .env("PEC_DATABASE_URL", &app.database_url)
                .env("RUST_LOG", "warn")
                .output()
                .expect("run pecd")
        };
        let created = pecd(&[
            "keys", "create", "--role", "self_service", "--front-end", "--name", "Sito",
        ]);
        assert!(created.status.success(), "{created:?}");
        let stdout = String::from_utf8_lossy(&created.stdout).into_owned();
        let secret = stdout.lines().last().expect("the key").to_owned();
        let listed = pecd(&["keys", "list"]);
        let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
        let row = listed.lines().find(|l| l.ends_with("Sito")).expect("the key's row");
        assert_eq!(row.split_whitespace().nth(4), Some("yes"), "{listed}");
        assert!(listed.lines().next().expect("header").contains("front_end"));
        let refused = pecd(&["keys", "create", "--role", "ordine", "--ordine", "TO", "--front-end", "--name", "x"]);
        assert!(!refused.status.success());

        // The forwarded visitor is obeyed from the new key.
        PasswordServiceClient::new(app.channel.clone())
            .request_password_reset(from_visitor(&secret, Some("bad"), random_reset(1)))
            .await
            .expect_err("validated: it is a front end");
    }
}

/// With `--reset-captcha`, a reset needs a solved captcha: its token travels in the
/// `x-pec-captcha-token` header and is checked with the visitor's address; a rejected one is
/// INVALID_ARGUMENT and counts nothing.
async fn reset_captcha_is_checked(backend: Backend) {
    let dir = tempfile::tempdir().expect("temp dir");
    let verdict = r#"{"success": false, "error-codes": ["invalid-input-response"]}"#;
    let (_siteverify, port) = crate::mail::http_recorder(dir.path(), 0, Some(verdict)).await;
    let app = spawn_app_with(backend, move |s| {
        s.captcha_url = Some(format!("http://127.0.0.1:{port}/siteverify"));
        s.captcha_secret = "captcha-secret".to_owned();
        s.password.captcha = true;
    })
    .await;
    let front_end = front_end_key(&app).await;
    let mut request = from_visitor(&front_end, Some("203.0.113.7"), random_reset(1));
    request.metadata_mut().insert(
        "x-pec-captcha-token",
        "token-from-the-widget".parse().expect("value"),
    );
    let refused = PasswordServiceClient::new(app.channel.clone())
        .request_password_reset(request)
        .await
        .expect_err("captcha not solved");
    assert_eq!(bad_fields(&refused), ["x-pec-captcha-token"]);
    let asked: serde_json::Value = eventually(|| async {
        let file = std::fs::read_dir(dir.path())
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "json"))?;
        serde_json::from_slice(&std::fs::read(file).ok()?).ok()
    })
    .await;
    assert_eq!(asked["body"]["response"], "token-from-the-widget");
    assert_eq!(asked["body"]["remoteip"], "203.0.113.7");
    let counted = app.scalar_i64("SELECT COUNT(*) FROM rate_events").await;
    assert_eq!(counted, 0, "a refused captcha spends no budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_captcha_is_checked_sqlite() {
    reset_captcha_is_checked(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_captcha_is_checked_postgres() {
    reset_captcha_is_checked(Backend::Postgres).await;
}
