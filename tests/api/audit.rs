//! The audit trail, readable: `AuditService.ListAuditEvents` (filters, order, pages, Ordine
//! scoping), the security events of refused calls (each kind, and the bound under a flood),
//! append-only storage and the retention job.

use std::collections::HashSet;
use std::time::Duration;

use pecd::auth::{Role, keys};
use pecd::proto::audit_service_client::AuditServiceClient;
use pecd::proto::password_service_client::PasswordServiceClient;
use pecd::proto::*;
use sea_orm::{ConnectionTrait, Statement};
use tonic::Code;
use tonic::transport::Channel;

use crate::helpers::{
    Backend, TestApp, assert_status, authed, cf, eventually, member, spawn_app_with,
};

/// Both backends, on an app whose security events are written every 100 ms and whose
/// password resets answer at once and allow one request per visitor.
macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name(super::app(super::Backend::Sqlite).await).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name(super::app(super::Backend::Postgres).await).await
                }
            }
        )+
    };
}

on_both!(
    filters_narrow_and_the_newest_come_first,
    pages_cover_every_entry_once,
    an_ordine_key_reads_its_own_ordine_only,
    refused_calls_are_security_events,
    a_flood_of_refused_calls_writes_a_bounded_number_of_rows,
    the_trail_is_append_only_and_retention_deletes_only_older_entries,
    the_migration_gives_existing_entries_their_ordine,
);

async fn app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| {
        s.audit.security_window = Duration::from_millis(100);
        s.password.min_response = Duration::ZERO;
        s.password.per_visitor.max = 1;
    })
    .await
}

fn audit(app: &TestApp) -> AuditServiceClient<Channel> {
    AuditServiceClient::new(app.channel.clone())
}

/// A key of `role`: (id, secret).
async fn key(app: &TestApp, role: Role, ordine: Option<&str>) -> (String, String) {
    let created = keys::create(&app.db, role, &format!("audit test {role}"), ordine)
        .await
        .expect("create key");
    (created.id, created.secret)
}

/// Every entry matching `req`, page by page (`page_size` per page).
async fn all_events(app: &TestApp, key: &str, req: ListAuditEventsRequest) -> Vec<AuditEvent> {
    let mut events = Vec::new();
    let mut token = String::new();
    loop {
        let page = audit(app)
            .list_audit_events(authed(
                key,
                ListAuditEventsRequest {
                    page_token: token.clone(),
                    ..req.clone()
                },
            ))
            .await
            .expect("list audit events")
            .into_inner();
        events.extend(page.events);
        if page.next_page_token.is_empty() {
            return events;
        }
        token = page.next_page_token;
    }
}

fn millis(event: &AuditEvent) -> i64 {
    let t = event.time.expect("time");
    t.seconds * 1000 + i64::from(t.nanos / 1_000_000)
}

fn details(event: &AuditEvent) -> serde_json::Value {
    serde_json::from_str(&event.details_json).expect("details are JSON")
}

