//! The change feed (`WatchEvents`): commit order and resumption, events in the change's
//! transaction, replicas, scoping, retention, filters, heartbeats and the drain.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use pecd::config::Settings;
use pecd::events::feed::decode_cursor;
use pecd::proto::event::Resource;
use pecd::proto::event_service_client::EventServiceClient;
use pecd::proto::watch_events_response::Message;
use pecd::proto::*;
use tonic::{Code, Status, Streaming};
use tonic_types::StatusExt;

use crate::helpers::*;
use crate::on_both_backends;

/// Runs `$body` on a server tweaked by `$tweak`, on SQLite and on PostgreSQL.
macro_rules! on_both_with {
    ($name:ident, $tweak:expr, $body:ident) => {
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $body(spawn_app_with(Backend::Sqlite, $tweak).await).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $body(spawn_app_with(Backend::Postgres, $tweak).await).await
            }
        }
    };
}

fn fast(settings: &mut Settings) {
    settings.events.poll_interval = Duration::from_millis(50);
}

type Watch = Streaming<WatchEventsResponse>;

async fn watch(app: &TestApp, key: &str, request: WatchEventsRequest) -> Result<Watch, Status> {
    EventServiceClient::new(app.channel.clone())
        .watch_events(authed(key, request))
        .await
        .map(tonic::Response::into_inner)
}

async fn watch_now(app: &TestApp, key: &str) -> Watch {
    watch(app, key, WatchEventsRequest::default())
        .await
        .expect("watch")
}

/// The next message of the stream, within 10 s.
async fn next_message(stream: &mut Watch) -> Message {
    tokio::time::timeout(Duration::from_secs(10), stream.message())
        .await
        .expect("a message within 10 s")
        .expect("the stream is healthy")
        .expect("the stream is open")
        .message
        .expect("an event or a heartbeat")
}

/// The next event, skipping heartbeats.
async fn next_event(stream: &mut Watch) -> Event {
    loop {
        if let Message::Event(event) = next_message(stream).await {
            return event;
        }
    }
}

/// Events up to and including the one about `resource_id`.
async fn events_until(stream: &mut Watch, resource_id: &str) -> Vec<Event> {
    let mut seen = Vec::new();
    loop {
        let event = next_event(stream).await;
        let last = event.resource_id == resource_id;
        seen.push(event);
        if last {
            return seen;
        }
    }
}

fn position(cursor: &str) -> i64 {
    decode_cursor(cursor).expect("a cursor of the feed")
}

fn kind(event: &Event) -> EventKind {
    EventKind::try_from(event.kind).expect("a known kind")
}

async fn upsert_in(app: &TestApp, n: u32, ordine: &str) -> String {
    let code = cf("Neri", "Paola", n);
    app.upsert(member(&code, "Paola", "Neri", ordine)).await;
    code
}

