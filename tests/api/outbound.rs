//! Outbound calls cannot stall the workers: a stuck SMTP server holds only its notification
//! worker, for the send timeout; leases are short and renewed, so a dead process's job runs
//! again soon and a live one's long job never runs twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::net::TcpListener;

use crate::helpers::*;

const MARIO: &str = "RSSMRA80A01H501U";

fn now_ms() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis(),
    )
    .expect("ms")
}

/// An "SMTP server" on 127.0.0.1 that accepts connections and never says a word; counts them.
async fn tarpit() -> (u16, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        // Bounded: a test makes a handful of connections.
        while held.len() < 200 {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            count.fetch_add(1, Ordering::SeqCst);
            held.push(stream);
        }
    });
    (port, accepted, task)
}

/// `GET /metrics` over a plain HTTP/1.1 connection; the body.
async fn scrape(addr: std::net::SocketAddr) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: pecd\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .expect("body")
}

fn metric(body: &str, name: &str) -> u64 {
    body.lines()
        .find_map(|line| line.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name} missing from {body}"))
}

/// An SMTP server that accepts and never greets: provisioning goes on, the stuck delivery
/// keeps its lease while it waits (no second run), fails after the send timeout with its
/// reason, is retried, and each failure is counted.
async fn stalled_smtp_server_stalls_nothing(backend: Backend) {
    let (port, accepted, _tarpit) = tarpit().await;
    let app = spawn_app_with(backend, move |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.worker.send_timeout = Duration::from_secs(4);
        s.worker.lease = Duration::from_millis(900);
        // Three: a free one would take over a stuck delivery whose lease was not renewed.
        s.worker.notification_workers = 3;
        s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
    })
    .await;
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.offered_mailbox(MARIO).await;
    // The assignment email is stuck in the tarpit.
    eventually(|| async { (accepted.load(Ordering::SeqCst) >= 1).then_some(()) }).await;
    let stuck_since = Instant::now();

    // A new request still reaches DA_ACCETTARE at once: provisioning has its own workers.
    let luigi = cf("Verdi", "Luigi", 7);
    app.upsert(member(&luigi, "Luigi", "Verdi", "TO")).await;
    let started = Instant::now();
    app.offered_mailbox(&luigi).await;
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "provisioning waited {:?} behind a stuck SMTP server",
        started.elapsed()
    );

    // Past the 0.9 s lease but before the 4 s timeout: renewed, so never claimed twice.
    let probe = Duration::from_millis(2200);
    if let Some(wait) = probe.checked_sub(stuck_since.elapsed()) {
        tokio::time::sleep(wait).await;
    }
    assert!(stuck_since.elapsed() < Duration::from_millis(3800));
    assert_eq!(
        app.scalar_i64(
            "SELECT COUNT(*) FROM jobs WHERE kind = 'deliver_notification' AND attempts > 1"
        )
        .await,
        0,
        "a job whose worker is alive ran twice"
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM jobs WHERE kind = 'deliver_notification' \
             AND state = 'RUNNING' AND locked_until > {}",
            now_ms()
        ))
        .await,
        2,
        "both stuck deliveries hold a renewed lease"
    );
    assert_eq!(accepted.load(Ordering::SeqCst), 2);

    // After the timeout: failed with its reason, retried, counted.
    let reason = eventually(|| async {
        app.scalar_text("SELECT last_error FROM notifications WHERE last_error IS NOT NULL LIMIT 1")
            .await
    })
    .await;
    assert!(reason.contains("did not finish within 4 s"), "{reason}");
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM notifications WHERE state = 'SENT'")
            .await,
        0
    );
    eventually(|| async { (accepted.load(Ordering::SeqCst) >= 3).then_some(()) }).await;
    let body = scrape(app.metrics.expect("metrics served")).await;
    assert!(
        metric(&body, "pecd_notification_delivery_failures_total") >= 1,
        "{body}"
    );
    assert_eq!(metric(&body, "pecd_job_lease_overruns_total"), 0, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_smtp_server_stalls_nothing_sqlite() {
    stalled_smtp_server_stalls_nothing(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_smtp_server_stalls_nothing_postgres() {
    stalled_smtp_server_stalls_nothing(Backend::Postgres).await;
}

/// A job leased by a process that died runs again as soon as that lease runs out, not before.
async fn dead_workers_job_runs_again_after_its_lease(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.worker.lease = Duration::from_secs(2);
    })
    .await;
    let outbox = app.data_dir().join("outbox").join("email");
    let emails = || {
        std::fs::read_dir(&outbox)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .count()
            })
            .unwrap_or(0)
    };
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.offered_mailbox(MARIO).await;
    eventually(|| async { (emails() == 1).then_some(()) }).await;
    let id = eventually(|| async {
        app.scalar_text("SELECT id FROM notifications WHERE state = 'SENT'")
            .await
    })
    .await;

    // The dead process held the delivery, RUNNING, with a lease that ends in 1.5 s.
    let now = now_ms();
    let lease_end = now + 1500;
    app.execute(&format!(
        "UPDATE notifications SET state = 'PENDING', sent_at = NULL WHERE id = '{id}'"
    ))
    .await;
    app.execute(&format!(
        "INSERT INTO jobs (id, kind, payload, state, attempts, max_attempts, run_at, \
         locked_until, locked_by, last_error, created_at, updated_at) VALUES \
         ('dead-job', 'deliver_notification', \
         '{{\"kind\":\"deliver_notification\",\"id\":\"{id}\"}}', 'RUNNING', 1, 8, {now}, \
         {lease_end}, 'dead-worker', NULL, {now}, {now})"
    ))
    .await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(
        app.scalar_text("SELECT locked_by FROM jobs WHERE id = 'dead-job'")
            .await
            .as_deref(),
        Some("dead-worker"),
        "a live lease was taken over"
    );
    let done_at = eventually(|| async {
        let state = app
            .scalar_text("SELECT state FROM jobs WHERE id = 'dead-job'")
            .await;
        (state.as_deref() == Some("DONE")).then(now_ms)
    })
    .await;
    assert!(done_at >= lease_end, "ran before the lease ended");
    assert!(
        done_at < lease_end + 2000,
        "ran {} ms after the lease ended",
        done_at - lease_end
    );
    assert_eq!(
        app.scalar_i64("SELECT CAST(attempts AS BIGINT) FROM jobs WHERE id = 'dead-job'")
            .await,
        2
    );
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM notifications WHERE id = '{id}' AND state = 'SENT' \
             AND sent_at >= {lease_end}"
        ))
        .await,
        1,
        "the delivery ran again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dead_workers_job_runs_again_after_its_lease_sqlite() {
    dead_workers_job_runs_again_after_its_lease(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dead_workers_job_runs_again_after_its_lease_postgres() {
    dead_workers_job_runs_again_after_its_lease(Backend::Postgres).await;
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// Every file under `dir` (and `dir` itself and its folders) is private.
fn assert_private(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(assert_private(&path));
        } else {
            assert_eq!(mode(&path), 0o600, "{:o} {}", mode(&path), path.display());
            files.push(path);
        }
    }
    files
}