async fn filters_narrow_and_the_newest_come_first(app: TestApp) {
    app.ordine("TO", true).await;
    let mario = cf("Rossi", "Mario", 1);
    app.upsert(member(&mario, "Mario", "Rossi", "TO")).await;
    let address = app.active_mailbox(&mario).await.address;
    let (to_id, to_key) = key(&app, Role::Ordine, Some("TO")).await;
    let before_suspension = pecd::db::now_ms();
    tokio::time::sleep(Duration::from_millis(5)).await;
    app.mailboxes()
        .suspend_mailbox(authed(
            &to_key,
            SuspendMailboxRequest {
                address: address.clone(),
                note: "quota non versata".to_owned(),
            },
        ))
        .await
        .expect("suspend");

    let everything = all_events(&app, &app.admin, ListAuditEventsRequest::default()).await;
    assert!(everything.len() >= 5, "{everything:?}");
    // Each entry names its target's Ordine; only the admin key (of no Ordine) has none.
    for event in &everything {
        let admin_key =
            event.target_type == AuditTargetType::ApiKey as i32 && event.target_id != to_id;
        let expected = if admin_key { "" } else { "TO" };
        assert_eq!(event.ordine_code, expected, "{event:?}");
    }
    for pair in everything.windows(2) {
        assert!(millis(&pair[0]) >= millis(&pair[1]), "newest first");
    }

    // "Who suspended this mailbox, and when": target and action.
    let suspended = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            target_type: AuditTargetType::Mailbox as i32,
            target_id: address.to_uppercase(),
            action: "mailbox.suspend".to_owned(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(suspended.len(), 1, "{suspended:?}");
    let entry = &suspended[0];
    assert_eq!(entry.actor_key_id, to_id);
    assert_eq!(entry.actor_key_role, "ordine");
    assert_eq!(entry.actor_key_name, "audit test ordine");
    assert_eq!(entry.ordine_code, "TO");
    assert_eq!(entry.target_type, AuditTargetType::Mailbox as i32);
    assert!(millis(entry) >= before_suspension);
    assert!(!entry.security_event);

    // Each filter narrows to what it names, and leaves out something the others show.
    let on_mailbox = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            target_type: AuditTargetType::Mailbox as i32,
            target_id: address.clone(),
            ..Default::default()
        },
    )
    .await;
    assert!(on_mailbox.len() >= 2, "created, activated, suspended");
    assert!(on_mailbox.iter().all(|e| e.target_id == address));
    assert!(on_mailbox.len() < everything.len());

    let members = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            target_type: AuditTargetType::Member as i32,
            ..Default::default()
        },
    )
    .await;
    assert!(!members.is_empty());
    assert!(
        members
            .iter()
            .all(|e| e.target_type == AuditTargetType::Member as i32)
    );

    let by_key = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            actor_key_id: to_id.clone(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_key.len(), 1);
    assert_eq!(by_key[0].action, "mailbox.suspend");

    let since = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            start_time: pecd::api::convert::timestamp(before_suspension),
            ..Default::default()
        },
    )
    .await;
    assert!(since.iter().any(|e| e.action == "mailbox.suspend"));
    assert!(since.iter().all(|e| millis(e) >= before_suspension));
    let until = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            end_time: pecd::api::convert::timestamp(before_suspension),
            ..Default::default()
        },
    )
    .await;
    assert!(until.iter().all(|e| millis(e) < before_suspension));
    assert!(until.iter().any(|e| e.action == "ordine.create"));
    assert_eq!(
        since.len() + until.len(),
        everything.len(),
        "the two ranges split the trail"
    );

    let by_ordine = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            ordine_code: "to".to_owned(),
            ..Default::default()
        },
    )
    .await;
    assert!(by_ordine.iter().all(|e| e.ordine_code == "TO"));
    assert!(by_ordine.iter().any(|e| e.action == "ordine.create"));

    let bad = audit(&app)
        .list_audit_events(authed(
            &app.admin,
            ListAuditEventsRequest {
                target_id: address.clone(),
                ..Default::default()
            },
        ))
        .await
        .expect_err("a target id needs its type");
    assert_eq!(crate::helpers::bad_fields(&bad), ["target_type"]);
}

async fn pages_cover_every_entry_once(app: TestApp) {
    app.ordine("TO", true).await;
    for n in 0..23 {
        app.upsert(member(&cf("Bianchi", "Anna", n), "Anna", "Bianchi", "TO"))
            .await;
    }
    let whole = audit(&app)
        .list_audit_events(authed(
            &app.admin,
            ListAuditEventsRequest {
                page_size: 1000,
                ..Default::default()
            },
        ))
        .await
        .expect("one page")
        .into_inner();
    assert!(whole.next_page_token.is_empty());
    assert_eq!(
        whole.events.len(),
        25,
        "the admin key, an Ordine and 23 members"
    );
    let paged = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            page_size: 5,
            ..Default::default()
        },
    )
    .await;
    let ids: Vec<&str> = paged.iter().map(|e| e.id.as_str()).collect();
    let distinct: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(distinct.len(), ids.len(), "no entry twice");
    let whole_ids: Vec<&str> = whole.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, whole_ids, "the pages are the whole list, in order");

    // A token is bound to its filters.
    let first = audit(&app)
        .list_audit_events(authed(
            &app.admin,
            ListAuditEventsRequest {
                page_size: 5,
                ..Default::default()
            },
        ))
        .await
        .expect("first page")
        .into_inner();
    let refused = audit(&app)
        .list_audit_events(authed(
            &app.admin,
            ListAuditEventsRequest {
                page_size: 5,
                page_token: first.next_page_token,
                action: "member.create".to_owned(),
                ..Default::default()
            },
        ))
        .await
        .expect_err("a token of other filters");
    assert_eq!(crate::helpers::bad_fields(&refused), ["page_token"]);
}