async fn a_watcher_that_resumes_sees_every_event_once(app: TestApp) {
    app.ordine("TO", true).await;
    let only_created = || WatchEventsRequest {
        kinds: vec![EventKind::MemberCreated as i32],
        ..Default::default()
    };
    let mut first = watch(&app, &app.admin, only_created())
        .await
        .expect("watch");
    // Four writers at once, while the watcher reads, leaves and comes back.
    let (writers, per_writer) = (4u32, 15u32);
    let mut written = HashSet::new();
    let mut tasks = Vec::new();
    for w in 0..writers {
        let mut registry = app.registry();
        let admin = app.admin.clone();
        let codes: Vec<String> = (0..per_writer)
            .map(|i| cf("Bassi", "Carla", 1000 + w * per_writer + i))
            .collect();
        written.extend(codes.iter().cloned());
        tasks.push(tokio::spawn(async move {
            for code in codes {
                registry
                    .upsert_member(authed(
                        &admin,
                        UpsertMemberRequest {
                            request_id: String::new(),
                            member: Some(member(&code, "Carla", "Bassi", "TO")),
                        },
                    ))
                    .await
                    .expect("upsert");
            }
        }));
    }
    // And two syncs of batches at once: on PostgreSQL a sync's batch numbers its events as it
    // inserts them (under the sequencer's lock), the upserts' are numbered after their commit;
    // both must interleave into one unbroken sequence.
    let (syncs, per_sync) = (3u32, 5u32);
    for w in 0..2u32 {
        let mut registry = app.registry();
        let admin = app.admin.clone();
        let batches: Vec<Vec<String>> = (0..syncs)
            .map(|s| {
                (0..per_sync)
                    .map(|i| cf("Bassi", "Carla", 2000 + (w * syncs + s) * per_sync + i))
                    .collect()
            })
            .collect();
        written.extend(batches.iter().flatten().cloned());
        tasks.push(tokio::spawn(async move {
            for codes in batches {
                let message = SyncMembersRequest {
                    members: codes
                        .iter()
                        .map(|code| member(code, "Carla", "Bassi", "TO"))
                        .collect(),
                };
                let out = registry
                    .sync_members(authed(&admin, tokio_stream::iter(vec![message])))
                    .await
                    .expect("sync")
                    .into_inner();
                assert_eq!(out.created, i64::from(per_sync), "{out:?}");
            }
        }));
    }
    let mut seen = Vec::new();
    for _ in 0..20 {
        seen.push(next_event(&mut first).await);
    }
    drop(first);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let cursor = seen.last().expect("events").cursor.clone();
    let mut resumed = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor,
            ..only_created()
        },
    )
    .await
    .expect("resume");
    while seen.len() < written.len() {
        seen.push(next_event(&mut resumed).await);
    }
    for task in tasks {
        task.await.expect("writer");
    }

    let ids: Vec<&str> = seen.iter().map(|e| e.resource_id.as_str()).collect();
    let distinct: HashSet<String> = ids.iter().map(|id| (*id).to_owned()).collect();
    assert_eq!(distinct.len(), ids.len(), "an event came twice");
    assert_eq!(distinct, written, "an event is missing");
    let positions: Vec<i64> = seen.iter().map(|e| position(&e.cursor)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "positions not increasing: {positions:?}"
    );
    for event in &seen {
        let Some(Resource::Member(m)) = &event.resource else {
            panic!("a member event without its member: {event:?}");
        };
        assert_eq!(m.codice_fiscale, event.resource_id);
        assert_eq!(event.ordine_code, "TO");
        assert!(
            !event.actor_key_id.is_empty(),
            "the admin key made the change"
        );
    }
}

on_both_with!(
    resume_sees_an_unbroken_sequence,
    fast,
    a_watcher_that_resumes_sees_every_event_once
);

/// PostgreSQL takes ids at insert: a transaction holding a lower id that commits after a
/// higher one must still reach watchers, after it, and resumptions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_that_commits_late_is_not_skipped_on_postgres() {
    let app = spawn_app_with(Backend::Postgres, fast).await;
    app.ordine("TO", true).await;
    let late = upsert_in(&app, 1, "TO").await;
    let mut stream = watch_now(&app, &app.admin).await;

    let txn = app.db.begin().await.expect("begin");
    pecd::events::publish(
        &*txn,
        &pecd::auth::Actor::system(),
        pecd::events::EventKind::MemberUpdated,
        &late,
        "TO",
    )
    .await
    .expect("publish");
    let early = upsert_in(&app, 2, "TO").await;
    let first = next_event(&mut stream).await;
    assert_eq!(first.resource_id, early);
    // The open transaction's id is below the one delivered.
    let ids = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM events WHERE resource_id = '{early}' AND id > \
             (SELECT MAX(id) FROM events WHERE resource_id = '{late}')"
        ))
        .await;
    assert_eq!(ids, 1, "the late event should hold the lower id");
    txn.commit().await.expect("commit");

    let second = next_event(&mut stream).await;
    assert_eq!(second.resource_id, late);
    assert!(position(&second.cursor) > position(&first.cursor));
    // A watcher resuming after the early event gets the late one.
    let mut resumed = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor: first.cursor.clone(),
            ..Default::default()
        },
    )
    .await
    .expect("resume");
    assert_eq!(next_event(&mut resumed).await.resource_id, late);
}

