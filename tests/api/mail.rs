//! Emails reach a real SMTP server; an SMTP outage loses nothing.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use pecd::auth::Role;
use pecd::proto::notification_service_client::NotificationServiceClient;
use pecd::proto::*;
use tokio::io::{AsyncBufReadExt, BufReader};
use tonic::Code;

use crate::helpers::*;
use crate::on_both_backends;

const MARIO: &str = "RSSMRA80A01H501U";

/// A real SMTP server process (tests/smtp_sink.py, aiosmtpd) on a fixed port.
pub struct SmtpSink {
    port: u16,
    dir: PathBuf,
    child: Option<tokio::process::Child>,
}

#[derive(Debug, serde::Deserialize)]
pub struct Received {
    pub rcpt_tos: Vec<String>,
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub html: String,
}

impl SmtpSink {
    pub async fn start(dir: &Path) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let mut sink = Self {
            port,
            dir: dir.to_owned(),
            child: None,
        };
        sink.restart().await;
        sink
    }

    async fn restart(&mut self) {
        let python = std::env::var("PEC_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/smtp_sink.py");
        let mut child = tokio::process::Command::new(python)
            .args([script, "--port", &self.port.to_string(), "--dir"])
            .arg(&self.dir)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start the SMTP sink (needs python3 with aiosmtpd: scripts/test installs it)");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
            .await
            .expect("SMTP sink ready in time")
            .expect("read");
        assert_eq!(
            ready.as_deref(),
            Some("ready"),
            "the SMTP sink did not start"
        );
        self.child = Some(child);
    }

    async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().await.expect("stop the SMTP sink");
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("sink folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| {
                serde_json::from_slice(&std::fs::read(p).expect("read mail")).expect("mail json")
            })
            .collect()
    }

    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        eventually(|| async {
            let got = self.received();
            (got.len() >= count).then_some(got)
        })
        .await
    }
}

pub async fn mail_app(backend: Backend) -> (TestApp, SmtpSink, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sink = SmtpSink::start(dir.path()).await;
    let url = sink.url();
    let app = spawn_app_with(backend, move |s| s.smtp_url = Some(url)).await;
    (app, sink, dir)
}