async fn an_ordine_key_reads_its_own_ordine_only(app: TestApp) {
    app.ordine("TO", true).await;
    app.ordine("MI", true).await;
    let anna = cf("Bianchi", "Anna", 1);
    let luca = cf("Verdi", "Luca", 2);
    app.upsert(member(&anna, "Anna", "Bianchi", "TO")).await;
    app.upsert(member(&luca, "Luca", "Verdi", "MI")).await;
    // One SyncMembers batch across both Ordini: one entry per Ordine.
    let synced_to: Vec<String> = (10..13).map(|n| cf("Neri", "Carla", n)).collect();
    let synced_mi: Vec<String> = (20..22).map(|n| cf("Gialli", "Piero", n)).collect();
    let rows: Vec<Member> = synced_to
        .iter()
        .map(|c| member(c, "Carla", "Neri", "TO"))
        .chain(synced_mi.iter().map(|c| member(c, "Piero", "Gialli", "MI")))
        .collect();
    app.registry()
        .sync_members(authed(
            &app.admin,
            tokio_stream::iter(vec![SyncMembersRequest { members: rows }]),
        ))
        .await
        .expect("sync");

    let (_, to_key) = key(&app, Role::Ordine, Some("TO")).await;
    let seen = all_events(&app, &to_key, ListAuditEventsRequest::default()).await;
    assert!(!seen.is_empty());
    assert!(seen.iter().all(|e| e.ordine_code == "TO"), "{seen:?}");
    assert!(seen.iter().any(|e| e.target_id == anna));
    assert!(!seen.iter().any(|e| e.target_id == luca));
    let sync: Vec<&AuditEvent> = seen
        .iter()
        .filter(|e| e.action == "member.sync_create")
        .collect();
    assert_eq!(sync.len(), 1);
    let mut listed: Vec<String> = details(sync[0])["codici_fiscali"]
        .as_array()
        .expect("codici fiscali")
        .iter()
        .map(|c| c.as_str().expect("text").to_owned())
        .collect();
    listed.sort();
    let mut expected = synced_to.clone();
    expected.sort();
    assert_eq!(listed, expected, "only TO's members of the batch");

    // Another Ordine's target: no entry of it (as if it had none).
    let other = all_events(
        &app,
        &to_key,
        ListAuditEventsRequest {
            target_type: AuditTargetType::Member as i32,
            target_id: luca.clone(),
            ..Default::default()
        },
    )
    .await;
    assert!(other.is_empty());
    // Asking for another Ordine's entries outright is refused.
    let denied = audit(&app)
        .list_audit_events(authed(
            &to_key,
            ListAuditEventsRequest {
                ordine_code: "MI".to_owned(),
                ..Default::default()
            },
        ))
        .await
        .expect_err("another Ordine");
    assert_status(&denied, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
    // Admin sees both Ordini's batch entries.
    let both = all_events(
        &app,
        &app.admin,
        ListAuditEventsRequest {
            action: "member.sync_create".to_owned(),
            ..Default::default()
        },
    )
    .await;
    let mut ordini: Vec<&str> = both.iter().map(|e| e.ordine_code.as_str()).collect();
    ordini.sort_unstable();
    assert_eq!(ordini, ["MI", "TO"]);

    for role in [Role::Albo, Role::SelfService] {
        let (_, other_key) = key(&app, role, None).await;
        let refused = audit(&app)
            .list_audit_events(authed(&other_key, ListAuditEventsRequest::default()))
            .await
            .expect_err("not for this role");
        assert_status(&refused, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
    }
    let (_, operator) = key(&app, Role::Operator, None).await;
    let all = all_events(&app, &operator, ListAuditEventsRequest::default()).await;
    assert!(all.iter().any(|e| e.ordine_code == "MI"));
    assert!(all.iter().any(|e| e.ordine_code == "TO"));
}

/// Waits until the security events of `action` are written and returns them.
async fn security_events(app: &TestApp, action: &str) -> Vec<AuditEvent> {
    eventually(|| async {
        let found = all_events(
            app,
            &app.admin,
            ListAuditEventsRequest {
                action: action.to_owned(),
                security_only: true,
                ..Default::default()
            },
        )
        .await;
        (!found.is_empty()).then_some(found)
    })
    .await
}

async fn refused_calls_are_security_events(app: TestApp) {
    app.ordine("TO", true).await;
    app.ordine("MI", true).await;
    let luca = cf("Verdi", "Luca", 2);
    app.upsert(member(&luca, "Luca", "Verdi", "MI")).await;
    let (to_id, to_key) = key(&app, Role::Ordine, Some("TO")).await;
    let (albo_id, albo_key) = key(&app, Role::Albo, None).await;
    let (_, front_end) = key(&app, Role::SelfService, None).await;

    // No key, and an unknown key.
    let no_key = app
        .registry()
        .get_member(tonic::Request::new(GetMemberRequest {
            codice_fiscale: luca.clone(),
        }))
        .await
        .expect_err("no key");
    assert_eq!(no_key.code(), Code::Unauthenticated);
    let forged = "pk_forged_secret_never_stored_0123456789";
    let unknown = app
        .registry()
        .get_member(authed(
            forged,
            GetMemberRequest {
                codice_fiscale: luca.clone(),
            },
        ))
        .await
        .expect_err("unknown key");
    assert_eq!(unknown.code(), Code::Unauthenticated);
    // A role that may not call the method.
    let wrong_role = audit(&app)
        .list_audit_events(authed(&albo_key, ListAuditEventsRequest::default()))
        .await
        .expect_err("albo");
    assert_eq!(wrong_role.code(), Code::PermissionDenied);
    // Another Ordine's member: NOT_FOUND, as a missing one.
    let other = app
        .registry()
        .get_member(authed(
            &to_key,
            GetMemberRequest {
                codice_fiscale: luca.clone(),
            },
        ))
        .await
        .expect_err("another Ordine's member");
    assert_eq!(other.code(), Code::NotFound);
    // A rate limit: one reset request per visitor here.
    let mut passwords = PasswordServiceClient::new(app.channel.clone());
    let reset = || RequestPasswordResetRequest {
        mailbox_address: "nessuno@tsrm-pstrp.org".to_owned(),
        codice_fiscale: luca.clone(),
        partita_iva: String::new(),
    };
    passwords
        .request_password_reset(authed(&front_end, reset()))
        .await
        .expect("within the limit");
    let throttled = passwords
        .request_password_reset(authed(&front_end, reset()))
        .await
        .expect_err("past the limit");
    assert_eq!(throttled.code(), Code::ResourceExhausted);

    let unauthenticated = security_events(&app, "security.unauthenticated").await;
    let calls: u64 = eventually(|| async {
        let events = security_events(&app, "security.unauthenticated").await;
        let calls: u64 = events
            .iter()
            .map(|e| details(e)["count"].as_u64().expect("count"))
            .sum();
        (calls >= 2).then_some(calls)
    })
    .await;
    assert_eq!(calls, 2);
    for event in &unauthenticated {
        assert!(event.security_event);
        assert_eq!(event.target_type, AuditTargetType::Method as i32);
        assert_eq!(event.target_id, "/pec.v1.RegistryService/GetMember");
        assert!(event.actor_key_id.is_empty());
        assert_eq!(details(event)["visitor"], "127.0.0.1");
        assert!(!event.details_json.contains(forged), "no secret recorded");
    }

    let denied = security_events(&app, "security.permission_denied").await;
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0].actor_key_id, albo_id);
    assert_eq!(denied[0].target_id, "/pec.v1.AuditService/ListAuditEvents");

    let hidden = security_events(&app, "security.other_ordine").await;
    assert_eq!(hidden.len(), 1);
    assert_eq!(hidden[0].actor_key_id, to_id);
    assert_eq!(hidden[0].ordine_code, "TO", "the refused key's Ordine");
    assert_eq!(details(&hidden[0])["count"], 1);

    let limited = security_events(&app, "security.throttled").await;
    assert_eq!(limited.len(), 1);
    assert_eq!(
        limited[0].target_id,
        "/pec.v1.PasswordService/RequestPasswordReset"
    );

    // The Ordine reads the refusals of its own key; nothing was written of the refused calls'
    // own changes.
    let own = all_events(
        &app,
        &to_key,
        ListAuditEventsRequest {
            security_only: true,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].action, "security.other_ordine");
    let secrets = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE details LIKE '%{}%' OR details LIKE '%{}%'",
            &to_key[to_key.len() - 16..],
            &forged[forged.len() - 16..]
        ))
        .await;
    assert_eq!(secrets, 0, "no bearer secret in the trail");
}