async fn nothing_is_announced_that_did_not_commit(app: TestApp) {
    app.ordine("TO", true).await;
    let ghost = cf("Fantasma", "Gino", 7);
    let mut stream = watch_now(&app, &app.admin).await;
    {
        let txn = app.db.begin().await.expect("begin");
        pecd::events::publish(
            &*txn,
            &pecd::auth::Actor::system(),
            pecd::events::EventKind::MemberCreated,
            &ghost,
            "TO",
        )
        .await
        .expect("publish");
        // Dropped without commit: rolled back.
    }
    // A refused change writes nothing either.
    let refused = app
        .registry()
        .upsert_member(authed(
            &app.admin,
            UpsertMemberRequest {
                request_id: String::new(),
                member: Some(member(&ghost, "Gino", "Fantasma", "XX")),
            },
        ))
        .await;
    assert!(refused.is_err());
    let real = upsert_in(&app, 3, "TO").await;
    let event = next_event(&mut stream).await;
    assert_eq!(event.resource_id, real);
    assert_eq!(kind(&event), EventKind::MemberCreated);
    assert_eq!(
        app.scalar_i64(&format!(
            "SELECT COUNT(*) FROM events WHERE resource_id = '{ghost}'"
        ))
        .await,
        0
    );
}

on_both_with!(
    a_rolled_back_change_announces_nothing,
    fast,
    nothing_is_announced_that_did_not_commit
);

/// Two `pecd` on one PostgreSQL database, default poll interval: a change made through one
/// reaches a watcher of the other within a second.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_reaches_a_watcher_on_another_replica_within_a_second() {
    let a = spawn_app(Backend::Postgres).await;
    let b = spawn_replica(&a, |_| {}).await;
    a.ordine("TO", true).await;
    let mut stream = watch_now(&b, &b.admin).await;
    let mut latencies = Vec::new();
    for n in 0..5 {
        let started = Instant::now();
        let code = upsert_in(&a, 100 + n, "TO").await;
        let event = next_event(&mut stream).await;
        latencies.push(started.elapsed());
        assert_eq!(event.resource_id, code);
    }
    let worst = latencies.iter().max().copied().unwrap_or_default();
    println!("replica-to-replica event latency: {latencies:?} (worst {worst:?})");
    assert!(worst < Duration::from_secs(1), "too slow: {latencies:?}");
}

