//! The `pecd` binary: key management and serving until SIGTERM.

use std::process::Command;
use std::time::Duration;

use pecd::proto::*;
use tonic::Code;

use crate::helpers::*;

fn pecd(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args(args)
        .env("PEC_DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run pecd")
}

fn stdout(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "pecd failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn keys_cli(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.key_usage_interval = Duration::from_millis(100);
    })
    .await;
    app.ordine("TO", true).await;

    let created = stdout(&pecd(
        &app.database_url,
        &[
            "keys",
            "create",
            "--role",
            "ordine",
            "--name",
            "Gestionale TO",
            "--ordine",
            "to",
        ],
    ));
    let secret = created
        .lines()
        .last()
        .expect("key on the last line")
        .trim()
        .to_owned();
    assert!(secret.starts_with("pec_"), "{created}");
    let id = created
        .split_whitespace()
        .nth(2)
        .expect("id after 'created key'")
        .to_owned();

    // Never used yet.
    let fresh = stdout(&pecd(&app.database_url, &["keys", "list"]));
    let line = fresh
        .lines()
        .find(|l| l.contains(&id))
        .expect("the key's line");
    assert!(line.contains("  never  "), "{line}");

    let ordini = app
        .registry()
        .list_ordini(authed(&secret, ListOrdiniRequest::default()))
        .await
        .expect("the new key works")
        .into_inner();
    assert_eq!(ordini.ordini.len(), 1);

    let list = pecd(&app.database_url, &["keys", "list"]);
    let listed = stdout(&list);
    assert!(listed.contains(&id) && listed.contains("Gestionale TO") && listed.contains("TO"));
    assert!(!listed.contains(&secret), "secrets are never listed");
    // When each key was created, and which database the command used (no password shown).
    assert!(
        listed
            .lines()
            .next()
            .is_some_and(|h| h.contains("created (UTC)")),
        "{listed}"
    );
    let today = chrono::Utc::now().format("%Y-%m-%dT").to_string();
    let line = listed
        .lines()
        .find(|l| l.contains(&id))
        .expect("the key's line");
    assert!(line.contains(&today), "{line}");
    // The use is written off the call's path, within the flush interval (100 ms here).
    let mut used_line = line.to_owned();
    for _ in 0..100 {
        if !used_line.contains("  never  ") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        let listed = stdout(&pecd(&app.database_url, &["keys", "list"]));
        used_line = listed
            .lines()
            .find(|l| l.contains(&id))
            .expect("the key's line")
            .to_owned();
    }
    assert!(
        !used_line.contains("  never  ") && used_line.matches(&today).count() == 2,
        "created and last used today: {used_line}"
    );
    assert!(
        listed
            .lines()
            .next()
            .is_some_and(|h| h.contains("last used (UTC)")),
        "{listed}"
    );
    let said = String::from_utf8_lossy(&list.stderr);
    let expected = match backend {
        Backend::Sqlite => "pecd: database SQLite ",
        Backend::Postgres => "pecd: database PostgreSQL ",
    };
    assert!(said.contains(expected), "{said}");
    assert!(
        !said.contains("pecd:pecd@"),
        "no credentials on stderr: {said}"
    );

    stdout(&pecd(&app.database_url, &["keys", "revoke", &id]));
    let err = app
        .registry()
        .list_ordini(authed(&secret, ListOrdiniRequest::default()))
        .await
        .expect_err("revoked");
    assert_eq!(err.code(), Code::Unauthenticated);

    let bad = pecd(
        &app.database_url,
        &["keys", "create", "--role", "ordine", "--name", "x"],
    );
    assert!(!bad.status.success(), "an ordine key needs --ordine");
    let bad = pecd(
        &app.database_url,
        &["keys", "create", "--role", "root", "--name", "x"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown role"));
}

/// Run from a folder without the server's database, `keys` and `export` refuse instead of
/// creating an empty database whose keys the server would never see.
#[test]
fn commands_on_a_missing_database_refuse_to_create_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let data_arg = data.to_str().expect("utf-8 path");
    for args in [
        vec!["keys", "create", "--role", "admin", "--name", "x"],
        vec!["keys", "list"],
        vec!["export", "ini-pec", "--ordine", "TO"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pecd"))
            .args(&args)
            .args(["--data-dir", data_arg])
            .env_remove("PEC_DATABASE_URL")
            .output()
            .expect("run pecd");
        assert!(!out.status.success(), "{args:?} succeeded");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains("no database at") && said.contains("pecd migrate"),
            "{args:?}: {said}"
        );
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", out.stdout);
        assert!(
            !data.join("pecd.db").exists(),
            "{args:?} created a database"
        );
    }
    // `migrate` is how a database is made; then the key is created in it.
    let migrate = Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args(["migrate", "--data-dir", data_arg])
        .env_remove("PEC_DATABASE_URL")
        .output()
        .expect("migrate");
    assert!(migrate.status.success());
    let key = Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args([
            "keys",
            "create",
            "--role",
            "admin",
            "--name",
            "x",
            "--data-dir",
            data_arg,
        ])
        .env_remove("PEC_DATABASE_URL")
        .output()
        .expect("keys create");
    assert!(
        key.status.success(),
        "{}",
        String::from_utf8_lossy(&key.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_cli_sqlite() {
    keys_cli(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_cli_postgres() {
    keys_cli(Backend::Postgres).await;
}

/// `pecd serve` on the default SQLite file under --data-dir, stopped by SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_until_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let data_dir = dir.path().join("data");
    let data = data_dir.to_str().expect("utf-8 path");
    let migrate = Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args(["migrate", "--data-dir", data])
        .output()
        .expect("migrate");
    assert!(migrate.status.success());
    assert!(
        data_dir.join("pecd.db").exists(),
        "default database under --data-dir"
    );
    let key = Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args([
            "keys",
            "create",
            "--role",
            "admin",
            "--name",
            "ops",
            "--data-dir",
            data,
        ])
        .output()
        .expect("key");
    let key = String::from_utf8_lossy(&key.stdout)
        .lines()
        .last()
        .expect("key")
        .to_owned();

    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
            data,
            "--smtp-url",
            "smtp://mailer:s3cret@127.0.0.1:2525",
        ])
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn pecd serve");
    let channel = eventually(|| async {
        tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
            .expect("endpoint")
            .connect()
            .await
            .ok()
    })
    .await;
    pecd::proto::registry_service_client::RegistryServiceClient::new(channel)
        .list_ordini(authed(&key, ListOrdiniRequest::default()))
        .await
        .expect("served");

    let pid = child.id().expect("pid").to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .expect("stops within 15 s")
        .expect("exit status");
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");

    // At start, one line says what the process uses, without secrets; no colour codes
    // when stderr is not a terminal.
    let mut said = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        use tokio::io::AsyncReadExt;
        stderr.read_to_string(&mut said).await.expect("stderr");
    }
    let start = said
        .lines()
        .find(|l| l.contains("pecd listening"))
        .unwrap_or_else(|| panic!("no start line in {said}"));
    for part in [
        "database=SQLite ",
        "pecd.db",
        "data_dir=",
        "email=SMTP smtp://127.0.0.1:2525",
        "sms=files in ",
    ] {
        assert!(start.contains(part), "{part:?} missing from {start}");
    }
    assert!(
        !said.contains("s3cret") && !said.contains("mailer:"),
        "a secret in the log: {said}"
    );
    assert!(
        !said.contains('\u{1b}'),
        "colour codes in a non-terminal log"
    );
}

/// `--help` names the variables but never prints a secret they hold.
#[test]
fn help_prints_no_secret() {
    let secrets = [
        (
            "PEC_DATABASE_URL",
            "postgres://pecd:db-s3cret-pw@db.example/pecd",
        ),
        ("PEC_SMTP_URL", "smtp://mailer:smtp-s3cret-pw@smtp.example"),
        (
            "PEC_SMS_GATEWAY_URL",
            "https://gw.example/send?key=gw-s3cret-url",
        ),
        ("PEC_SMS_GATEWAY_TOKEN", "gw-s3cret-token"),
        ("PEC_CAPTCHA_SECRET", "captcha-s3cret"),
        ("PEC_BLOB_KEYS", "k1:c2VjcmV0LWJsb2Ita2V5LXMzY3JldA=="),
    ];
    for args in [&["--help"][..], &["serve", "--help"][..]] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pecd"));
        command.args(args);
        for (name, value) in secrets {
            command.env(name, value);
        }
        let output = command.output().expect("run pecd");
        let help = stdout(&output);
        assert!(help.contains("PEC_DATABASE_URL"), "{help}");
        for (name, value) in secrets {
            assert!(!help.contains(value), "{args:?} prints {name}: {help}");
        }
        assert!(!help.contains("s3cret"), "{help}");
    }
}