/// A run that wrote the database, an identity image, emails and an SMS leaves only private
/// files: the data folder and every folder in it 0700, every file 0600.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_are_private() {
    use crate::contact::{Wizard, active_mario};
    // As an older version left it: open to every local user.
    let app = spawn_app_with(Backend::Sqlite, |s| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&s.data_dir, std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    })
    .await;
    let data = app.data_dir().to_owned();
    let address = active_mario(&app).await;
    let mut wizard = Wizard::through_documents(&app, &address).await;
    wizard
        .recovery_email("mario.nuovo@example.com")
        .await
        .expect("recovery email");
    let outbox = data.join("outbox").join("email");
    let code = eventually(|| async {
        std::fs::read_dir(&outbox)
            .ok()?
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .filter(|eml| eml.contains("mario.nuovo@example.com"))
            .find_map(|eml| {
                eml.lines()
                    .map(str::trim)
                    .find(|l| l.len() == 6 && l.bytes().all(|b| b.is_ascii_digit()))
                    .map(str::to_owned)
            })
    })
    .await;
    wizard.verify_email(&code).await.expect("code");
    wizard.mobile("347 123 4567").await.expect("mobile");
    wizard.confirm().await.expect("confirm");
    let sms = data.join("outbox").join("sms");
    eventually(|| async {
        std::fs::read_dir(&sms)
            .ok()?
            .filter_map(Result::ok)
            .any(|e| e.path().extension().is_some_and(|x| x == "json"))
            .then_some(())
    })
    .await;

    let files = assert_private(&data);
    let has = |what: &dyn Fn(&std::path::Path) -> bool| files.iter().any(|f| what(f));
    assert!(has(&|f| f.ends_with("pecd.db")), "{files:?}");
    assert!(has(&|f| f.ends_with("pecd.db-wal")), "{files:?}");
    assert!(has(&|f| f.starts_with(data.join("blobs"))), "{files:?}");
    assert!(
        has(&|f| f.extension().is_some_and(|x| x == "eml")),
        "{files:?}"
    );
    assert!(
        has(&|f| f.starts_with(&sms) && f.extension().is_some_and(|x| x == "json")),
        "{files:?}"
    );
}

