//! Assignments that are accepted, reminded or retired: the email links the acceptance page,
//! reminders after 7 and 21 days (once each, whoever sweeps), expiry after 60 days (provider
//! account removed, address kept for the member, the Ordine emailed), a new request after it,
//! and acceptance racing expiry. Time: the sweep is given the moment to judge (in process),
//! or `pecd` runs with its test clock moved forward through PEC_TEST_CLOCK_FILE.

use std::time::Duration;

use pecd::activation::{self, AssignmentSettings};
use pecd::auth::Role;
use pecd::proto::*;
use sea_orm::ConnectionTrait;
use tonic::Code;

use crate::helpers::*;
use crate::mail::SmtpSink;

const MARIO: &str = "RSSMRA80A01H501U";
const ADDRESS: &str = "mario.rossi@tsrm-pstrp.org";
const URL: &str = "https://albo.example.it/area-utente/scheda-anagrafica/richieste-pec";
const GUIDE: &str = "Area Utente – Scheda Anagrafica – Richieste PEC";
const DAY: i64 = 24 * 3600 * 1000;

/// Each test once on SQLite and once on PostgreSQL.
macro_rules! both {
    ($($name:ident),+) => {$(
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(Backend::Postgres).await
            }
        }
    )+};
}

both!(
    assignment_email_links_the_acceptance_page,
    reminders_at_7_and_21_days_once_each,
    a_member_who_cannot_accept_is_reminded_once_reinstated,
    expiry_at_60_days_retires_the_assignment_and_a_new_request_starts_again,
    the_test_clock_moves_a_running_pecd_through_reminder_and_expiry
);

fn settings() -> AssignmentSettings {
    AssignmentSettings {
        acceptance_url: Some(URL.to_owned()),
        ..AssignmentSettings::default()
    }
}

async fn app_with_acceptance_page(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| s.assignments = settings()).await
}

/// Ordine TO and Mario, offered his mailbox: the request and when it was offered.
async fn offered(app: &TestApp) -> (ActivationRequest, i64) {
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    let request = app.offered_mailbox(MARIO).await;
    let at = offered_at(app, &request.id).await;
    (request, at)
}

async fn offered_at(app: &TestApp, id: &str) -> i64 {
    app.scalar_i64(&format!(
        "SELECT offered_at FROM activation_requests WHERE id = '{id}'"
    ))
    .await
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.scalar_i64(sql).await
}

async fn assignment_email_links_the_acceptance_page(backend: Backend) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sink = SmtpSink::start(dir.path()).await;
    let url = sink.url();
    let app = spawn_app_with(backend, move |s| {
        s.smtp_url = Some(url);
        s.assignments = settings();
    })
    .await;
    let (_, at) = offered(&app).await;

    let mails = sink.wait_for(1).await;
    let pending = &mails[0];
    assert_eq!(pending.rcpt_tos, ["rssmra80a01h501u@example.it"]);
    assert!(pending.text.contains(GUIDE), "{}", pending.text);
    assert!(
        pending.text.contains(&format!("    {URL}")),
        "{}",
        pending.text
    );
    assert!(pending.html.contains(&format!("<a href=\"{URL}\">")));
    let expires = pecd::notify::italian_date(at + 60 * DAY);
    assert!(
        pending
            .text
            .contains(&format!("Se non la accetti entro il {expires}")),
        "{}",
        pending.text
    );
}

/// Two sweeps (two replicas) at `now`. On PostgreSQL both first queue on the request rows,
/// held by a gate, so they contend for each decision.
async fn two_sweeps_at_once(
    app: &TestApp,
    s: &AssignmentSettings,
    now: i64,
) -> (activation::SweepOutcome, activation::SweepOutcome) {
    let gate = match app.backend {
        Backend::Postgres => {
            let gate = app.db.begin().await.expect("gate");
            gate.execute_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT id FROM activation_requests FOR UPDATE",
            ))
            .await
            .expect("hold the requests");
            Some(gate)
        }
        Backend::Sqlite => None,
    };
    let open_gate = async {
        if let Some(gate) = gate {
            tokio::time::sleep(Duration::from_millis(300)).await;
            gate.commit().await.expect("open the gate");
        }
    };
    let (a, b, ()) = tokio::join!(
        activation::sweep(&app.db, s, now),
        activation::sweep(&app.db, s, now),
        open_gate
    );
    (a.expect("sweep"), b.expect("sweep"))
}

