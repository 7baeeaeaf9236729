//! Rules that read then write, under real concurrency: many calls at once, each on its own
//! client, through real sockets. SQLite serialises writers anyway; these tests matter on
//! PostgreSQL, where only row locks, conditional updates and advisory locks keep the limits.

use std::future::Future;

use futures::future::join_all;
use pecd::auth::Role;
use pecd::proto::password_service_client::PasswordServiceClient;
use pecd::proto::review_service_client::ReviewServiceClient;
use pecd::proto::*;
use sha2::{Digest, Sha256};
use tonic::Code;

use crate::contact::{MARIO, Rig, Wizard, active_mario, code_in};
use crate::helpers::*;
use crate::on_both_backends;

/// Runs every future on its own task at once and collects the answers in order.
async fn all_at_once<T: Send + 'static>(
    calls: impl IntoIterator<Item = impl Future<Output = T> + Send + 'static>,
) -> Vec<T> {
    join_all(calls.into_iter().map(tokio::spawn))
        .await
        .into_iter()
        .map(|r| r.expect("task"))
        .collect()
}

on_both_backends! {
    async fn concurrent_wrong_guesses_check_exactly_the_limit(app: TestApp) {
        let address = active_mario(&app).await;
        let mut wizard = Wizard::through_documents(&app, &address).await;
        wizard.recovery_email("mario.nuovo@example.com").await.expect("email");

        // A guess that is surely wrong: not the one whose hash is stored.
        let stored = app
            .scalar_text(&format!(
                "SELECT code_hash FROM verification_codes WHERE change_id = '{}' AND channel = 'EMAIL'",
                wizard.id
            ))
            .await
            .expect("a code");
        let guess = ["000000", "000001"]
            .into_iter()
            .find(|g| hex::encode(Sha256::digest(format!("{}:{g}", wizard.id))) != stored)
            .expect("a wrong guess")
            .to_owned();

        const N: usize = 80;
        let answers = all_at_once((0..N).map(|_| {
            let mut client = wizard.client.clone();
            let request = authed(
                &wizard.key,
                VerifyRecoveryEmailRequest {
                    change_id: wizard.id.clone(),
                    change_secret: wizard.secret.clone(),
                    code: guess.clone(),
                },
            );
            async move { client.verify_recovery_email(request).await }
        }))
        .await;

        let mut wrong = 0;
        let mut spent = 0;
        let mut no_code = 0;
        for answer in &answers {
            let err = answer.as_ref().map(|_| ()).expect_err("a wrong code never passes");
            assert_eq!(err.code(), Code::InvalidArgument, "{err:?}");
            let message = err.message();
            if message.contains("tries left") {
                wrong += 1;
            } else if message.contains("tried too many times") {
                spent += 1;
            } else if message.contains("no code is waiting") {
                no_code += 1;
            } else {
                panic!("unexpected answer: {message}");
            }
        }
        // Exactly five guesses were checked: four wrong, the fifth voids the code.
        assert_eq!((wrong, spent, no_code), (4, 1, N - 5));
        let attempts = app
            .scalar_i64(&format!(
                "SELECT CAST(failed_attempts AS BIGINT) FROM verification_codes WHERE change_id = '{}' AND channel = 'EMAIL'",
                wizard.id
            ))
            .await;
        assert_eq!(attempts, 5, "no lost update of the counter");
        let live = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM verification_codes WHERE change_id = '{}' AND consumed_at IS NULL",
                wizard.id
            ))
            .await;
        assert_eq!(live, 0, "the code is void");
    }

    async fn concurrent_resets_give_exactly_the_limits(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let address = app.active_mailbox(MARIO).await.address;
        let front_end = app.key(Role::SelfService, None).await;
        let client = PasswordServiceClient::new(app.channel.clone());

        const N: usize = 30;
        let answers = all_at_once((0..N).map(|_| {
            let mut client = client.clone();
            let request = authed(
                &front_end,
                RequestPasswordResetRequest {
                    mailbox_address: address.clone(),
                    codice_fiscale: MARIO.into(),
                    partita_iva: String::new(),
                },
            );
            async move { client.request_password_reset(request).await }
        }))
        .await;

        let ok = answers.iter().filter(|a| a.is_ok()).count();
        for err in answers.iter().filter_map(|a| a.as_ref().err()) {
            assert_status(err, Code::ResourceExhausted, "RATE_LIMITED");
        }
        assert_eq!(ok, 5, "the hourly limit per mailbox");
        let queued = app
            .scalar_i64("SELECT COUNT(*) FROM notifications WHERE template = 'password_reset'")
            .await;
        assert_eq!(queued, 3, "the daily cap of reset emails");
        let tokens = app
            .scalar_i64("SELECT COUNT(*) FROM password_tokens WHERE purpose = 'RESET'")
            .await;
        assert_eq!(tokens, 3, "a token only with an email");
    }
}