async fn a_flood_of_refused_calls_writes_a_bounded_number_of_rows(app: TestApp) {
    const CALLS: usize = 2000;
    let started = std::time::Instant::now();
    let mut calls = tokio::task::JoinSet::new();
    let per_task = CALLS / 50;
    // 50 clients, each on its own connection (one connection refused past 100 times would be
    // sent GOAWAY by the HTTP/2 reset limits, a defence of its own).
    for _ in 0..50 {
        let channel = Channel::from_shared(format!("http://{}", app.addr))
            .expect("endpoint")
            .connect()
            .await
            .expect("connect");
        let mut client = pecd::proto::mailbox_service_client::MailboxServiceClient::new(channel);
        calls.spawn(async move {
            let mut codes = Vec::with_capacity(per_task);
            for _ in 0..per_task {
                let outcome = client
                    .get_mailbox(tonic::Request::new(GetMailboxRequest {
                        address: "chiunque@tsrm-pstrp.org".to_owned(),
                    }))
                    .await;
                let status = outcome.expect_err("no key");
                codes.push((status.code(), status.message().to_owned()));
            }
            codes
        });
    }
    let mut refused = 0;
    while let Some(codes) = calls.join_next().await {
        for (code, message) in codes.expect("task") {
            assert_eq!(
                code,
                Code::Unauthenticated,
                "each call refused, none failed: {message}"
            );
            refused += 1;
        }
    }
    assert_eq!(refused, CALLS);
    let elapsed = started.elapsed();
    // Every refused call is counted, in one row per 100 ms window at most (one visitor, one
    // method).
    let events = eventually(|| async {
        let events = all_events(
            &app,
            &app.admin,
            ListAuditEventsRequest {
                action: "security.unauthenticated".to_owned(),
                page_size: 1000,
                ..Default::default()
            },
        )
        .await;
        let counted: u64 = events
            .iter()
            .map(|e| details(e)["count"].as_u64().expect("count"))
            .sum();
        (counted == CALLS as u64).then_some(events)
    })
    .await;
    let windows = elapsed.as_millis() / 100 + 2;
    assert!(
        events.len() as u128 <= windows,
        "{} rows for {CALLS} calls in {elapsed:?}",
        events.len()
    );
    let rows = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE security_event = TRUE")
        .await;
    assert_eq!(rows, events.len() as i64);
}

