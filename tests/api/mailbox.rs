//! MailboxService and the register's effect on mailboxes.

use std::time::Duration;

use pecd::auth::Role;
use pecd::proto::*;
use tonic::Code;

use crate::helpers::*;
use crate::on_both_backends;

const MARIO: &str = "RSSMRA80A01H501U";

on_both_backends! {
    async fn suspend_reactivate_close_by_role(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let address = app.active_mailbox(MARIO).await.address;
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;
        let operator = app.key(Role::Operator, None).await;
        let mut mailboxes = app.mailboxes();

        let suspended = mailboxes
            .suspend_mailbox(authed(&ordine_key, SuspendMailboxRequest { address: address.clone(), note: "quota non versata".into() }))
            .await
            .expect("suspend")
            .into_inner()
            .mailbox
            .expect("mailbox");
        assert_eq!(suspended.state, MailboxState::Sospeso as i32);
        assert_eq!(suspended.suspension_cause, SuspensionCause::Ordine as i32);
        assert_eq!(suspended.suspension_note, "quota non versata");

        let twice = mailboxes
            .suspend_mailbox(authed(&ordine_key, SuspendMailboxRequest { address: address.clone(), note: String::new() }))
            .await
            .expect_err("already suspended");
        assert_status(&twice, Code::FailedPrecondition, "INVALID_STATE");
        assert!(twice.message().contains("SOSPESO"));

        let reactivated = mailboxes
            .reactivate_mailbox(authed(&ordine_key, ReactivateMailboxRequest { address: address.clone() }))
            .await
            .expect("reactivate")
            .into_inner()
            .mailbox
            .expect("mailbox");
        assert_eq!(reactivated.state, MailboxState::Attivo as i32);

        // An operator's suspension is the operator's to lift.
        mailboxes
            .suspend_mailbox(authed(&operator, SuspendMailboxRequest { address: address.clone(), note: String::new() }))
            .await
            .expect("operator suspends");
        let denied = mailboxes
            .reactivate_mailbox(authed(&ordine_key, ReactivateMailboxRequest { address: address.clone() }))
            .await
            .expect_err("ordine cannot lift an operator suspension");
        assert_eq!(denied.code(), Code::PermissionDenied);

        let not_allowed = mailboxes
            .close_mailbox(authed(&ordine_key, CloseMailboxRequest { address: address.clone(), note: String::new() }))
            .await
            .expect_err("ordine cannot close");
        assert_status(&not_allowed, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");

        let closed = mailboxes
            .close_mailbox(authed(&operator, CloseMailboxRequest { address: address.clone(), note: "richiesta dell'iscritto".into() }))
            .await
            .expect("close")
            .into_inner()
            .mailbox
            .expect("mailbox");
        assert_eq!(closed.state, MailboxState::Cessato as i32);
        assert!(closed.close_time.is_some());
        let reopen = mailboxes
            .reactivate_mailbox(authed(&operator, ReactivateMailboxRequest { address: address.clone() }))
            .await
            .expect_err("closed is final");
        assert_status(&reopen, Code::FailedPrecondition, "INVALID_STATE");
        assert!(reopen.message().contains("CESSATO"));

        eventually(|| async {
            let state = app.scalar_text(&format!("SELECT state FROM provider_accounts WHERE address = '{address}'")).await;
            (state.as_deref() == Some("CESSATO")).then_some(())
        })
        .await;
        let changes = app
            .scalar_i64(&format!("SELECT COUNT(*) FROM audit_log WHERE target_type = 'mailbox' AND target_id = '{address}'"))
            .await;
        assert_eq!(changes, 6, "create, activate, suspend, reactivate, suspend, close");
    }

    async fn register_drives_the_mailbox(app: TestApp) {
        app.ordine("TO", true).await;
        let mut mario = member(MARIO, "Mario", "Rossi", "TO");
        app.upsert(mario.clone()).await;
        let address = app.active_mailbox(MARIO).await.address;

        mario.register_status = RegisterStatus::Suspended as i32;
        app.upsert(mario.clone()).await;
        let mb = app.get_mailbox(&address).await;
        assert_eq!(mb.state, MailboxState::Sospeso as i32);
        assert_eq!(mb.suspension_cause, SuspensionCause::RegisterSuspended as i32);

        let refused = app
            .mailboxes()
            .reactivate_mailbox(authed(&app.admin, ReactivateMailboxRequest { address: address.clone() }))
            .await
            .expect_err("register suspension is the register's to lift");
        assert_status(&refused, Code::FailedPrecondition, "MEMBER_NOT_IN_GOOD_STANDING");

        mario.register_status = RegisterStatus::Active as i32;
        app.upsert(mario.clone()).await;
        assert_eq!(app.get_mailbox(&address).await.state, MailboxState::Attivo as i32);

        mario.register_status = RegisterStatus::StruckOff as i32;
        app.upsert(mario.clone()).await;
        let mb = app.get_mailbox(&address).await;
        assert_eq!(mb.state, MailboxState::Sospeso as i32);
        assert_eq!(mb.suspension_cause, SuspensionCause::RegisterStruckOff as i32);
        let closure = mb.scheduled_closure_time.expect("closure scheduled").seconds;
        let in_90_days = chrono::Utc::now().timestamp() + 90 * 86_400;
        assert!((closure - in_90_days).abs() < 60, "closure in 90 days by default");

        // Reinstated within the grace period: the closure is called off.
        mario.register_status = RegisterStatus::Active as i32;
        app.upsert(mario).await;
        let mb = app.get_mailbox(&address).await;
        assert_eq!(mb.state, MailboxState::Attivo as i32);
        assert!(mb.scheduled_closure_time.is_none());
    }

    async fn transfer_moves_the_mailbox(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let mut mario = member(MARIO, "Mario", "Rossi", "TO");
        app.upsert(mario.clone()).await;
        let address = app.active_mailbox(MARIO).await.address;
        let turin = app.key(Role::Ordine, Some("TO")).await;
        let milan = app.key(Role::Ordine, Some("MI")).await;

        mario.ordine_code = "MI".into();
        app.upsert(mario).await;
        let mb = app.get_mailbox(&address).await;
        assert_eq!(mb.ordine_code, "MI");
        assert_eq!(mb.state, MailboxState::Attivo as i32);
        let gone = app
            .mailboxes()
            .get_mailbox(authed(&turin, GetMailboxRequest { address: address.clone() }))
            .await
            .expect_err("no longer Turin's");
        assert_status(&gone, Code::NotFound, "RESOURCE_NOT_FOUND");
        app.mailboxes()
            .get_mailbox(authed(&milan, GetMailboxRequest { address }))
            .await
            .expect("now Milan's");
    }

    async fn list_mailboxes_filters_by_ordine_and_state(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        for i in 0..3 {
            let code = cf("Fontana", "Marco", i);
            app.upsert(member(&code, "Marco", "Fontana", if i == 2 { "MI" } else { "TO" })).await;
            if i == 0 {
                app.active_mailbox(&code).await;
            } else {
                app.offered_mailbox(&code).await;
            }
        }
        let list = |key: String, req: ListMailboxesRequest| {
            let mut client = app.mailboxes();
            async move { client.list_mailboxes(authed(&key, req)).await }
        };
        let all = list(app.admin.clone(), ListMailboxesRequest::default()).await.expect("all").into_inner();
        assert_eq!(all.mailboxes.len(), 3);
        let active = list(app.admin.clone(), ListMailboxesRequest { state: MailboxState::Attivo as i32, ..Default::default() })
            .await
            .expect("active")
            .into_inner();
        assert_eq!(active.mailboxes.len(), 1);
        let turin = app.key(Role::Ordine, Some("TO")).await;
        let own = list(turin.clone(), ListMailboxesRequest::default()).await.expect("own").into_inner();
        assert_eq!(own.mailboxes.len(), 2, "an ordine key sees its own only");
        let other = list(turin, ListMailboxesRequest { ordine_code: "MI".into(), ..Default::default() })
            .await
            .expect_err("another Ordine");
        assert_status(&other, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        let bad_state = list(app.admin.clone(), ListMailboxesRequest { state: 42, ..Default::default() })
            .await
            .expect_err("unknown enum");
        assert_eq!(bad_fields(&bad_state), ["state"]);
    }
}

/// With a short grace period, a struck-off member's mailbox is closed by the worker.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn struck_off_mailbox_closes_after_grace_sqlite() {
    struck_off_closes(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn struck_off_mailbox_closes_after_grace_postgres() {
    struck_off_closes(Backend::Postgres).await;
}

async fn struck_off_closes(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.struck_off_grace = Duration::from_millis(300)).await;
    app.ordine("TO", true).await;
    let mut mario = member(MARIO, "Mario", "Rossi", "TO");
    app.upsert(mario.clone()).await;
    let address = app.active_mailbox(MARIO).await.address;
    mario.register_status = RegisterStatus::StruckOff as i32;
    app.upsert(mario).await;
    let closed = eventually(|| async {
        let mb = app.get_mailbox(&address).await;
        (mb.state == MailboxState::Cessato as i32).then_some(mb)
    })
    .await;
    assert!(closed.close_time.is_some());
}

// Concurrent reads (coalesced into one query on PostgreSQL) each get their own mailbox,
// NOT_FOUND for an unknown address, and nothing of another Ordine's.
on_both_backends! {
    async fn concurrent_reads_get_their_own_mailbox(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let mut expected = Vec::new();
        for n in 0..4 {
            let codice_fiscale = cf("Rossi", "Mario", n);
            let ordine = if n % 2 == 0 { "TO" } else { "MI" };
            app.upsert(member(&codice_fiscale, "Mario", "Rossi", ordine)).await;
            let address = app.active_mailbox(&codice_fiscale).await.address;
            expected.push((address, codice_fiscale, ordine));
        }
        let turin = app.key(Role::Ordine, Some("TO")).await;

        let mut calls = tokio::task::JoinSet::new();
        for round in 0..10 {
            for (address, codice_fiscale, ordine) in expected.clone() {
                let (mut client, admin, turin) = (app.mailboxes(), app.admin.clone(), turin.clone());
                calls.spawn(async move {
                    // Mixed case and spaces: the address is normalised before the lookup.
                    let asked = if round % 2 == 0 { address.to_uppercase() } else { format!(" {address} ") };
                    let got = client
                        .get_mailbox(authed(&admin, GetMailboxRequest { address: asked.clone() }))
                        .await
                        .expect("admin reads every mailbox")
                        .into_inner()
                        .mailbox
                        .expect("mailbox");
                    assert_eq!((got.address.as_str(), got.codice_fiscale.as_str()), (address.as_str(), codice_fiscale.as_str()));
                    let scoped = client
                        .get_mailbox(authed(&turin, GetMailboxRequest { address: asked }))
                        .await;
                    match ordine {
                        "TO" => assert_eq!(scoped.expect("own Ordine").into_inner().mailbox.expect("mailbox").address, address),
                        _ => assert_eq!(scoped.expect_err("other Ordine").code(), Code::NotFound),
                    }
                });
            }
            let mut client = app.mailboxes();
            let admin = app.admin.clone();
            calls.spawn(async move {
                let err = client
                    .get_mailbox(authed(&admin, GetMailboxRequest { address: format!("nessuno{round}@tsrm-pstrp.org") }))
                    .await
                    .expect_err("unknown address");
                assert_eq!(err.code(), Code::NotFound);
            });
        }
        while let Some(joined) = calls.join_next().await {
            joined.expect("call task");
        }
    }
}

// A stored state or suspension cause that is not one of ours is an internal error, on every
// read path (SQLite's plain readers, PostgreSQL's batched reads, lists), never another state.
on_both_backends! {
    async fn unknown_stored_state_is_internal(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let address = app.active_mailbox(MARIO).await.address;
        let mut mailboxes = app.mailboxes();
        let get = |mut client: pecd::proto::mailbox_service_client::MailboxServiceClient<_>| {
            let (admin, address) = (app.admin.clone(), address.clone());
            async move { client.get_mailbox(authed(&admin, GetMailboxRequest { address })).await }
        };

        app.execute(&format!("UPDATE mailboxes SET state = 'CHIUSA' WHERE address = '{address}'")).await;
        let status = get(app.mailboxes()).await.expect_err("unknown state");
        assert_eq!(status.code(), Code::Internal, "{status:?}");
        assert!(!status.message().contains("CHIUSA"), "the cause stays in the log: {status:?}");
        let listed = mailboxes
            .list_mailboxes(authed(&app.admin, ListMailboxesRequest::default()))
            .await
            .expect_err("unknown state in a list");
        assert_eq!(listed.code(), Code::Internal);
        let suspend = mailboxes
            .suspend_mailbox(authed(&app.admin, SuspendMailboxRequest { address: address.clone(), note: String::new() }))
            .await
            .expect_err("a rule never runs on an unknown state");
        assert_eq!(suspend.code(), Code::Internal);

        app.execute(&format!("UPDATE mailboxes SET state = 'SOSPESO', suspension_cause = 'MOROSO' WHERE address = '{address}'")).await;
        let status = get(app.mailboxes()).await.expect_err("unknown suspension cause");
        assert_eq!(status.code(), Code::Internal, "{status:?}");

        app.execute(&format!("UPDATE mailboxes SET suspension_cause = 'OPERATOR' WHERE address = '{address}'")).await;
        let back = get(app.mailboxes()).await.expect("known values read again").into_inner().mailbox.expect("mailbox");
        assert_eq!((back.state, back.suspension_cause), (MailboxState::Sospeso as i32, SuspensionCause::Operator as i32));
    }
}

// Concurrent reads are coalesced into one query on PostgreSQL: a row that fails to load
// fails the reads of its own address only, never those of the mailboxes read beside it.
on_both_backends! {
    async fn a_broken_row_fails_only_its_own_reads(app: TestApp) {
        app.ordine("TO", true).await;
        let mut addresses = Vec::new();
        for n in 0..2 {
            let codice_fiscale = cf("Rossi", "Mario", n);
            app.upsert(member(&codice_fiscale, "Mario", "Rossi", "TO")).await;
            addresses.push(app.active_mailbox(&codice_fiscale).await.address);
        }
        let (broken, sound) = (addresses[0].clone(), addresses[1].clone());
        app.execute(&format!("UPDATE mailboxes SET state = 'CHIUSA' WHERE address = '{broken}'")).await;

        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..20 {
            for address in [broken.clone(), sound.clone()] {
                let (mut client, admin, broken) = (app.mailboxes(), app.admin.clone(), broken.clone());
                calls.spawn(async move {
                    let got = client.get_mailbox(authed(&admin, GetMailboxRequest { address: address.clone() })).await;
                    if address == broken {
                        assert_eq!(got.expect_err("broken row").code(), Code::Internal);
                    } else {
                        assert_eq!(got.expect("sound row").into_inner().mailbox.expect("mailbox").address, address);
                    }
                });
            }
        }
        while let Some(done) = calls.join_next().await {
            done.expect("call");
        }
    }
}