on_both_backends! {
    async fn each_key_sees_its_own_scope(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let to_key = app.key(pecd::auth::Role::Ordine, Some("TO")).await;
        let mi_key = app.key(pecd::auth::Role::Ordine, Some("MI")).await;
        let albo_key = app.key(pecd::auth::Role::Albo, None).await;
        let self_service = app.key(pecd::auth::Role::SelfService, None).await;

        let denied = watch(&app, &self_service, WatchEventsRequest::default()).await.expect_err("self_service");
        assert_status(&denied, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        let other = watch(&app, &to_key, WatchEventsRequest { ordine_code: "MI".into(), ..Default::default() })
            .await
            .expect_err("another Ordine");
        assert_eq!(other.code(), Code::PermissionDenied);

        let mut to = watch_now(&app, &to_key).await;
        let mut mi = watch_now(&app, &mi_key).await;
        let mut albo = watch_now(&app, &albo_key).await;
        let mut admin_mi = watch(&app, &app.admin, WatchEventsRequest { ordine_code: "MI".into(), ..Default::default() })
            .await
            .expect("admin filtered by Ordine");

        let m1 = upsert_in(&app, 11, "TO").await;
        let m2 = upsert_in(&app, 12, "MI").await;
        // m2 moves from MI to TO.
        app.upsert(member(&m2, "Paola", "Neri", "TO")).await;
        let end_mi = upsert_in(&app, 13, "MI").await;
        let end_to = upsert_in(&app, 14, "TO").await;

        let seen = events_until(&mut to, &end_to).await;
        let ids: Vec<&str> = seen.iter().map(|e| e.resource_id.as_str()).collect();
        assert_eq!(ids, [m1.as_str(), m2.as_str(), end_to.as_str()]);
        assert!(seen.iter().all(|e| e.ordine_code == "TO"));
        assert_eq!(seen[1].previous_ordine_code, "MI");
        assert!(matches!(seen[1].resource, Some(Resource::Member(_))));

        let seen = events_until(&mut mi, &end_mi).await;
        let ids: Vec<&str> = seen.iter().map(|e| e.resource_id.as_str()).collect();
        assert_eq!(ids, [m2.as_str(), m2.as_str(), end_mi.as_str()]);
        // The Ordine the member left learns where it went, not what it now holds.
        assert_eq!(kind(&seen[1]), EventKind::MemberUpdated);
        assert_eq!((seen[1].ordine_code.as_str(), seen[1].previous_ordine_code.as_str()), ("TO", "MI"));
        assert!(seen[1].resource.is_none());

        let seen = events_until(&mut admin_mi, &end_mi).await;
        assert_eq!(seen.len(), 3, "{seen:?}");

        let seen = events_until(&mut albo, &end_to).await;
        assert_eq!(seen.len(), 5);

        // An activation, through to the member's acceptance.
        app.active_mailbox(&m1).await;
        let last = upsert_in(&app, 15, "TO").await;
        let albo_kinds: Vec<EventKind> = events_until(&mut albo, &last).await.iter().map(kind).collect();
        assert_eq!(albo_kinds, [EventKind::ActivationRequestAccepted, EventKind::MemberCreated]);
        let to_kinds: Vec<EventKind> = events_until(&mut to, &last).await.iter().map(kind).collect();
        for wanted in [
            EventKind::ActivationRequestCreated,
            EventKind::MailboxCreated,
            EventKind::ActivationRequestAssigned,
            EventKind::MailboxActivated,
            EventKind::ActivationRequestAccepted,
        ] {
            assert!(to_kinds.contains(&wanted), "{wanted:?} missing from {to_kinds:?}");
        }
    }

    async fn the_register_announces_its_effects_on_mailboxes(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let code = cf("Galli", "Sara", 60);
        app.upsert(member(&code, "Sara", "Galli", "TO")).await;
        let address = app.active_mailbox(&code).await.address;
        let mut stream = watch_now(&app, &app.admin).await;

        let mut suspended = member(&code, "Sara", "Galli", "TO");
        suspended.register_status = RegisterStatus::Suspended as i32;
        app.upsert(suspended).await;
        let seen = events_until(&mut stream, &address).await;
        let kinds: Vec<EventKind> = seen.iter().map(kind).collect();
        assert_eq!(kinds, [EventKind::MemberUpdated, EventKind::MailboxSuspended]);
        assert!(!seen[0].actor_key_id.is_empty());
        assert_eq!(seen[1].actor_key_id, "", "the register's effect is pecd's own");

        // A transfer moves the member and the mailbox: both name the Ordine left.
        let mut moved = member(&code, "Sara", "Galli", "MI");
        moved.register_status = RegisterStatus::Suspended as i32;
        app.upsert(moved).await;
        let seen = events_until(&mut stream, &address).await;
        let kinds: Vec<EventKind> = seen.iter().map(kind).collect();
        assert_eq!(kinds, [EventKind::MemberUpdated, EventKind::MailboxUpdated]);
        for event in &seen {
            assert_eq!((event.ordine_code.as_str(), event.previous_ordine_code.as_str()), ("MI", "TO"));
        }
        let Some(Resource::Mailbox(mailbox)) = &seen[1].resource else { panic!("no mailbox") };
        assert_eq!(mailbox.ordine_code, "MI");
    }

    async fn kinds_filter_the_stream_and_bad_requests_are_refused(app: TestApp) {
        app.ordine("TO", true).await;
        let mut updates = watch(&app, &app.admin, WatchEventsRequest {
            kinds: vec![EventKind::MemberUpdated as i32],
            ..Default::default()
        })
        .await
        .expect("watch");
        let code = upsert_in(&app, 21, "TO").await;
        app.upsert(member(&code, "Paola", "Neri-Rossi", "TO")).await;
        let event = next_event(&mut updates).await;
        assert_eq!(kind(&event), EventKind::MemberUpdated);
        let Some(Resource::Member(m)) = event.resource else { panic!("no member") };
        assert_eq!(m.family_name, "Neri-Rossi");

        let bad_kind = watch(&app, &app.admin, WatchEventsRequest { kinds: vec![999], ..Default::default() })
            .await
            .expect_err("unknown kind");
        assert_eq!(bad_fields(&bad_kind), ["kinds[0]"]);
        let bad_cursor = watch(&app, &app.admin, WatchEventsRequest { cursor: "nope".into(), ..Default::default() })
            .await
            .expect_err("bad cursor");
        assert_eq!(bad_fields(&bad_cursor), ["cursor"]);
    }

    async fn sync_members_announces_each_new_member(app: TestApp) {
        app.ordine("TO", true).await;
        let mut stream = watch_now(&app, &app.admin).await;
        let rows: Vec<Member> = (0..40).map(|i| member(&cf("Sala", "Ugo", 300 + i), "Ugo", "Sala", "TO")).collect();
        let written: HashSet<String> = rows.iter().map(|m| m.codice_fiscale.clone()).collect();
        let messages = vec![
            SyncMembersRequest { members: rows[..25].to_vec() },
            SyncMembersRequest { members: rows[25..].to_vec() },
        ];
        app.registry()
            .sync_members(authed(&app.admin, tokio_stream::iter(messages)))
            .await
            .expect("sync");
        let mut seen = HashSet::new();
        while seen.len() < written.len() {
            let event = next_event(&mut stream).await;
            assert_eq!(kind(&event), EventKind::MemberCreated);
            assert!(seen.insert(event.resource_id), "an event came twice");
        }
        assert_eq!(seen, written);
    }

    async fn a_shutdown_ends_watches_at_once(app: TestApp) {
        let mut app = app;
        let mut stream = watch_now(&app, &app.admin).await;
        let started = Instant::now();
        app.shut_down();
        let ended = tokio::time::timeout(Duration::from_secs(4), async {
            loop {
                match stream.message().await {
                    Ok(Some(_)) => continue,
                    Ok(None) => return None,
                    Err(status) => return Some(status),
                }
            }
        })
        .await
        .expect("the watch ends before the drain's grace (5 s)");
        let status = ended.expect("an error telling the client to reconnect");
        assert_status(&status, Code::Unavailable, "SHUTTING_DOWN");
        assert!(started.elapsed() < Duration::from_secs(4));
    }
}

fn short_retention(settings: &mut Settings) {
    fast(settings);
    settings.events.retention = Duration::from_secs(1);
}

async fn an_expired_cursor_names_the_oldest_held(app: TestApp) {
    app.ordine("TO", true).await;
    let mut stream = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            from_oldest: true,
            ..Default::default()
        },
    )
    .await
    .expect("watch");
    for n in 0..3 {
        upsert_in(&app, 40 + n, "TO").await;
    }
    let mut cursors = Vec::new();
    for _ in 0..3 {
        cursors.push(next_event(&mut stream).await.cursor);
    }
    drop(stream);
    // The sweep keeps the newest event only.
    eventually(|| async {
        (app.scalar_i64("SELECT COUNT(*) FROM events").await == 1).then_some(())
    })
    .await;

    let expired = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor: cursors[0].clone(),
            ..Default::default()
        },
    )
    .await
    .expect_err("expired");
    assert_status(&expired, Code::FailedPrecondition, "CURSOR_EXPIRED");
    let info = expired
        .get_error_details()
        .error_info()
        .cloned()
        .expect("ErrorInfo");
    let oldest = info
        .metadata
        .get("oldest_cursor")
        .expect("oldest_cursor")
        .clone();
    assert!(expired.message().contains(&oldest), "{}", expired.message());
    assert_eq!(position(&oldest), position(&cursors[2]) - 1);

    let mut from_oldest = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor: oldest,
            ..Default::default()
        },
    )
    .await
    .expect("the oldest cursor held");
    assert_eq!(next_event(&mut from_oldest).await.cursor, cursors[2]);
    // The cursor just before the oldest event held misses nothing: still valid.
    watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor: cursors[1].clone(),
            ..Default::default()
        },
    )
    .await
    .expect("a cursor right before the oldest held");
}

