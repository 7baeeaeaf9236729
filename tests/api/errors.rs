//! What a client hears when something is wrong: the same reason and Italian texts for a call
//! and for a refused row of a batch, one sentence per bad field, and page tokens that only
//! the list that issued them accepts.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use pecd::auth::Role;
use pecd::proto::contact_change_service_client::ContactChangeServiceClient;
use pecd::proto::notification_service_client::NotificationServiceClient;
use pecd::proto::review_service_client::ReviewServiceClient;
use pecd::proto::*;
use tonic::{Code, Status};
use tonic_types::StatusExt;

use crate::helpers::*;
use crate::on_both_backends;

/// What the wire says of one bad field: path, English, Italian.
type FieldText = (String, String, String);

/// A text a front end can show as it is: one or more sentences, no field names, no joins.
fn assert_member_text(text: &str) {
    assert!(
        text.chars().next().is_some_and(char::is_uppercase),
        "not capitalised: {text:?}"
    );
    assert!(text.ends_with('.'), "no full stop: {text:?}");
    assert!(!text.contains('_'), "a field name in {text:?}");
    assert!(!text.contains("; "), "joined fragments in {text:?}");
}

/// The it-IT `LocalizedMessage` of a status.
fn localized(status: &Status) -> String {
    let message = status
        .get_error_details()
        .localized_message()
        .cloned()
        .expect("LocalizedMessage");
    assert_eq!(message.locale, "it-IT");
    message.message
}

/// The field violations of an INVALID_ARGUMENT status, each with its own it-IT message.
fn field_texts(status: &Status) -> Vec<FieldText> {
    assert_status(status, Code::InvalidArgument, "INVALID_FIELDS");
    status
        .get_error_details()
        .bad_request()
        .expect("BadRequest")
        .field_violations
        .iter()
        .map(|v| {
            let it = v
                .localized_message
                .as_ref()
                .unwrap_or_else(|| panic!("no localized message on {}", v.field));
            assert_eq!(it.locale, "it-IT", "{}", v.field);
            (v.field.clone(), v.description.clone(), it.message.clone())
        })
        .collect()
}

fn row_texts(row: &RowError) -> Vec<FieldText> {
    row.field_errors
        .iter()
        .map(|f| {
            (
                f.field.clone(),
                f.description.clone(),
                f.description_it.clone(),
            )
        })
        .collect()
}

/// A member with a wrong check character, no given name and a PEC as personal email.
fn bad_member() -> Member {
    let mut m = member(&cf("Rossi", "Mario", 1), "Mario", "Rossi", "TO");
    m.codice_fiscale = "RSSMRA80A01H501X".into();
    m.given_name = String::new();
    m.personal_email = "mario.rossi@pec.it".into();
    m
}

async fn upsert_error(app: &TestApp, m: Member) -> Status {
    app.registry()
        .upsert_member(authed(
            &app.admin,
            UpsertMemberRequest {
                request_id: String::new(),
                member: Some(m),
            },
        ))
        .await
        .expect_err("invalid member")
}

async fn create_error(app: &TestApp, codice_fiscale: &str) -> Status {
    app.activation()
        .create_activation_request(authed(
            &app.admin,
            CreateActivationRequestRequest {
                codice_fiscale: codice_fiscale.to_owned(),
                ..Default::default()
            },
        ))
        .await
        .expect_err("refused")
}

