//! Authentication, the role table and cross-Ordine isolation.

use pecd::auth::{Role, keys};
use pecd::proto::*;
use tonic::Code;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_client::HealthClient;

use crate::helpers::*;
use crate::on_both_backends;

on_both_backends! {
    async fn keys_are_required_and_revocable(app: TestApp) {
        let mut registry = app.registry();
        let none = registry
            .list_ordini(tonic::Request::new(ListOrdiniRequest::default()))
            .await
            .expect_err("no key");
        assert_status(&none, Code::Unauthenticated, "UNAUTHENTICATED_KEY");
        let wrong = registry
            .list_ordini(authed("pec_not-a-real-key", ListOrdiniRequest::default()))
            .await
            .expect_err("unknown key");
        assert_status(&wrong, Code::Unauthenticated, "UNAUTHENTICATED_KEY");

        let key = keys::create(&app.db, Role::Operator, "operatore", None).await.expect("key");
        registry.list_ordini(authed(&key.secret, ListOrdiniRequest::default())).await.expect("valid key");
        keys::revoke(&app.db, &key.id).await.expect("revoke");
        let revoked = registry
            .list_ordini(authed(&key.secret, ListOrdiniRequest::default()))
            .await
            .expect_err("revoked key");
        assert_status(&revoked, Code::Unauthenticated, "UNAUTHENTICATED_KEY");
        let stored = app
            .scalar_i64(&format!("SELECT COUNT(*) FROM api_keys WHERE key_hash = '{}'", key.secret))
            .await;
        assert_eq!(stored, 0, "the key itself is never stored");

        // Health needs no key.
        let health = HealthClient::new(app.channel.clone())
            .check(HealthCheckRequest { service: "pec.v1.MailboxService".into() })
            .await
            .expect("health")
            .into_inner();
        assert_eq!(health.status, 1, "SERVING");
    }

    async fn roles_follow_the_permission_table(app: TestApp) {
        app.ordine("TO", true).await;
        app.upsert(member("RSSMRA80A01H501U", "Mario", "Rossi", "TO")).await;
        let albo = app.key(Role::Albo, None).await;
        let operator = app.key(Role::Operator, None).await;
        let self_service = app.key(Role::SelfService, None).await;
        let create = CreateActivationRequestRequest { codice_fiscale: "RSSMRA80A01H501U".into(), ..Default::default() };

        for key in [&albo, &operator, &self_service] {
            let err = app.activation().create_activation_request(authed(key, create.clone())).await.expect_err("not allowed");
            assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        }
        let err = app
            .registry()
            .upsert_member(authed(&operator, UpsertMemberRequest { request_id: String::new(), member: Some(member("RSSMRA80A01H501U", "Mario", "Rossi", "TO")) }))
            .await
            .expect_err("operator cannot write the register");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        let err = app
            .registry()
            .list_members(authed(&self_service, ListMembersRequest::default()))
            .await
            .expect_err("self service reads nothing");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        let err = app
            .registry()
            .create_ordine(authed(&albo, CreateOrdineRequest::default()))
            .await
            .expect_err("only admin creates Ordini");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        for key in [&albo, &operator] {
            app.registry().list_members(authed(key, ListMembersRequest::default())).await.expect("read all");
            app.mailboxes().list_mailboxes(authed(key, ListMailboxesRequest::default())).await.expect("read all");
        }
        let err = app
            .mailboxes()
            .suspend_mailbox(authed(&albo, SuspendMailboxRequest { address: "x@tsrm-pstrp.org".into(), note: String::new() }))
            .await
            .expect_err("albo cannot suspend");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
    }

    async fn an_ordine_never_sees_another_ordines_data(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let turin_member = "RSSMRA80A01H501U";
        let milan_member = "BLTMHL77S04E889G";
        app.upsert(member(turin_member, "Mario", "Rossi", "TO")).await;
        app.upsert(member(milan_member, "Michele", "Belotti", "MI")).await;
        let milan_request = app.offered_mailbox(milan_member).await;
        let turin = app.key(Role::Ordine, Some("TO")).await;

        let err = app
            .registry()
            .get_member(authed(&turin, GetMemberRequest { codice_fiscale: milan_member.into() }))
            .await
            .expect_err("other Ordine's member");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = app
            .registry()
            .get_ordine(authed(&turin, GetOrdineRequest { code: "MI".into() }))
            .await
            .expect_err("other Ordine");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let ordini = app.registry().list_ordini(authed(&turin, ListOrdiniRequest::default())).await.expect("list").into_inner();
        assert_eq!(ordini.ordini.iter().map(|o| o.code.as_str()).collect::<Vec<_>>(), ["TO"]);
        let members = app.registry().list_members(authed(&turin, ListMembersRequest::default())).await.expect("list").into_inner();
        assert_eq!(members.members.iter().map(|m| m.codice_fiscale.as_str()).collect::<Vec<_>>(), [turin_member]);
        let err = app
            .registry()
            .list_members(authed(&turin, ListMembersRequest { ordine_code: "MI".into(), ..Default::default() }))
            .await
            .expect_err("asking for another Ordine");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        let err = app
            .activation()
            .create_activation_request(authed(&turin, CreateActivationRequestRequest { codice_fiscale: milan_member.into(), ..Default::default() }))
            .await
            .expect_err("other Ordine's member");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = app
            .activation()
            .get_activation_request(authed(&turin, GetActivationRequestRequest { id: milan_request.id.clone() }))
            .await
            .expect_err("other Ordine's request");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = app
            .activation()
            .cancel_activation_request(authed(&turin, CancelActivationRequestRequest { id: milan_request.id }))
            .await
            .expect_err("other Ordine's request");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = app
            .mailboxes()
            .get_mailbox(authed(&turin, GetMailboxRequest { address: milan_request.mailbox_address.clone() }))
            .await
            .expect_err("other Ordine's mailbox");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = app
            .mailboxes()
            .suspend_mailbox(authed(&turin, SuspendMailboxRequest { address: milan_request.mailbox_address, note: String::new() }))
            .await
            .expect_err("other Ordine's mailbox");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let requests = app
            .activation()
            .list_activation_requests(authed(&turin, ListActivationRequestsRequest::default()))
            .await
            .expect("list")
            .into_inner();
        assert!(requests.activation_requests.is_empty());
    }
}