async fn reminders_at_7_and_21_days_once_each(backend: Backend) {
    let app = app_with_acceptance_page(backend).await;
    let (request, at) = offered(&app).await;
    let s = settings();
    let reminders = "SELECT COUNT(*) FROM notifications WHERE template = 'assignment_reminder'";

    // Two sweeps at once (two replicas), at each moment: a reminder is sent once, when due.
    let mut expected = 0;
    for (day, due) in [
        (6, false),
        (7, true),
        (8, false),
        (20, false),
        (21, true),
        (59, false),
    ] {
        let now = at + day * DAY + 60_000;
        let (a, b) = two_sweeps_at_once(&app, &s, now).await;
        assert_eq!(a.expired + b.expired, 0, "day {day}");
        assert_eq!(a.reminded + b.reminded, usize::from(due), "day {day}");
        expected += i64::from(due);
        assert_eq!(count(&app, reminders).await, expected, "day {day}");
    }
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'activation.remind' AND target_id = '{}'",
                request.id
            )
        )
        .await,
        2
    );
    let body = app
        .scalar_text(
            "SELECT body_text FROM notifications WHERE template = 'assignment_reminder' \
             AND recipient = 'rssmra80a01h501u@example.it' ORDER BY created_at LIMIT 1",
        )
        .await
        .expect("a reminder");
    assert!(body.contains(GUIDE), "{body}");
    assert!(body.contains(URL), "{body}");
    assert!(body.contains(ADDRESS), "{body}");
    assert!(
        body.contains(&pecd::notify::italian_date(at + 60 * DAY)),
        "{body}"
    );
    // Still waiting for Mario.
    assert_eq!(
        app.get_request(&request.id).await.state,
        ActivationState::DaAccettare as i32
    );
}

async fn a_member_who_cannot_accept_is_reminded_once_reinstated(backend: Backend) {
    let app = app_with_acceptance_page(backend).await;
    let (_, at) = offered(&app).await;
    let s = settings();
    let mut mario = member(MARIO, "Mario", "Rossi", "TO");
    mario.register_status = RegisterStatus::Suspended as i32;
    app.upsert(mario.clone()).await;
    let day7 = activation::sweep(&app.db, &s, at + 7 * DAY)
        .await
        .expect("sweep");
    assert_eq!(day7.reminded, 0, "a suspended member cannot accept");

    mario.register_status = RegisterStatus::Active as i32;
    app.upsert(mario).await;
    let day9 = activation::sweep(&app.db, &s, at + 9 * DAY)
        .await
        .expect("sweep");
    assert_eq!(day9.reminded, 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM notifications WHERE template = 'assignment_reminder'"
        )
        .await,
        1
    );
}

async fn expiry_at_60_days_retires_the_assignment_and_a_new_request_starts_again(backend: Backend) {
    let app = app_with_acceptance_page(backend).await;
    let (request, at) = offered(&app).await;
    let s = settings();
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM provider_accounts WHERE address = '{ADDRESS}'")
        )
        .await,
        1
    );

    let before = activation::sweep(&app.db, &s, at + 60 * DAY - 1)
        .await
        .expect("sweep");
    assert_eq!(before.expired, 0);
    let (a, b) = two_sweeps_at_once(&app, &s, at + 60 * DAY).await;
    assert_eq!(a.expired + b.expired, 1);

    // The request ends SCADUTA; the mailbox is gone, here and (by its job) at the provider.
    let expired = app.get_request(&request.id).await;
    assert_eq!(expired.state, ActivationState::Scaduta as i32);
    let gone = app
        .mailboxes()
        .get_mailbox(authed(
            &app.admin,
            GetMailboxRequest {
                address: ADDRESS.to_owned(),
            },
        ))
        .await
        .expect_err("removed");
    assert_eq!(gone.code(), Code::NotFound);
    eventually(|| async {
        let left = count(
            &app,
            &format!("SELECT COUNT(*) FROM provider_accounts WHERE address = '{ADDRESS}'"),
        )
        .await;
        (left == 0).then_some(())
    })
    .await;
    // Mario can no longer accept it.
    let late = app
        .activation()
        .accept_assignment(authed(
            &app.admin,
            AcceptAssignmentRequest {
                activation_request_id: request.id.clone(),
                codice_fiscale: MARIO.to_owned(),
            },
        ))
        .await
        .expect_err("expired");
    assert_eq!(late.code(), Code::FailedPrecondition);
    // The Ordine is told at its PEC address, and the trail says so.
    let told = app
        .scalar_text(
            "SELECT body_text FROM notifications WHERE template = 'assignment_expired' \
             AND recipient = 'ordine.to@pec.tsrm.org'",
        )
        .await
        .expect("the Ordine's email");
    assert!(told.contains(ADDRESS), "{told}");
    assert!(told.contains(MARIO), "{told}");
    assert!(told.contains("entro 60 giorni"), "{told}");
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'activation.scaduta' AND target_id = '{}'",
                request.id
            )
        )
        .await,
        1
    );
    // The change feed announces it, in the same transaction.
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM events WHERE kind = 'ACTIVATION_REQUEST_EXPIRED' \
                 AND resource_id = '{}' AND ordine_code = 'TO'",
                request.id
            )
        )
        .await,
        1
    );

    // The address stays Mario's: a homonym gets the next one.
    let homonym = cf("Rossi", "Mario", 77);
    app.upsert(member(&homonym, "Mario", "Rossi", "TO")).await;
    let other = app.offered_mailbox(&homonym).await;
    assert_eq!(other.mailbox_address, "mario.rossi2@tsrm-pstrp.org");
    assert_eq!(
        app.scalar_text(&format!(
            "SELECT codice_fiscale FROM mailbox_addresses WHERE address = '{ADDRESS}'"
        ))
        .await
        .as_deref(),
        Some(MARIO)
    );

    // The Ordine asks again: Mario gets the same address, created anew, and accepts it.
    let ordine = app.key(Role::Ordine, Some("TO")).await;
    let again = app
        .activation()
        .create_activation_request(authed(
            &ordine,
            CreateActivationRequestRequest {
                codice_fiscale: MARIO.to_owned(),
                ..Default::default()
            },
        ))
        .await
        .expect("a new request")
        .into_inner()
        .activation_request
        .expect("request");
    assert_eq!(again.mailbox_address, ADDRESS);
    app.wait_for_request_state(&again.id, ActivationState::DaAccettare)
        .await;
    assert!(offered_at(&app, &again.id).await >= at);
    let accepted = app
        .activation()
        .accept_assignment(authed(
            &app.admin,
            AcceptAssignmentRequest {
                activation_request_id: again.id.clone(),
                codice_fiscale: MARIO.to_owned(),
            },
        ))
        .await
        .expect("accept")
        .into_inner();
    assert_eq!(
        accepted.mailbox.expect("mailbox").state,
        MailboxState::Attivo as i32
    );
    eventually(|| async {
        let state = app
            .scalar_text(&format!(
                "SELECT state FROM provider_accounts WHERE address = '{ADDRESS}'"
            ))
            .await;
        (state.as_deref() == Some("ATTIVO")).then_some(())
    })
    .await;
}

