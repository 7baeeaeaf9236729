//! ActivationService: the lifecycle of a request and the convention's rules.

use pecd::auth::Role;
use pecd::proto::*;
use tonic::Code;

use crate::helpers::*;
use crate::on_both_backends;

const MARIO: &str = "RSSMRA80A01H501U";

on_both_backends! {
    async fn request_offer_accept(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;
        let albo_key = app.key(Role::Albo, None).await;

        let created = app
            .activation()
            .create_activation_request(authed(
                &ordine_key,
                CreateActivationRequestRequest { codice_fiscale: MARIO.into(), ..Default::default() },
            ))
            .await
            .expect("create")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(created.mailbox_address, "mario.rossi@tsrm-pstrp.org");
        assert_eq!(created.ordine_code, "TO");
        assert!(matches!(
            ActivationState::try_from(created.state),
            Ok(ActivationState::Richiesta | ActivationState::InLavorazione | ActivationState::DaAccettare)
        ));

        // The provider job creates the mailbox NON_ATTIVO and offers it to the member.
        let offered = app.wait_for_request_state(&created.id, ActivationState::DaAccettare).await;
        assert_eq!(offered.id, created.id);
        let mailbox = app.get_mailbox("Mario.Rossi@tsrm-pstrp.org").await;
        assert_eq!(mailbox.state, MailboxState::NonAttivo as i32);
        assert_eq!(mailbox.activation_request_id, created.id);

        let assignments = app
            .activation()
            .list_assignments(authed(&albo_key, ListAssignmentsRequest { codice_fiscale: MARIO.to_lowercase() }))
            .await
            .expect("assignments")
            .into_inner()
            .assignments;
        assert_eq!(assignments.len(), 1);
        assert_eq!(assignments[0].mailbox_address, "mario.rossi@tsrm-pstrp.org");
        assert_eq!(assignments[0].ordine_name, "Ordine TSRM e PSTRP di TO");

        // Another member cannot answer Mario's assignment.
        let wrong_member = app
            .activation()
            .accept_assignment(authed(
                &albo_key,
                AcceptAssignmentRequest { activation_request_id: created.id.clone(), codice_fiscale: "BLTMHL77S04E889G".into() },
            ))
            .await
            .expect_err("someone else's assignment");
        assert_status(&wrong_member, Code::NotFound, "RESOURCE_NOT_FOUND");

        let accepted = app
            .activation()
            .accept_assignment(authed(
                &albo_key,
                AcceptAssignmentRequest { activation_request_id: created.id.clone(), codice_fiscale: MARIO.into() },
            ))
            .await
            .expect("accept")
            .into_inner();
        assert_eq!(accepted.activation_request.expect("request").state, ActivationState::Accettata as i32);
        let mailbox = accepted.mailbox.expect("mailbox");
        assert_eq!(mailbox.state, MailboxState::Attivo as i32);
        assert!(mailbox.activate_time.is_some());

        let again = app
            .activation()
            .accept_assignment(authed(
                &albo_key,
                AcceptAssignmentRequest { activation_request_id: created.id.clone(), codice_fiscale: MARIO.into() },
            ))
            .await
            .expect_err("accepting twice");
        assert_status(&again, Code::FailedPrecondition, "INVALID_STATE");
        assert!(again.message().contains("ACCETTATA"), "names the current state: {}", again.message());

        // The built-in provider's account follows: created, then activated.
        eventually(|| async {
            let state = app
                .scalar_text("SELECT state FROM provider_accounts WHERE address = 'mario.rossi@tsrm-pstrp.org'")
                .await;
            (state.as_deref() == Some("ATTIVO")).then_some(())
        })
        .await;
        let trail = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE target_id = '{}' AND action = 'activation.create'",
                created.id
            ))
            .await;
        assert_eq!(trail, 1);
        let by_key = app
            .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'activation.create' AND key_id IS NOT NULL")
            .await;
        assert_eq!(by_key, 1, "the audit row names the calling key");
    }

    async fn homonyms_and_never_reused_addresses(app: TestApp) {
        app.ordine("TO", true).await;
        let rossi: Vec<String> = (0..3).map(|i| cf("Rossi", "Mario", i)).collect();
        for code in &rossi {
            app.upsert(member(code, "Mario", "Rossi", "TO")).await;
        }
        let mut addresses = Vec::new();
        for code in &rossi {
            addresses.push(app.offered_mailbox(code).await.mailbox_address);
        }
        assert_eq!(
            addresses,
            ["mario.rossi@tsrm-pstrp.org", "mario.rossi2@tsrm-pstrp.org", "mario.rossi3@tsrm-pstrp.org"]
        );

        let niccolo = cf("D'Amico", "Niccolò", 7);
        app.upsert(member(&niccolo, "Niccolò", "D'Amico", "TO")).await;
        let created = app
            .activation()
            .create_activation_request(authed(
                &app.admin,
                CreateActivationRequestRequest { codice_fiscale: niccolo, domain: "TSRM.org".into(), ..Default::default() },
            ))
            .await
            .expect("create")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(created.mailbox_address, "niccolo.damico@tsrm.org");

        // Close the first Mario's mailbox: a new homonym still gets a fresh address.
        app.mailboxes()
            .close_mailbox(authed(&app.admin, CloseMailboxRequest { address: addresses[0].clone(), note: String::new() }))
            .await
            .expect("close");
        let fourth = cf("Rossi", "Mario", 3);
        app.upsert(member(&fourth, "Mario", "Rossi", "TO")).await;
        assert_eq!(app.offered_mailbox(&fourth).await.mailbox_address, "mario.rossi4@tsrm-pstrp.org");
    }

    async fn convention_rules_are_enforced(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("NA", false).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let outsider = cf("Esposito", "Ciro", 1);
        app.upsert(member(&outsider, "Ciro", "Esposito", "NA")).await;
        let mut suspended = member(&cf("Bruno", "Elena", 2), "Elena", "Bruno", "TO");
        suspended.register_status = RegisterStatus::Suspended as i32;
        let suspended = app.upsert(suspended).await;

        let create = |code: &str, domain: &str| CreateActivationRequestRequest {
            codice_fiscale: code.into(),
            domain: domain.into(),
            ..Default::default()
        };
        let mut activation = app.activation();

        let err = activation.create_activation_request(authed(&app.admin, create(&outsider, ""))).await.expect_err("non adhering");
        assert_status(&err, Code::FailedPrecondition, "ORDINE_NOT_ADHERING");

        let err = activation
            .create_activation_request(authed(&app.admin, create(&suspended.codice_fiscale, "")))
            .await
            .expect_err("suspended member");
        assert_status(&err, Code::FailedPrecondition, "MEMBER_NOT_IN_GOOD_STANDING");

        let err = activation.create_activation_request(authed(&app.admin, create(MARIO, "gmail.com"))).await.expect_err("bad domain");
        assert_eq!(bad_fields(&err), ["domain"]);

        let err = activation
            .create_activation_request(authed(&app.admin, create("CNTCHR83T41D969D", "")))
            .await
            .expect_err("not in the register");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");

        activation.create_activation_request(authed(&app.admin, create(MARIO, ""))).await.expect("first request");
        let err = activation.create_activation_request(authed(&app.admin, create(MARIO, ""))).await.expect_err("second request");
        assert_status(&err, Code::AlreadyExists, "MAILBOX_ALREADY_ASSIGNED");

        let requests = app.scalar_i64("SELECT COUNT(*) FROM activation_requests").await;
        assert_eq!(requests, 1, "refused requests leave nothing behind");
    }

    async fn create_is_idempotent(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        app.upsert(member("BLTMHL77S04E889G", "Michele", "Belotti", "TO")).await;
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;
        let request = |code: &str| CreateActivationRequestRequest {
            request_id: "9d1c7a52-3d5e-4bb8-9c2b-0b7e3c1d2a11".into(),
            codice_fiscale: code.into(),
            domain: String::new(),
        };
        let first = app.activation().create_activation_request(authed(&ordine_key, request(MARIO))).await.expect("first").into_inner();
        let retry = app.activation().create_activation_request(authed(&ordine_key, request(MARIO))).await.expect("retry").into_inner();
        assert_eq!(first, retry);
        let reused = app
            .activation()
            .create_activation_request(authed(&ordine_key, request("BLTMHL77S04E889G")))
            .await
            .expect_err("reused id");
        assert_status(&reused, Code::AlreadyExists, "REQUEST_ID_REUSED");
        assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM activation_requests").await, 1);
    }

    async fn batch_reports_each_item(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let good: Vec<String> = (0..3).map(|i| cf("Conti", "Paolo", i)).collect();
        for code in &good {
            app.upsert(member(code, "Paolo", "Conti", "TO")).await;
        }
        let other_ordine = cf("Marini", "Giulia", 9);
        app.upsert(member(&other_ordine, "Giulia", "Marini", "MI")).await;
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;
        let item = |code: &str| CreateActivationRequestRequest { codice_fiscale: code.into(), ..Default::default() };
        let results = app
            .activation()
            .batch_create_activation_requests(authed(
                &ordine_key,
                BatchCreateActivationRequestsRequest {
                    requests: vec![item(&good[0]), item("XXXXXX"), item(&good[1]), item(&other_ordine), item(&good[0]), item(&good[2])],
                },
            ))
            .await
            .expect("batch")
            .into_inner()
            .results;
        use batch_create_activation_requests_result::Result as R;
        let summary: Vec<String> = results
            .iter()
            .map(|r| match r.result.as_ref().expect("result") {
                R::ActivationRequest(a) => a.mailbox_address.clone(),
                R::Error(e) => format!("{}@{}", e.reason, e.index),
            })
            .collect();
        assert_eq!(
            summary,
            [
                "paolo.conti@tsrm-pstrp.org",
                "INVALID_FIELDS@1",
                "paolo.conti2@tsrm-pstrp.org",
                "RESOURCE_NOT_FOUND@3",
                "MAILBOX_ALREADY_ASSIGNED@4",
                "paolo.conti3@tsrm-pstrp.org",
            ]
        );
        let empty = app
            .activation()
            .batch_create_activation_requests(authed(&ordine_key, BatchCreateActivationRequestsRequest { requests: vec![] }))
            .await
            .expect_err("empty batch");
        assert_eq!(bad_fields(&empty), ["requests"]);
    }

    // A batch is idempotent item by item, as single calls are: replayed whole it gives the
    // same answers and creates nothing more; an id repeated inside a batch replays its first
    // answer, or is refused when the payload differs; a single call with a batch item's id
    // replays that item. Every request created has its job, trail row and event.
    async fn batch_items_are_idempotent_like_single_calls(app: TestApp) {
        app.ordine("TO", true).await;
        let codes: Vec<String> = (0..4).map(|i| cf("Riva", "Elsa", i)).collect();
        for code in &codes {
            app.upsert(member(code, "Elsa", "Riva", "TO")).await;
        }
        let item = |code: &str, id: &str| CreateActivationRequestRequest {
            codice_fiscale: code.into(),
            request_id: id.into(),
            ..Default::default()
        };
        let batch = BatchCreateActivationRequestsRequest {
            requests: vec![
                item(&codes[0], "r-0"),
                item(&codes[1], "r-1"),
                item(&codes[0], "r-0"),
                item(&codes[2], "r-1"),
                item(&codes[3], ""),
            ],
        };
        use batch_create_activation_requests_result::Result as R;
        let summary = |results: Vec<BatchCreateActivationRequestsResult>| -> Vec<String> {
            results
                .into_iter()
                .map(|r| match r.result.expect("result") {
                    R::ActivationRequest(a) => format!("{} {}", a.id, a.mailbox_address),
                    R::Error(e) => format!("{}@{}", e.reason, e.index),
                })
                .collect()
        };
        let call = |request: BatchCreateActivationRequestsRequest| {
            let mut client = app.activation();
            let admin = app.admin.clone();
            async move {
                client
                    .batch_create_activation_requests(authed(&admin, request))
                    .await
                    .expect("batch")
                    .into_inner()
                    .results
            }
        };
        let first = summary(call(batch.clone()).await);
        assert_eq!(first[0], first[2], "an id repeated with the same payload replays");
        assert_eq!(first[3], "REQUEST_ID_REUSED@3");
        assert!(first[1].ends_with("elsa.riva2@tsrm-pstrp.org"), "{first:?}");
        assert!(first[4].ends_with("elsa.riva3@tsrm-pstrp.org"), "{first:?}");
        assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM activation_requests").await, 3);

        // Replayed whole: the same answers for the items with an id; the one without asks
        // again and is refused, since the member now has a pending request.
        let again = summary(call(batch).await);
        assert_eq!(again[..4], first[..4]);
        assert_eq!(again[4], "MAILBOX_ALREADY_ASSIGNED@4");
        assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM activation_requests").await, 3);

        let single = app
            .activation()
            .create_activation_request(authed(&app.admin, item(&codes[1], "r-1")))
            .await
            .expect("replayed")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(format!("{} {}", single.id, single.mailbox_address), first[1]);

        for (table, filter) in [
            ("jobs", "kind = 'create_mailbox'"),
            ("audit_log", "action = 'activation.create' AND ordine_code = 'TO'"),
            ("events", "kind = 'ACTIVATION_REQUEST_CREATED' AND ordine_code = 'TO'"),
        ] {
            let n = app.scalar_i64(&format!("SELECT COUNT(*) FROM {table} WHERE {filter}")).await;
            assert_eq!(n, 3, "{table}");
        }
    }

    async fn decline_and_cancel_close_the_offer(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let anna = cf("Verdi", "Anna", 1);
        app.upsert(member(&anna, "Anna", "Verdi", "TO")).await;
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;

        let offer = app.offered_mailbox(MARIO).await;
        let declined = app
            .activation()
            .decline_assignment(authed(
                &app.admin,
                DeclineAssignmentRequest { activation_request_id: offer.id.clone(), codice_fiscale: MARIO.into(), reason: "Ho già una PEC".into() },
            ))
            .await
            .expect("decline")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(declined.state, ActivationState::Rifiutata as i32);
        assert_eq!(declined.reason, "Ho già una PEC");
        assert_eq!(app.get_mailbox(&offer.mailbox_address).await.state, MailboxState::Cessato as i32);

        // Declining frees the member for a new request, which gets a new address.
        let second = app.offered_mailbox(MARIO).await;
        assert_eq!(second.mailbox_address, "mario.rossi2@tsrm-pstrp.org");

        let offer = app.offered_mailbox(&anna).await;
        let cancelled = app
            .activation()
            .cancel_activation_request(authed(&ordine_key, CancelActivationRequestRequest { id: offer.id.clone() }))
            .await
            .expect("cancel")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(cancelled.state, ActivationState::Annullata as i32);
        assert_eq!(app.get_mailbox(&offer.mailbox_address).await.state, MailboxState::Cessato as i32);
        let again = app
            .activation()
            .cancel_activation_request(authed(&ordine_key, CancelActivationRequestRequest { id: offer.id }))
            .await
            .expect_err("cancel twice");
        assert_status(&again, Code::FailedPrecondition, "INVALID_STATE");
        assert!(again.message().contains("ANNULLATA"));

        let listed = app
            .activation()
            .list_activation_requests(authed(
                &ordine_key,
                ListActivationRequestsRequest { state: ActivationState::Annullata as i32, ..Default::default() },
            ))
            .await
            .expect("list")
            .into_inner()
            .activation_requests;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].codice_fiscale, anna);
    }

    async fn provider_refusal_fails_the_request_with_its_reason(app: TestApp) {
        app.ordine("TO", true).await;
        let luca = cf("Bianchi", "Luca", 4);
        app.upsert(member(&luca, "Luca", "Bianchi", "TO")).await;
        // The provider already has an account by that name that is not ours.
        app.execute(
            "INSERT INTO provider_accounts (address, state, recovery_email, created_at, updated_at) \
             VALUES ('luca.bianchi@tsrm-pstrp.org', 'ATTIVO', 'someone@else.it', 0, 0)",
        )
        .await;
        let created = app
            .activation()
            .create_activation_request(authed(&app.admin, CreateActivationRequestRequest { codice_fiscale: luca.clone(), ..Default::default() }))
            .await
            .expect("create")
            .into_inner()
            .activation_request
            .expect("request");
        let failed = app.wait_for_request_state(&created.id, ActivationState::Fallita).await;
        assert!(failed.reason.contains("already exists"), "reason: {}", failed.reason);
        let job_state = app.scalar_text("SELECT state FROM jobs WHERE kind = 'create_mailbox'").await;
        assert_eq!(job_state.as_deref(), Some("FAILED"), "the failed job stays visible");
        // A failed request does not block a new one.
        let retry = app
            .activation()
            .create_activation_request(authed(&app.admin, CreateActivationRequestRequest { codice_fiscale: luca, ..Default::default() }))
            .await
            .expect("new request")
            .into_inner()
            .activation_request
            .expect("request");
        assert_eq!(retry.mailbox_address, "luca.bianchi2@tsrm-pstrp.org");
    }
}