async fn the_trail_is_append_only_and_retention_deletes_only_older_entries(app: TestApp) {
    let day: i64 = 86_400_000;
    let now = pecd::db::now_ms();
    let insert = |id: &str, at: i64, action: &str, security: bool| {
        format!(
            "INSERT INTO audit_log (id, at, key_id, action, target_type, target_id, details, \
             ordine_code, security_event) VALUES ('{id}', {at}, NULL, '{action}', 'ordine', \
             'TO', '{{}}', 'TO', {})",
            if security { "TRUE" } else { "FALSE" }
        )
    };
    for (id, at, action, security) in [
        ("old", now - 3660 * day, "ordine.update", false),
        ("kept", now - 3000 * day, "ordine.update", false),
        (
            "old-security",
            now - 400 * day,
            "security.unauthenticated",
            true,
        ),
        (
            "kept-security",
            now - 300 * day,
            "security.unauthenticated",
            true,
        ),
        ("recent", now - day, "ordine.update", false),
    ] {
        app.execute(&insert(id, at, action, security)).await;
    }

    // No code path updates the trail; the database refuses it too.
    let update = app
        .db
        .conn()
        .execute_raw(Statement::from_string(
            app.db.backend(),
            "UPDATE audit_log SET action = 'forged' WHERE id = 'recent'".to_owned(),
        ))
        .await;
    assert!(update.is_err(), "UPDATE refused");
    if app.backend == Backend::Postgres {
        let delete = app
            .db
            .conn()
            .execute_raw(Statement::from_string(
                app.db.backend(),
                "DELETE FROM audit_log WHERE id = 'recent'".to_owned(),
            ))
            .await;
        assert!(delete.is_err(), "DELETE outside the retention job refused");
        let truncate = app
            .db
            .conn()
            .execute_raw(Statement::from_string(
                app.db.backend(),
                "TRUNCATE audit_log".to_owned(),
            ))
            .await;
        assert!(truncate.is_err(), "TRUNCATE refused");
    }

    // The app's hourly sweep runs the same job (with the same defaults) and may have run it
    // meanwhile: what counts is what is left.
    let settings = pecd::config::AuditSettings::default();
    let deleted = pecd::audit::purge(&app.db, settings.retention, settings.security_retention)
        .await
        .expect("retention");
    assert!(deleted <= 2);
    for (id, kept) in [
        ("old", false),
        ("kept", true),
        ("old-security", false),
        ("kept-security", true),
        ("recent", true),
    ] {
        let count = app
            .scalar_i64(&format!("SELECT COUNT(*) FROM audit_log WHERE id = '{id}'"))
            .await;
        assert_eq!(count == 1, kept, "{id}");
    }
    // Zero keeps everything.
    let deleted = pecd::audit::purge(&app.db, Duration::ZERO, Duration::ZERO)
        .await
        .expect("retention");
    assert_eq!(deleted, 0);
    let left = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE target_id = 'TO'")
        .await;
    assert_eq!(left, 3);
}