on_both_with!(
    an_expired_cursor_is_failed_precondition,
    short_retention,
    an_expired_cursor_names_the_oldest_held
);

fn quick_heartbeats(settings: &mut Settings) {
    fast(settings);
    settings.events.heartbeat = Duration::from_secs(1);
    // Shorter than the watch: a server-streaming call's request body is complete, so the
    // stream idle timeout never cuts it.
    settings.transport.stream_idle_timeout = Duration::from_secs(1);
}

async fn an_idle_stream_gets_heartbeats_with_its_cursor(app: TestApp) {
    app.ordine("TO", true).await;
    upsert_in(&app, 50, "TO").await;
    let mut stream = watch_now(&app, &app.admin).await;
    let mut heartbeats = Vec::new();
    while heartbeats.len() < 3 {
        match next_message(&mut stream).await {
            Message::Heartbeat(h) => heartbeats.push(h),
            Message::Event(e) => panic!("no change was made: {e:?}"),
        }
    }
    let code = upsert_in(&app, 51, "TO").await;
    let event = next_event(&mut stream).await;
    assert_eq!(event.resource_id, code);
    let resume_at = heartbeats[2].cursor.clone();
    assert!(position(&resume_at) < position(&event.cursor));
    let mut resumed = watch(
        &app,
        &app.admin,
        WatchEventsRequest {
            cursor: resume_at,
            ..Default::default()
        },
    )
    .await
    .expect("resume from a heartbeat");
    assert_eq!(next_event(&mut resumed).await.resource_id, code);
}