/// Two replicas on one PostgreSQL: every provider job runs exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_never_run_a_job_twice() {
    use pecd::app::Application;
    use pecd::config::Settings;

    let app = spawn_app(Backend::Postgres).await;
    let mut settings = Settings::new(app.database_url.clone(), std::env::temp_dir());
    settings.listen = "127.0.0.1:0".parse().expect("address");
    settings.worker.poll_interval = std::time::Duration::from_millis(5);
    settings.worker.workers = 4;
    let replica = Application::build(settings).await.expect("second replica");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let replica = tokio::spawn(replica.run_until_stopped(async {
        let _ = stopped.await;
    }));

    app.ordine("TO", true).await;
    let codes: Vec<String> = (0..40).map(|i| cf("Ferrari", "Giorgio", i)).collect();
    let rows: Vec<Member> = codes
        .iter()
        .map(|c| member(c, "Giorgio", "Ferrari", "TO"))
        .collect();
    app.registry()
        .sync_members(authed(
            &app.admin,
            tokio_stream::iter(vec![SyncMembersRequest { members: rows }]),
        ))
        .await
        .expect("sync");
    let requests = app
        .activation()
        .batch_create_activation_requests(authed(
            &app.admin,
            BatchCreateActivationRequestsRequest {
                requests: codes
                    .iter()
                    .map(|c| CreateActivationRequestRequest {
                        codice_fiscale: c.clone(),
                        ..Default::default()
                    })
                    .collect(),
            },
        ))
        .await
        .expect("batch")
        .into_inner()
        .results;
    assert_eq!(requests.len(), 40);
    eventually(|| async {
        let offered = app
            .scalar_i64("SELECT COUNT(*) FROM activation_requests WHERE state = 'DA_ACCETTARE'")
            .await;
        (offered == 40).then_some(())
    })
    .await;
    let claims = app
        .scalar_i64(
            "SELECT COALESCE(SUM(attempts), 0)::BIGINT FROM jobs WHERE kind = 'create_mailbox'",
        )
        .await;
    assert_eq!(claims, 40, "each job claimed once");
    let created = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'mailbox.create'")
        .await;
    assert_eq!(created, 40);
    let _ = stop.send(());
    replica
        .await
        .expect("join")
        .expect("replica stopped cleanly");
}

// A stored request state that is not one of ours is an internal error, never another state
// (it used to read as FALLITA).
on_both_backends! {
    async fn unknown_stored_state_is_internal(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
        let offered = app.offered_mailbox(MARIO).await;
        app.execute(&format!("UPDATE activation_requests SET state = 'EVAPORATA' WHERE id = '{}'", offered.id)).await;
        let mut activation = app.activation();

        let status = activation
            .get_activation_request(authed(&app.admin, GetActivationRequestRequest { id: offered.id.clone() }))
            .await
            .expect_err("unknown state");
        assert_eq!(status.code(), Code::Internal, "{status:?}");
        assert!(!status.message().contains("EVAPORATA"), "the cause stays in the log: {status:?}");
        let cancel = activation
            .cancel_activation_request(authed(&app.admin, CancelActivationRequestRequest { id: offered.id.clone() }))
            .await
            .expect_err("a rule never runs on an unknown state");
        assert_eq!(cancel.code(), Code::Internal);
        let listed = activation
            .list_activation_requests(authed(&app.admin, ListActivationRequestsRequest::default()))
            .await
            .expect_err("unknown state in a list");
        assert_eq!(listed.code(), Code::Internal);
    }
}