/// One page of `list`: the ids on it and the next token.
async fn page(
    app: &TestApp,
    list: &str,
    page_size: i32,
    page_token: &str,
) -> Result<(Vec<String>, String), Status> {
    let key = &app.admin;
    let page_token = page_token.to_owned();
    Ok(match list {
        "ListOrdini" => {
            let r = app
                .registry()
                .list_ordini(authed(
                    key,
                    ListOrdiniRequest {
                        page_size,
                        page_token,
                        ..Default::default()
                    },
                ))
                .await?
                .into_inner();
            (
                r.ordini.into_iter().map(|o| o.code).collect(),
                r.next_page_token,
            )
        }
        "ListMembers" => {
            let r = app
                .registry()
                .list_members(authed(
                    key,
                    ListMembersRequest {
                        page_size,
                        page_token,
                        ..Default::default()
                    },
                ))
                .await?
                .into_inner();
            (
                r.members.into_iter().map(|m| m.codice_fiscale).collect(),
                r.next_page_token,
            )
        }
        "ListActivationRequests" => {
            let r = app
                .activation()
                .list_activation_requests(authed(
                    key,
                    ListActivationRequestsRequest {
                        page_size,
                        page_token,
                        ..Default::default()
                    },
                ))
                .await?
                .into_inner();
            (
                r.activation_requests.into_iter().map(|a| a.id).collect(),
                r.next_page_token,
            )
        }
        "ListMailboxes" => {
            let r = app
                .mailboxes()
                .list_mailboxes(authed(
                    key,
                    ListMailboxesRequest {
                        page_size,
                        page_token,
                        ..Default::default()
                    },
                ))
                .await?
                .into_inner();
            (
                r.mailboxes.into_iter().map(|m| m.address).collect(),
                r.next_page_token,
            )
        }
        "ListNotifications" => {
            let r = NotificationServiceClient::new(app.channel.clone())
                .list_notifications(authed(
                    key,
                    ListNotificationsRequest {
                        page_size,
                        page_token,
                        ..Default::default()
                    },
                ))
                .await?
                .into_inner();
            (
                r.notifications.into_iter().map(|n| n.id).collect(),
                r.next_page_token,
            )
        }
        "ListContactChanges" => {
            let r = ReviewServiceClient::new(app.channel.clone())
                .list_contact_changes(authed(
                    key,
                    ListContactChangesRequest {
                        state: ContactChangeState::Draft as i32,
                        page_size,
                        page_token,
                    },
                ))
                .await?
                .into_inner();
            (
                r.changes
                    .into_iter()
                    .filter_map(|c| c.change.map(|c| c.id))
                    .collect(),
                r.next_page_token,
            )
        }
        other => panic!("no list {other}"),
    })
}

const LISTS: [&str; 6] = [
    "ListOrdini",
    "ListMembers",
    "ListActivationRequests",
    "ListMailboxes",
    "ListNotifications",
    "ListContactChanges",
];

/// Three members with active mailboxes (requests, mailboxes, emails) and two contact-change
/// drafts: at least two items on every list.
async fn fill_every_list(app: &TestApp) {
    app.ordine("TO", true).await;
    app.ordine("MI", true).await;
    let self_service = app.key(Role::SelfService, None).await;
    for n in 0..3 {
        let codice_fiscale = cf("Gallo", "Sara", n);
        app.upsert(member(&codice_fiscale, "Sara", "Gallo", "TO"))
            .await;
        let mailbox = app.active_mailbox(&codice_fiscale).await;
        if n < 2 {
            ContactChangeServiceClient::new(app.channel.clone())
                .start_contact_change(authed(
                    &self_service,
                    StartContactChangeRequest {
                        mailbox_address: mailbox.address,
                        codice_fiscale,
                        ..Default::default()
                    },
                ))
                .await
                .expect("draft");
        }
    }
}