async fn assignment_email_reaches_the_member(backend: Backend) {
    let (app, sink, _dir) = mail_app(backend).await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.active_mailbox(MARIO).await;

    let mails = sink.wait_for(2).await;
    let pending = &mails[0];
    assert_eq!(pending.rcpt_tos, ["rssmra80a01h501u@example.it"]);
    assert_eq!(
        pending.subject,
        "Casella PEC assegnata: accetta l'assegnazione"
    );
    assert!(
        pending.text.starts_with("Gentile Mario,"),
        "{}",
        pending.text
    );
    assert!(pending.text.contains("mario.rossi@tsrm-pstrp.org"));
    assert!(
        pending
            .text
            .contains("Area Utente – Scheda Anagrafica – Richieste PEC")
    );
    assert!(pending.text.contains("Ordine TSRM e PSTRP di TO"));
    assert!(
        pending
            .html
            .contains("<strong>mario.rossi@tsrm-pstrp.org</strong>")
    );
    assert!(pending.message_id.ends_with("@pec.tsrm-pstrp.org>"));
    assert_eq!(
        mails[1].subject,
        "La tua casella PEC è attiva: imposta la password"
    );

    let operator = app.key(Role::Operator, None).await;
    // The worker marks a message SENT once the SMTP server has accepted it: a moment after
    // the sink holds it.
    let listed = eventually(|| async {
        let listed = NotificationServiceClient::new(app.channel.clone())
            .list_notifications(authed(
                &operator,
                ListNotificationsRequest {
                    state: NotificationState::Sent as i32,
                    ..Default::default()
                },
            ))
            .await
            .expect("list")
            .into_inner()
            .notifications;
        (listed.len() == 2).then_some(listed)
    })
    .await;
    assert!(
        listed
            .iter()
            .any(|n| n.message_id == pending.message_id && n.template == "assignment_pending")
    );
    let ordine = app.key(Role::Ordine, Some("TO")).await;
    let denied = NotificationServiceClient::new(app.channel.clone())
        .list_notifications(authed(&ordine, ListNotificationsRequest::default()))
        .await
        .expect_err("operators only");
    assert_status(&denied, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assignment_email_reaches_the_member_sqlite() {
    assignment_email_reaches_the_member(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assignment_email_reaches_the_member_postgres() {
    assignment_email_reaches_the_member(Backend::Postgres).await;
}

/// The SMTP server goes away mid-run; every message queued meanwhile arrives once it is back.
async fn smtp_outage_loses_nothing(backend: Backend) {
    let (app, mut sink, _dir) = mail_app(backend).await;
    app.ordine("TO", true).await;
    let mut mario = member(MARIO, "Mario", "Rossi", "TO");
    app.upsert(mario.clone()).await;
    let address = app.active_mailbox(MARIO).await.address;
    sink.wait_for(2).await;

    sink.stop().await;
    for status in [
        RegisterStatus::Suspended,
        RegisterStatus::Active,
        RegisterStatus::StruckOff,
    ] {
        mario.register_status = status as i32;
        app.upsert(mario.clone()).await;
    }
    // While the server is down, the messages wait with their error recorded.
    eventually(|| async {
        let waiting = app
            .scalar_i64("SELECT COUNT(*) FROM notifications WHERE state = 'PENDING' AND last_error IS NOT NULL")
            .await;
        (waiting == 3).then_some(())
    })
    .await;
    assert_eq!(sink.received().len(), 2);

    sink.restart().await;
    let mails = sink.wait_for(5).await;
    let subjects: Vec<&str> = mails[2..].iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects.len(), 3);
    for wanted in [
        "Casella PEC sospesa",
        "Casella PEC riattivata",
        "Casella PEC: chiusura programmata",
    ] {
        assert!(
            subjects.contains(&wanted),
            "{wanted} missing from {subjects:?}"
        );
    }
    let closure = mails
        .iter()
        .find(|m| m.subject == "Casella PEC: chiusura programmata")
        .expect("closure notice");
    assert!(closure.text.contains(&address));
    let mut ids: Vec<&str> = mails.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5, "nothing sent twice");
    eventually(|| async {
        let sent = app
            .scalar_i64("SELECT COUNT(*) FROM notifications WHERE state = 'SENT'")
            .await;
        (sent == 5).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sink.received().len(), 5, "no late duplicates");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_outage_loses_nothing_sqlite() {
    smtp_outage_loses_nothing(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_outage_loses_nothing_postgres() {
    smtp_outage_loses_nothing(Backend::Postgres).await;
}

/// After the last try a message is FAILED and visible; an operator's retry delivers it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_notification_can_be_retried() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sink = SmtpSink::start(dir.path()).await;
    sink.stop().await;
    let url = sink.url();
    let app = spawn_app_with(Backend::Sqlite, move |s| {
        s.smtp_url = Some(url);
        s.worker.backoff_base = Duration::from_millis(10);
        s.worker.backoff_max = Duration::from_millis(40);
    })
    .await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.offered_mailbox(MARIO).await;
    let operator = app.key(Role::Operator, None).await;
    let mut client = NotificationServiceClient::new(app.channel.clone());
    let failed = eventually(|| {
        let mut client = client.clone();
        let operator = operator.clone();
        async move {
            let list = client
                .list_notifications(authed(
                    &operator,
                    ListNotificationsRequest {
                        state: NotificationState::Failed as i32,
                        ..Default::default()
                    },
                ))
                .await
                .expect("list")
                .into_inner()
                .notifications;
            list.into_iter().next()
        }
    })
    .await;
    assert_eq!(failed.attempts, 8);
    assert!(!failed.last_error.is_empty());

    sink.restart().await;
    let retried = client
        .retry_notification(authed(
            &operator,
            RetryNotificationRequest {
                id: failed.id.clone(),
            },
        ))
        .await
        .expect("retry")
        .into_inner()
        .notification
        .expect("notification");
    assert_eq!(retried.state, NotificationState::Pending as i32);
    let mails = sink.wait_for(1).await;
    assert_eq!(
        mails[0].message_id, failed.message_id,
        "the same message, same Message-ID"
    );
    let again = client
        .retry_notification(authed(
            &operator,
            RetryNotificationRequest { id: failed.id },
        ))
        .await;
    if let Err(err) = again {
        assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
    }
}

/// Without SMTP, messages are written as .eml files under the data folder.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_outbox_writes_eml_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outbox = dir.path().join("outbox").join("email");
    let data = dir.path().to_owned();
    let app = spawn_app_with(Backend::Sqlite, move |s| s.data_dir = data).await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.offered_mailbox(MARIO).await;
    let file = eventually(|| async {
        std::fs::read_dir(&outbox)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "eml"))
    })
    .await;
    let eml = std::fs::read_to_string(file).expect("eml");
    assert!(eml.contains("To: rssmra80a01h501u@example.it"), "{eml}");
    assert!(eml.contains("Message-ID: <"));
    assert!(eml.contains("Subject:"));
}

/// A real HTTP server (tests/http_recorder.py) standing in for the SMS gateway: it writes
/// every POST it receives as a JSON file in `dir`, answering 503 to the first `fail`.
pub async fn sms_gateway(dir: &Path, fail: u32) -> (tokio::process::Child, u16) {
    http_recorder(dir, fail, None).await
}

/// The same recorder answering every request with `reply` (JSON).
pub async fn http_recorder(
    dir: &Path,
    fail: u32,
    reply: Option<&str>,
) -> (tokio::process::Child, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let python = std::env::var("PEC_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/http_recorder.py");
    let mut gateway = tokio::process::Command::new(python)
        .args([
            script,
            "--port",
            &port.to_string(),
            "--fail",
            &fail.to_string(),
            "--dir",
        ])
        .arg(dir)
        .args(reply.map(|r| vec!["--reply", r]).unwrap_or_default())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start the HTTP recorder");
    let mut lines = BufReader::new(gateway.stdout.take().expect("stdout")).lines();
    let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
        .await
        .expect("ready")
        .expect("read");
    assert_eq!(ready.as_deref(), Some("ready"));
    (gateway, port)
}

/// SMS go to the HTTP gateway as JSON with the bearer token, retried through its outages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sms_reach_the_http_gateway() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_gateway, port) = sms_gateway(dir.path(), 2).await;

    let app = spawn_app_with(Backend::Sqlite, move |s| {
        s.sms_gateway_url = Some(format!("http://127.0.0.1:{port}/v1/sms"));
        s.sms_gateway_token = "gateway-secret".to_owned();
    })
    .await;
    let txn = app.db.begin().await.expect("txn");
    pecd::notify::queue_sms(
        &*txn,
        "verification_code",
        "Il tuo codice di verifica è 123456.",
        "+393471234567",
        pecd::notify::Related {
            kind: "test",
            id: "1",
        },
        true,
    )
    .await
    .expect("queue");
    txn.commit().await.expect("commit");

    let file = eventually(|| async {
        std::fs::read_dir(dir.path())
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "json"))
    })
    .await;
    let got: serde_json::Value =
        serde_json::from_slice(&std::fs::read(file).expect("read")).expect("json");
    assert_eq!(got["path"], "/v1/sms");
    assert_eq!(got["authorization"], "Bearer gateway-secret");
    assert_eq!(got["body"]["to"], "+393471234567");
    assert_eq!(got["body"]["text"], "Il tuo codice di verifica è 123456.");
    assert_eq!(got["idempotency_key"], got["body"]["id"]);
    eventually(|| async {
        let sent = app
            .scalar_i64("SELECT COUNT(*) FROM notifications WHERE state = 'SENT' AND attempts = 3 AND body_text NOT LIKE '%123456%'")
            .await;
        (sent == 1).then_some(())
    })
    .await;
}