/// A minimal SMTP server on 127.0.0.1: keeps every message's data, and answers 451 (try
/// again later) after the data of the first message holding a password link, 250 otherwise.
async fn flaky_smtp() -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let messages = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let kept = messages.clone();
    tokio::spawn(async move {
        for _ in 0..50 {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 flaky\r\n").await;
                while let Ok(Some(line)) = lines.next_line().await {
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "DATA" => {
                            let _ = write.write_all(b"354 go on\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(line)) = lines.next_line().await {
                                if line == "." {
                                    break;
                                }
                                data.push_str(&line);
                                data.push('\n');
                            }
                            // Quoted-printable: join soft breaks, decode "=".
                            let data = data.replace("=\n", "").replace("=3D", "=");
                            let mut kept = kept.lock().expect("lock");
                            let first_link = data.contains("token=")
                                && !kept.iter().any(|m| m.contains("token="));
                            kept.push(data);
                            if first_link {
                                b"451 4.3.0 try again later\r\n"
                            } else {
                                b"250 2.0.0 queued\r\n"
                            }
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, messages)
}

fn token_in(data: &str) -> String {
    let start = data.find("token=").expect("a link") + "token=".len();
    data[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The outbox never holds a live password link: a failed attempt leaves none in the table,
/// the retry carries a new link, and only that one works.
async fn retried_email_gets_a_fresh_link(backend: Backend) {
    use pecd::auth::Role;
    use pecd::proto::password_service_client::PasswordServiceClient;
    use pecd::proto::*;
    let (port, messages) = flaky_smtp().await;
    let app = spawn_app_with(backend, move |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        // Long enough to look at the row between the failed attempt and its retry.
        s.worker.backoff_base = Duration::from_millis(1500);
    })
    .await;
    let links_in_table = || async {
        app.scalar_i64(
            "SELECT COUNT(*) FROM notifications WHERE body_text LIKE '%token=%' \
             OR body_html LIKE '%token=%'",
        )
        .await
    };
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.active_mailbox(MARIO).await;

    // The first attempt was refused after the server read the link.
    eventually(|| async {
        app.scalar_text(
            "SELECT last_error FROM notifications \
             WHERE template = 'mailbox_activated' AND state = 'PENDING'",
        )
        .await
    })
    .await;
    assert_eq!(links_in_table().await, 0, "a failed attempt left its link");
    let with_link = || {
        messages
            .lock()
            .expect("lock")
            .iter()
            .filter(|m| m.contains("token="))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(with_link().len(), 1);

    eventually(|| async {
        let sent = app
            .scalar_i64(
                "SELECT COUNT(*) FROM notifications \
                 WHERE template = 'mailbox_activated' AND state = 'SENT'",
            )
            .await;
        (sent == 1).then_some(())
    })
    .await;
    assert_eq!(links_in_table().await, 0, "a sent message kept its link");
    let sent = with_link();
    assert_eq!(sent.len(), 2, "one refused attempt, one delivery");
    let (refused, delivered) = (token_in(&sent[0]), token_in(&sent[1]));
    assert!(delivered.len() >= 43, "{delivered}");
    assert_ne!(refused, delivered, "the retry carries a fresh link");

    let front_end = app.key(Role::SelfService, None).await;
    let mut passwords = PasswordServiceClient::new(app.channel.clone());
    let complete = |token: &str| CompletePasswordResetRequest {
        token: token.into(),
        new_password: "cavallo batteria graffetta corretta".into(),
    };
    let err = passwords
        .complete_password_reset(authed(&front_end, complete(&refused)))
        .await
        .expect_err("the refused attempt's link no longer works");
    assert_eq!(bad_fields(&err), ["token"]);
    passwords
        .complete_password_reset(authed(&front_end, complete(&delivered)))
        .await
        .expect("the delivered link works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retried_email_gets_a_fresh_link_sqlite() {
    retried_email_gets_a_fresh_link(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retried_email_gets_a_fresh_link_postgres() {
    retried_email_gets_a_fresh_link(Backend::Postgres).await;
}