/// Reflection (v1 and v1alpha) lists our services without a key, so grpcurl works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reflection_lists_the_services() {
    use tokio_stream::StreamExt;
    use tonic_reflection::pb::v1::ServerReflectionRequest;
    use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
    use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
    use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;
    use tonic_reflection::pb::v1alpha;

    let app = spawn_app(Backend::Sqlite).await;
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut responses = ServerReflectionClient::new(app.channel.clone())
        .server_reflection_info(tokio_stream::iter(vec![request]))
        .await
        .expect("reflection v1")
        .into_inner();
    let response = responses.next().await.expect("a response").expect("ok");
    let Some(MessageResponse::ListServicesResponse(list)) = response.message_response else {
        panic!("unexpected reflection response");
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for wanted in [
        "pec.v1.RegistryService",
        "pec.v1.ActivationService",
        "pec.v1.MailboxService",
        "grpc.health.v1.Health",
    ] {
        assert!(
            names.iter().any(|n| n == wanted),
            "{wanted} missing from {names:?}"
        );
    }

    let alpha_request = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::ListServices(String::new()),
        ),
    };
    let mut alpha =
        v1alpha::server_reflection_client::ServerReflectionClient::new(app.channel.clone())
            .server_reflection_info(tokio_stream::iter(vec![alpha_request]))
            .await
            .expect("reflection v1alpha")
            .into_inner();
    let response = alpha.next().await.expect("a response").expect("ok");
    assert!(matches!(
        response.message_response,
        Some(v1alpha::server_reflection_response::MessageResponse::ListServicesResponse(_))
    ));
}