// A job row of a kind this build does not know is failed with its reason, and the jobs behind
// it still run; a notification in an unknown state is an error, never another state.
on_both_backends! {
    async fn unknown_values_in_rows_are_errors(app: TestApp) {
        app.execute(
            "INSERT INTO jobs (id, kind, payload, state, attempts, max_attempts, run_at, \
             created_at, updated_at) VALUES ('00000000-retired', 'retired_kind', '{}', \
             'PENDING', 0, 8, 0, 0, 0)",
        )
        .await;
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        app.offered_mailbox(MARIO).await;
        eventually(|| async {
            let sent = app
                .scalar_i64("SELECT COUNT(*) FROM notifications WHERE state = 'SENT'")
                .await;
            (sent >= 1).then_some(())
        })
        .await;
        assert_eq!(
            app.scalar_text("SELECT state FROM jobs WHERE id = '00000000-retired'")
                .await
                .as_deref(),
            Some("FAILED")
        );
        let reason = app
            .scalar_text("SELECT last_error FROM jobs WHERE id = '00000000-retired'")
            .await
            .unwrap_or_default();
        assert!(reason.starts_with("unreadable row"), "{reason}");

        // A notification on a channel this build does not know fails its delivery at once.
        app.execute(
            "INSERT INTO notifications (id, channel, template, recipient, body_text, message_id, \
             state, attempts, created_at, updated_at, sensitive) VALUES ('fax-1', 'FAX', 't', \
             '+390000', 'x', '<fax-1@x>', 'PENDING', 0, 0, 0, FALSE)",
        )
        .await;
        app.execute(
            "INSERT INTO jobs (id, kind, payload, state, attempts, max_attempts, run_at, \
             created_at, updated_at) VALUES ('00000001-fax', 'deliver_notification', \
             '{\"kind\":\"deliver_notification\",\"id\":\"fax-1\"}', 'PENDING', 0, 8, 0, 0, 0)",
        )
        .await;
        let reason = eventually(|| async {
            app.scalar_text(
                "SELECT last_error FROM jobs WHERE id = '00000001-fax' AND state = 'FAILED'",
            )
            .await
        })
        .await;
        assert!(reason.contains("unreadable notification"), "{reason}");
        // Given up on the first try, not retried.
        assert_eq!(
            app.scalar_i64("SELECT COUNT(*) FROM jobs WHERE id = '00000001-fax' AND attempts = 1")
                .await,
            1
        );

        app.execute("UPDATE notifications SET state = 'ARCHIVED'").await;
        let operator = app.key(Role::Operator, None).await;
        let listed = NotificationServiceClient::new(app.channel.clone())
            .list_notifications(authed(&operator, ListNotificationsRequest::default()))
            .await
            .expect_err("an unknown state is not listed as another");
        assert_eq!(listed.code(), Code::Internal);
    }
}