on_both_with!(
    heartbeats_keep_an_idle_stream_alive,
    quick_heartbeats,
    an_idle_stream_gets_heartbeats_with_its_cursor
);

/// A contact change through review: the Ordine learns of it without the change's id, the
/// operators with it; neither gets the new contacts from the feed.
async fn contact_changes_are_announced(backend: Backend) {
    use crate::contact::{Rig, active_mario};
    use pecd::proto::review_service_client::ReviewServiceClient;
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    let to_key = app.key(pecd::auth::Role::Ordine, Some("TO")).await;
    let operator = app.key(pecd::auth::Role::Operator, None).await;
    let contact_kinds = || WatchEventsRequest {
        kinds: vec![
            EventKind::ContactChangeSubmitted as i32,
            EventKind::ContactChangeApproved as i32,
        ],
        ..Default::default()
    };
    let mut to = watch(app, &to_key, contact_kinds()).await.expect("watch");
    let mut staff = watch(app, &operator, contact_kinds()).await.expect("watch");

    let (wizard, _) = rig.submitted(&address, "mario.nuovo@example.com").await;
    ReviewServiceClient::new(app.channel.clone())
        .approve_contact_change(authed(
            &operator,
            ApproveContactChangeRequest {
                change_id: wizard.id.clone(),
            },
        ))
        .await
        .expect("approve");

    for (stream, sees_id) in [(&mut to, false), (&mut staff, true)] {
        let submitted = next_event(stream).await;
        let approved = next_event(stream).await;
        assert_eq!(kind(&submitted), EventKind::ContactChangeSubmitted);
        assert_eq!(kind(&approved), EventKind::ContactChangeApproved);
        for event in [&submitted, &approved] {
            assert_eq!(event.ordine_code, "TO");
            let Some(Resource::ContactChange(change)) = &event.resource else {
                panic!("no summary: {event:?}");
            };
            assert_eq!(change.mailbox_address, address);
            let expected_id = if sees_id { wizard.id.as_str() } else { "" };
            assert_eq!(change.id, expected_id);
            assert_eq!(event.resource_id, expected_id);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contact_changes_are_announced_sqlite() {
    contact_changes_are_announced(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contact_changes_are_announced_postgres() {
    contact_changes_are_announced(Backend::Postgres).await;
}

/// Watches have caps of their own: one key cannot hold more than its share, and open watches
/// never take the slots of ordinary calls (so watchers cannot shed everyone else's calls).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watches_are_capped_per_key_and_apart_from_calls_in_flight() {
    use pecd::auth::Role;
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.max_in_flight = 2;
        s.transport.max_watches = 5;
        s.transport.max_watches_per_key = 2;
    })
    .await;
    app.ordine("TO", true).await;
    let mut held = Vec::new();
    for _ in 0..2 {
        held.push(watch_now(&app, &app.admin).await);
    }
    // A third watch of the same key is refused, with a time to retry.
    let err = watch(&app, &app.admin, WatchEventsRequest::default())
        .await
        .expect_err("over the key's cap");
    assert_status(&err, Code::ResourceExhausted, "RATE_LIMITED");
    assert!(err.get_error_details().retry_info().is_some(), "{err:?}");
    // Other keys still watch, up to the server's cap of watches.
    let operator = app.key(Role::Operator, None).await;
    let other = app.key(Role::Operator, None).await;
    held.push(watch_now(&app, &operator).await);
    held.push(watch_now(&app, &operator).await);
    held.push(watch_now(&app, &other).await);
    let err = watch(&app, &other, WatchEventsRequest::default())
        .await
        .expect_err("over the server's cap of watches");
    assert_status(&err, Code::Unavailable, "OVERLOADED");
    // Five watches open, with a cap of 2 calls in flight: ordinary calls still run.
    for _ in 0..5 {
        app.registry()
            .list_ordini(authed(&app.admin, ListOrdiniRequest::default()))
            .await
            .expect("a call while watches are open");
    }
    // A watch that ends gives its slot back to its key.
    drop(held.remove(0));
    let mut again = None;
    for _ in 0..50 {
        if let Ok(stream) = watch(&app, &app.admin, WatchEventsRequest::default()).await {
            again = Some(stream);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        again.is_some(),
        "the key watches again once one of its watches ended"
    );
}