/// Entries written before the migration get the Ordine of their target where it resolves; a
/// batch entry (`*`) and a target that never existed keep none. Also runs the migration's
/// `down`.
async fn the_migration_gives_existing_entries_their_ordine(app: TestApp) {
    use migration::MigratorTrait;
    app.ordine("TO", true).await;
    let anna = cf("Bianchi", "Anna", 1);
    app.upsert(member(&anna, "Anna", "Bianchi", "TO")).await;
    let (to_id, _) = key(&app, Role::Ordine, Some("TO")).await;
    // Down to just before this migration (later ones are undone first, then redone).
    let all = <migration::Migrator as migration::MigratorTrait>::migrations();
    let at = all
        .iter()
        .position(|m| m.name() == "m20261128_140001_audit_ordine")
        .expect("the audit migration is listed");
    let steps = u32::try_from(all.len() - at).expect("few migrations");
    migration::Migrator::down(app.db.conn(), Some(steps))
        .await
        .expect("migration down");
    for (id, target_type, target_id) in [
        ("m", "member", anna.as_str()),
        ("o", "ordine", "TO"),
        ("k", "api_key", to_id.as_str()),
        ("x", "mailbox", "nessuno@tsrm-pstrp.org"),
        ("s", "member", "*"),
    ] {
        app.execute(&format!(
            "INSERT INTO audit_log (id, at, key_id, action, target_type, target_id, details) \
             VALUES ('old-{id}', 1, NULL, 'old', '{target_type}', '{target_id}', '{{}}')"
        ))
        .await;
    }
    migration::Migrator::up(app.db.conn(), None)
        .await
        .expect("migration up");
    for (id, ordine) in [
        ("m", Some("TO")),
        ("o", Some("TO")),
        ("k", Some("TO")),
        ("x", None),
        ("s", None),
    ] {
        let found = app
            .scalar_text(&format!(
                "SELECT ordine_code FROM audit_log WHERE id = 'old-{id}'"
            ))
            .await;
        assert_eq!(found.as_deref(), ordine, "{id}");
    }
}