async fn approve_or_reject_racing_cancel_has_one_winner(backend: Backend) {
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    rig.sink.wait_for(2).await;
    let operator = app.key(Role::Operator, None).await;
    let review = ReviewServiceClient::new(app.channel.clone());

    for round in 0..6 {
        // Each round starts a new change: forget the hourly limits of the earlier rounds.
        app.execute("DELETE FROM rate_events").await;
        let email = format!("mario.round{round}@example.com");
        let (wizard, token) = rig.submitted(&address, &email).await;
        let before = app.get_mailbox(&address).await.recovery_email;
        let approving = round % 2 == 0;

        let decide = {
            let mut review = review.clone();
            let operator = operator.clone();
            let id = wizard.id.clone();
            tokio::spawn(async move {
                if approving {
                    review
                        .approve_contact_change(authed(
                            &operator,
                            ApproveContactChangeRequest { change_id: id },
                        ))
                        .await
                        .map(|_| ())
                } else {
                    review
                        .reject_contact_change(authed(
                            &operator,
                            RejectContactChangeRequest {
                                change_id: id,
                                reason: RejectionReason::DocumentUnreadable as i32,
                                text: "Documento illeggibile".into(),
                            },
                        ))
                        .await
                        .map(|_| ())
                }
            })
        };
        let cancel = {
            let mut client = wizard.client.clone();
            let key = wizard.key.clone();
            tokio::spawn(async move {
                client
                    .cancel_contact_change(authed(&key, CancelContactChangeRequest { token }))
                    .await
                    .map(|_| ())
            })
        };
        let (decided, cancelled) = (decide.await.expect("task"), cancel.await.expect("task"));
        assert!(
            decided.is_ok() != cancelled.is_ok(),
            "round {round}: exactly one winner, got decision {decided:?} and cancel {cancelled:?}"
        );

        let state = app
            .scalar_text(&format!(
                "SELECT state FROM contact_changes WHERE id = '{}'",
                wizard.id
            ))
            .await
            .expect("state");
        let after = app.get_mailbox(&address).await.recovery_email;
        if let Err(err) = &decided {
            assert_status(err, Code::FailedPrecondition, "INVALID_STATE");
            assert_eq!(state, "CANCELLED", "round {round}");
            assert_eq!(
                after, before,
                "round {round}: a cancelled change changes nothing"
            );
        } else {
            assert_eq!(bad_fields(cancelled.as_ref().expect_err("lost")), ["token"]);
            if approving {
                assert_eq!(state, "APPROVED", "round {round}");
                assert_eq!(after, email, "round {round}: the approval applied");
            } else {
                assert_eq!(state, "REJECTED", "round {round}");
                assert_eq!(after, before, "round {round}");
            }
        }
        let decisions = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE target_id = '{}' AND action IN \
                 ('contact.approved', 'contact.rejected', 'contact.cancelled_by_holder')",
                wizard.id
            ))
            .await;
        assert_eq!(decisions, 1, "round {round}: one decision in the trail");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approve_or_reject_racing_cancel_has_one_winner_sqlite() {
    approve_or_reject_racing_cancel_has_one_winner(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approve_or_reject_racing_cancel_has_one_winner_postgres() {
    approve_or_reject_racing_cancel_has_one_winner(Backend::Postgres).await;
}

/// Walks the wizard up to the SMS code; returns the wizard and the code.
async fn awaiting_sms_code(rig: &Rig, address: &str) -> (Wizard, String) {
    let app = &rig.app;
    let mut wizard = Wizard::through_documents(app, address).await;
    wizard
        .recovery_email("mario.nuovo@example.com")
        .await
        .expect("email");
    let code = code_in(
        &rig.mail_to("mario.nuovo@example.com", "Codice di verifica")
            .await
            .text,
    );
    wizard.verify_email(&code).await.expect("email code");
    wizard.mobile("+39 347 765 4321").await.expect("mobile");
    let sent_before = rig.sms(0).await.len();
    wizard.confirm().await.expect("confirm");
    let sms = rig.sms(sent_before + 1).await;
    let code = code_in(sms[sent_before]["body"]["text"].as_str().expect("text"));
    (wizard, code)
}

async fn a_draft_expired_by_the_sweep_cannot_be_submitted(backend: Backend) {
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    rig.sink.wait_for(2).await;
    let settings = pecd::config::Settings::new(app.database_url.clone(), app.data_dir().to_owned());
    let blobs = pecd::app::blob_store(&settings).expect("blob store");

    // The right SMS code arrives while the sweep expires the draft: whichever runs first,
    // the change is never both expired and submitted.
    let (wizard, code) = awaiting_sms_code(&rig, &address).await;
    app.execute(&format!(
        "UPDATE contact_changes SET expires_at = created_at - 1 WHERE id = '{}'",
        wizard.id
    ))
    .await;
    let submit = {
        let mut wizard_client = wizard.client.clone();
        let request = authed(
            &wizard.key,
            VerifyMobileNumberRequest {
                change_id: wizard.id.clone(),
                change_secret: wizard.secret.clone(),
                code: code.clone(),
            },
        );
        tokio::spawn(async move { wizard_client.verify_mobile_number(request).await })
    };
    let sweep = {
        let db = app.db.clone();
        let blobs = blobs.clone();
        tokio::spawn(async move { pecd::contact::expire_drafts(&db, &blobs).await })
    };
    let submitted = submit.await.expect("task");
    assert_eq!(sweep.await.expect("task").expect("sweep"), 1);
    let err = submitted.expect_err("an expired draft is not submitted");
    assert_eq!(err.code(), Code::FailedPrecondition, "{err:?}");
    let state = app
        .scalar_text(&format!(
            "SELECT state FROM contact_changes WHERE id = '{}'",
            wizard.id
        ))
        .await;
    assert_eq!(state.as_deref(), Some("EXPIRED"));
    let notices = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM notifications WHERE template = 'contact_change_submitted' AND related_id = '{}'",
            wizard.id
        ))
        .await;
    assert_eq!(
        notices, 0,
        "no security notice for a change never submitted"
    );

    // After the sweep, the same code on the expired draft is refused as well.
    let mut wizard = wizard;
    let err = wizard.verify_mobile(&code).await.expect_err("expired");
    assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_expired_by_the_sweep_cannot_be_submitted_sqlite() {
    a_draft_expired_by_the_sweep_cannot_be_submitted(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_expired_by_the_sweep_cannot_be_submitted_postgres() {
    a_draft_expired_by_the_sweep_cannot_be_submitted(Backend::Postgres).await;
}

async fn concurrent_right_codes_submit_once(backend: Backend) {
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    rig.sink.wait_for(2).await;
    let (wizard, code) = awaiting_sms_code(&rig, &address).await;

    const N: usize = 20;
    let answers = all_at_once((0..N).map(|_| {
        let mut client = wizard.client.clone();
        let request = authed(
            &wizard.key,
            VerifyMobileNumberRequest {
                change_id: wizard.id.clone(),
                change_secret: wizard.secret.clone(),
                code: code.clone(),
            },
        );
        async move { client.verify_mobile_number(request).await }
    }))
    .await;
    let submitted = answers.iter().filter(|a| a.is_ok()).count();
    assert_eq!(submitted, 1, "one submission");
    for err in answers.iter().filter_map(|a| a.as_ref().err()) {
        assert_eq!(err.code(), Code::FailedPrecondition, "{err:?}");
    }
    let notices = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM notifications WHERE template = 'contact_change_submitted' AND related_id = '{}'",
            wizard.id
        ))
        .await;
    assert_eq!(
        notices,
        2 * i64::try_from(submitted).expect("count"),
        "one notice to the recovery email and one to the mailbox, per submission"
    );
    let audit = app
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'contact.submitted' AND target_id = '{}'",
            wizard.id
        ))
        .await;
    assert_eq!(audit, i64::try_from(submitted).expect("count"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_right_codes_submit_once_sqlite() {
    concurrent_right_codes_submit_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_right_codes_submit_once_postgres() {
    concurrent_right_codes_submit_once(Backend::Postgres).await;
}

on_both_backends! {
    // A sync that changes every member's email, racing UpsertMember calls that strike the same
    // members off or reinstate them: whichever commits last, each member's standing and
    // mailbox agree. The sync decides a change on the row read under lock, so a contact change
    // computed before a striking-off never writes the old standing back past the mailbox rules.
    async fn a_sync_racing_strikings_off_keeps_each_mailbox_in_step(app: TestApp) {
        app.ordine("TO", true).await;
        const N: u32 = 12;
        let mut members = Vec::new();
        let mut boxes = Vec::new();
        for n in 0..N {
            let m = member(&cf("Sala", "Ida", n), "Ida", "Sala", "TO");
            app.upsert(m.clone()).await;
            boxes.push(app.active_mailbox(&m.codice_fiscale).await.address);
            members.push(m);
        }
        for round in 0..4 {
            let changed: Vec<Member> = members
                .iter()
                .enumerate()
                .map(|(i, m)| Member {
                    personal_email: format!("ida.{round}.{i}@example.org"),
                    ..m.clone()
                })
                .collect();
            // Strike off in even rounds, reinstate in odd ones (with the old email).
            let status = if round % 2 == 0 { RegisterStatus::StruckOff } else { RegisterStatus::Active };
            let mut calls: Vec<tokio::task::JoinHandle<Result<(), tonic::Status>>> = Vec::new();
            let (mut registry, admin) = (app.registry(), app.admin.clone());
            calls.push(tokio::spawn(async move {
                let message = SyncMembersRequest { members: changed };
                let out = registry
                    .sync_members(authed(&admin, tokio_stream::iter(vec![message])))
                    .await?
                    .into_inner();
                assert_eq!(out.rejected, 0, "{:?}", out.rejected_rows);
                Ok(())
            }));
            for m in &members {
                let (mut registry, admin) = (app.registry(), app.admin.clone());
                let m = Member { register_status: status as i32, ..m.clone() };
                calls.push(tokio::spawn(async move {
                    registry
                        .upsert_member(authed(&admin, UpsertMemberRequest { request_id: String::new(), member: Some(m) }))
                        .await
                        .map(|_| ())
                }));
            }
            for call in join_all(calls).await {
                call.expect("task").expect("every call succeeds");
            }
            for (m, address) in members.iter().zip(&boxes) {
                let standing = app
                    .scalar_text(&format!(
                        "SELECT register_status FROM members WHERE codice_fiscale = '{}'",
                        m.codice_fiscale
                    ))
                    .await
                    .expect("member");
                let mailbox = app.get_mailbox(address).await;
                match standing.as_str() {
                    "ACTIVE" => assert_eq!(
                        mailbox.state,
                        MailboxState::Attivo as i32,
                        "round {round}: {} is active but its mailbox is not",
                        m.codice_fiscale
                    ),
                    "STRUCK_OFF" => {
                        assert_eq!(mailbox.state, MailboxState::Sospeso as i32, "round {round}");
                        assert_eq!(mailbox.suspension_cause, SuspensionCause::RegisterStruckOff as i32);
                    }
                    other => panic!("unexpected standing {other}"),
                }
            }
        }
    }
}

on_both_backends! {
    // Batches and single calls asking for the same members at once: each member gets exactly
    // one request, every other ask is MAILBOX_ALREADY_ASSIGNED, and each address once.
    async fn batches_and_single_creates_racing_give_one_request_per_member(app: TestApp) {
        app.ordine("TO", true).await;
        let codes: Vec<String> = (0..30).map(|i| cf("Gatti", "Rita", i)).collect();
        for code in &codes {
            app.upsert(member(code, "Rita", "Gatti", "TO")).await;
        }
        let item = |code: &String| CreateActivationRequestRequest { codice_fiscale: code.clone(), ..Default::default() };
        let mut calls: Vec<tokio::task::JoinHandle<(usize, usize)>> = Vec::new();
        for round in 0..3 {
            // Two batches in opposite orders, and single calls for every member.
            let mut requests: Vec<_> = codes.iter().map(item).collect();
            if round % 2 == 1 {
                requests.reverse();
            }
            let (mut client, admin) = (app.activation(), app.admin.clone());
            calls.push(tokio::spawn(async move {
                use batch_create_activation_requests_result::Result as R;
                let results = client
                    .batch_create_activation_requests(authed(&admin, BatchCreateActivationRequestsRequest { requests }))
                    .await
                    .expect("batch")
                    .into_inner()
                    .results;
                let mut counts = (0, 0);
                for r in results {
                    match r.result.expect("result") {
                        R::ActivationRequest(_) => counts.0 += 1,
                        R::Error(e) => {
                            assert_eq!(e.reason, "MAILBOX_ALREADY_ASSIGNED", "{e:?}");
                            counts.1 += 1;
                        }
                    }
                }
                counts
            }));
        }
        for code in &codes {
            let (mut client, admin, request) = (app.activation(), app.admin.clone(), item(code));
            calls.push(tokio::spawn(async move {
                match client.create_activation_request(authed(&admin, request)).await {
                    Ok(_) => (1, 0),
                    Err(err) => {
                        assert_eq!(err.code(), Code::AlreadyExists, "{err:?}");
                        (0, 1)
                    }
                }
            }));
        }
        let (mut created, mut refused) = (0, 0);
        for call in join_all(calls).await {
            let (c, r) = call.expect("task");
            created += c;
            refused += r;
        }
        assert_eq!(created, codes.len());
        assert_eq!(refused, 3 * codes.len());
        let per_member = app
            .scalar_i64("SELECT COUNT(DISTINCT codice_fiscale) FROM activation_requests")
            .await;
        let addresses = app
            .scalar_i64("SELECT COUNT(DISTINCT mailbox_address) FROM activation_requests")
            .await;
        assert_eq!((per_member, addresses), (30, 30));
    }
}