/// The member accepts while the expiry runs: exactly one of them wins, every time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acceptance_racing_expiry_has_one_winner_on_postgres() {
    // A connection for every caller and the gate: none waits for the pool, only for the rows.
    let app = spawn_app_with(Backend::Postgres, |s| {
        s.assignments = settings();
        s.db_max_connections = Some(20);
    })
    .await;
    app.ordine("TO", true).await;
    let s = settings();
    let mut offers = Vec::new();
    for i in 0..8 {
        let code = cf("Verdi", "Anna", i);
        app.upsert(member(&code, "Anna", "Verdi", "TO")).await;
        let request = app.offered_mailbox(&code).await;
        let at = offered_at(&app, &request.id).await;
        offers.push((code, request, at));
    }
    // Both callers queue on the request rows held by a gate, half with the member first and
    // half with the expiry first; the gate opens and each pair is decided under contention.
    let gate = app.db.begin().await.expect("gate");
    gate.execute_raw(sea_orm::Statement::from_string(
        sea_orm::DbBackend::Postgres,
        "SELECT id FROM activation_requests FOR UPDATE",
    ))
    .await
    .expect("hold the requests");
    let stagger = Duration::from_millis(300);
    let races = offers.iter().enumerate().map(|(i, (code, request, at))| {
        let app = &app;
        let s = &s;
        let member_first = i % 2 == 0;
        async move {
            let mut client = app.activation();
            let accept = async {
                if !member_first {
                    tokio::time::sleep(stagger).await;
                }
                client
                    .accept_assignment(authed(
                        &app.admin,
                        AcceptAssignmentRequest {
                            activation_request_id: request.id.clone(),
                            codice_fiscale: code.clone(),
                        },
                    ))
                    .await
            };
            let expire = async {
                if member_first {
                    tokio::time::sleep(stagger).await;
                }
                activation::expire(&app.db, &request.id, s, at + 60 * DAY).await
            };
            let (accepted, expired) = tokio::join!(accept, expire);
            (request.clone(), accepted, expired.expect("expire"))
        }
    });
    let open_gate = async {
        tokio::time::sleep(stagger * 3).await;
        gate.commit().await.expect("open the gate");
    };
    let (outcomes, ()) = tokio::join!(futures::future::join_all(races), open_gate);
    let won = outcomes.iter().filter(|(_, a, _)| a.is_ok()).count();
    assert!(
        won > 0 && won < outcomes.len(),
        "each side should win some races: the member won {won} of {}",
        outcomes.len()
    );
    for (request, accepted, expired) in outcomes {
        let state = app.get_request(&request.id).await.state;
        match accepted {
            Ok(_) => {
                assert!(!expired, "both won for {}", request.id);
                assert_eq!(state, ActivationState::Accettata as i32);
                let mailbox = app.get_mailbox(&request.mailbox_address).await;
                assert_eq!(mailbox.state, MailboxState::Attivo as i32);
            }
            Err(status) => {
                assert_eq!(status.code(), Code::FailedPrecondition, "{status:?}");
                assert!(expired, "neither won for {}", request.id);
                assert_eq!(state, ActivationState::Scaduta as i32);
            }
        }
    }
}