on_both_backends! {
    async fn a_bad_member_hears_one_sentence_per_field(app: TestApp) {
        app.ordine("TO", true).await;
        let err = upsert_error(&app, bad_member()).await;
        let fields = field_texts(&err);
        let names: Vec<&str> = fields.iter().map(|(f, _, _)| f.as_str()).collect();
        assert_eq!(names, ["member.codice_fiscale", "member.given_name", "member.personal_email"]);
        for (_, _, it) in &fields {
            assert_member_text(it);
        }
        assert_eq!(
            fields[0].2,
            "Il codice fiscale non è corretto: il carattere di controllo (l'ultimo) non \
             corrisponde. Controlla di averlo digitato correttamente."
        );
        // Several bad fields: one sentence on top, each field its own.
        let top = localized(&err);
        assert_member_text(&top);
        assert_eq!(top, "Alcuni dati non sono corretti: controlla i campi indicati.");

        // One bad field: its sentence is the whole message.
        let mut one = member(&cf("Rossi", "Mario", 1), "Mario", "Rossi", "TO");
        one.codice_fiscale = "RSSMRA80A01H501X".into();
        let err = upsert_error(&app, one).await;
        assert_eq!(field_texts(&err).len(), 1);
        assert_eq!(localized(&err), fields[0].2);
    }

    async fn a_refused_row_says_what_the_single_call_says(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("NA", false).await;

        // SyncMembers: a refused row against UpsertMember of the same member (whose fields
        // sit under `member.`).
        let single = upsert_error(&app, bad_member()).await;
        let synced = app
            .registry()
            .sync_members(authed(
                &app.admin,
                tokio_stream::iter(vec![SyncMembersRequest { members: vec![bad_member()] }]),
            ))
            .await
            .expect("sync")
            .into_inner();
        let [row] = &synced.rejected_rows[..] else { panic!("one refused row: {synced:?}") };
        assert_eq!(row.code, single.code() as i32);
        assert_eq!(row.reason, "INVALID_FIELDS");
        assert_eq!(row.message_it, localized(&single));
        let single_fields: Vec<FieldText> = field_texts(&single)
            .into_iter()
            .map(|(f, en, it)| (f.trim_start_matches("member.").to_owned(), en, it))
            .collect();
        assert_eq!(row_texts(row), single_fields);

        // BatchCreateActivationRequests: each refused item against CreateActivationRequest.
        let not_adhering = cf("Esposito", "Ciro", 1);
        app.upsert(member(&not_adhering, "Ciro", "Esposito", "NA")).await;
        let unknown = cf("Neri", "Luca", 2);
        let cases = [("RSSMRA80A01H501X", Code::InvalidArgument, "INVALID_FIELDS"),
            (unknown.as_str(), Code::NotFound, "RESOURCE_NOT_FOUND"),
            (not_adhering.as_str(), Code::FailedPrecondition, "ORDINE_NOT_ADHERING")];
        let batch = app
            .activation()
            .batch_create_activation_requests(authed(
                &app.admin,
                BatchCreateActivationRequestsRequest {
                    requests: cases
                        .iter()
                        .map(|(cf, _, _)| CreateActivationRequestRequest {
                            codice_fiscale: (*cf).to_owned(),
                            ..Default::default()
                        })
                        .collect(),
                },
            ))
            .await
            .expect("batch")
            .into_inner();
        assert_eq!(batch.results.len(), cases.len());
        for ((cf, code, reason), result) in cases.iter().zip(&batch.results) {
            use batch_create_activation_requests_result::Result as R;
            let Some(R::Error(row)) = &result.result else { panic!("{cf} not refused: {result:?}") };
            let single = create_error(&app, cf).await;
            assert_status(&single, *code, reason);
            assert_eq!(row.code, *code as i32, "{cf}");
            assert_eq!(row.reason, *reason, "{cf}");
            assert_eq!(row.message, single.message(), "{cf}");
            assert_eq!(row.message_it, localized(&single), "{cf}");
            assert_member_text(&row.message_it);
            if *code == Code::InvalidArgument {
                assert_eq!(row_texts(row), field_texts(&single), "{cf}");
                assert!(!row.field_errors[0].description_it.is_empty());
            } else {
                assert!(row.field_errors.is_empty(), "{cf}");
            }
        }
    }

    async fn every_list_refuses_forged_page_tokens(app: TestApp) {
        // The old token format (fingerprint|key) with a NUL byte in the key used to reach
        // PostgreSQL and answer INTERNAL.
        let forged_nul = URL_SAFE_NO_PAD.encode(b"0123456789abcdef|RSSMRA\0");
        let random: Vec<u8> = (0..48u8).map(|i| i.wrapping_mul(151).wrapping_add(7)).collect();
        let random = URL_SAFE_NO_PAD.encode(random);
        let bad = ["\0", "abc\0def", forged_nul.as_str(), random.as_str(), "not a token!", "A"];
        for list in LISTS {
            for token in bad {
                let err = page(&app, list, 10, token).await.expect_err("bad token");
                assert_eq!(bad_fields(&err), ["page_token"], "{list} {token:?}");
                assert_member_text(&localized(&err));
            }
        }
    }

    async fn page_tokens_page_every_list_and_no_other(app: TestApp) {
        fill_every_list(&app).await;
        let mut tokens = Vec::new();
        for list in LISTS {
            let (all, last) = page(&app, list, 1000, "").await.expect("all");
            assert!(all.len() >= 2, "{list}: {all:?}");
            assert!(last.is_empty());
            let mut seen = Vec::new();
            let mut token = String::new();
            loop {
                let (ids, next) = page(&app, list, 1, &token).await.expect("page");
                assert!(ids.len() <= 1);
                seen.extend(ids);
                if next.is_empty() {
                    break;
                }
                token = next;
                tokens.push((list, token.clone()));
            }
            // Background work may add items meanwhile (emails): every item listed before
            // is met once, in order.
            let mut unique = seen.clone();
            unique.dedup();
            assert_eq!(unique, seen, "{list}: an item met twice");
            assert!(all.iter().all(|id| seen.contains(id)), "{list}: {all:?} vs {seen:?}");
        }
        // A token minted by one list is refused by every other, and not by its own.
        for (minted_by, token) in &tokens {
            for list in LISTS {
                let result = page(&app, list, 1, token).await;
                if list == *minted_by {
                    assert!(result.is_ok(), "{list} refused its own token");
                } else {
                    let err = result.expect_err("token of another list");
                    assert_eq!(bad_fields(&err), ["page_token"], "{minted_by} token in {list}");
                }
            }
        }
    }
}