/// `pecd serve` with PEC_TEST_CLOCK_FILE: moving its clock 7 days on sends the first reminder,
/// 61 days on expires the assignment, through its own periodic sweep.
async fn the_test_clock_moves_a_running_pecd_through_reminder_and_expiry(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let clock = dir.path().join("clock");
    std::fs::write(&clock, "0").expect("clock file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let _child = tokio::process::Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("PEC_DATABASE_URL", &url)
        .env("PEC_DATA_DIR", dir.path())
        .env("PEC_TEST_CLOCK_FILE", &clock)
        .env("PEC_ACCEPTANCE_URL", URL)
        .env("PEC_ASSIGNMENT_SWEEP_SECS", "1")
        .env("PEC_WORKER_POLL_MS", "20")
        .env("PEC_DB_MAX_CONNECTIONS", "4")
        .env("RUST_LOG", "error")
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
    let db = pecd::db::Db::connect(&url).await.expect("database");
    let admin = pecd::auth::keys::create(&db, Role::Admin, "test admin", None)
        .await
        .expect("admin key")
        .secret;
    let mut registry =
        pecd::proto::registry_service_client::RegistryServiceClient::new(channel.clone());
    registry
        .create_ordine(authed(
            &admin,
            CreateOrdineRequest {
                request_id: String::new(),
                ordine: Some(Ordine {
                    code: "TO".to_owned(),
                    name: "Ordine TSRM e PSTRP di TO".to_owned(),
                    pec_address: "ordine.to@pec.tsrm.org".to_owned(),
                    adheres_to_convention: true,
                    convention_since: "2024-01-01".to_owned(),
                    ..Default::default()
                }),
            },
        ))
        .await
        .expect("Ordine");
    registry
        .upsert_member(authed(
            &admin,
            UpsertMemberRequest {
                request_id: String::new(),
                member: Some(member(MARIO, "Mario", "Rossi", "TO")),
            },
        ))
        .await
        .expect("member");
    let mut activation =
        pecd::proto::activation_service_client::ActivationServiceClient::new(channel);
    let request = activation
        .create_activation_request(authed(
            &admin,
            CreateActivationRequestRequest {
                codice_fiscale: MARIO.to_owned(),
                ..Default::default()
            },
        ))
        .await
        .expect("request")
        .into_inner()
        .activation_request
        .expect("request");
    let state_of = |state: ActivationState| {
        let activation = activation.clone();
        let admin = admin.clone();
        let id = request.id.clone();
        async move {
            eventually(|| {
                let mut activation = activation.clone();
                let request = authed(&admin, GetActivationRequestRequest { id: id.clone() });
                async move {
                    let got = activation
                        .get_activation_request(request)
                        .await
                        .expect("get")
                        .into_inner()
                        .activation_request
                        .expect("request");
                    (got.state == state as i32).then_some(())
                }
            })
            .await
        }
    };
    state_of(ActivationState::DaAccettare).await;
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            let sql = sql.replace("COUNT(*)", "CAST(COUNT(*) AS BIGINT)");
            db.conn()
                .query_one_raw(sea_orm::Statement::from_string(db.backend(), sql))
                .await
                .expect("query")
                .expect("row")
                .try_get_by_index::<i64>(0)
                .expect("count")
        }
    };
    let reminders = "SELECT COUNT(*) FROM notifications WHERE template = 'assignment_reminder'";
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(count(reminders).await, 0, "nothing due on day 0");

    std::fs::write(&clock, (7 * DAY + 60_000).to_string()).expect("move the clock");
    eventually(|| async { (count(reminders).await == 1).then_some(()) }).await;

    std::fs::write(&clock, (61 * DAY).to_string()).expect("move the clock");
    state_of(ActivationState::Scaduta).await;
    eventually(|| async {
        let left = count("SELECT COUNT(*) FROM provider_accounts").await;
        let told = count(
            "SELECT COUNT(*) FROM notifications WHERE template = 'assignment_expired' AND state = 'SENT'",
        )
        .await;
        (left == 0 && told == 1).then_some(())
    })
    .await;
    // Expiry sends no reminder of its own.
    assert_eq!(count(reminders).await, 1);
    db.close().await;
}
