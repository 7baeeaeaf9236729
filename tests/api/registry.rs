//! RegistryService: Ordini, members, bulk sync.

use pecd::proto::*;
use prost_types::FieldMask;
use tonic::Code;

use crate::helpers::*;
use crate::on_both_backends;

on_both_backends! {
    async fn ordine_create_get_list_update(app: TestApp) {
        let created = app.ordine("TO", true).await;
        assert_eq!(created.code, "TO");
        assert_eq!(created.convention_since, "2024-01-01");
        app.ordine("MI", false).await;

        let mut registry = app.registry();
        let got = registry
            .get_ordine(authed(&app.admin, GetOrdineRequest { code: "to".into() }))
            .await
            .expect("get")
            .into_inner()
            .ordine
            .expect("ordine");
        assert_eq!(got, created);

        let adhering = registry
            .list_ordini(authed(&app.admin, ListOrdiniRequest { adhering_only: true, ..Default::default() }))
            .await
            .expect("list")
            .into_inner();
        assert_eq!(adhering.ordini.iter().map(|o| o.code.as_str()).collect::<Vec<_>>(), ["TO"]);

        let updated = registry
            .update_ordine(authed(
                &app.admin,
                UpdateOrdineRequest {
                    ordine: Some(Ordine {
                        code: "MI".into(),
                        adheres_to_convention: true,
                        convention_since: "2025-03-01".into(),
                        ..Default::default()
                    }),
                    update_mask: Some(FieldMask {
                        paths: vec!["adheres_to_convention".into(), "convention_since".into()],
                    }),
                },
            ))
            .await
            .expect("update")
            .into_inner()
            .ordine
            .expect("ordine");
        assert!(updated.adheres_to_convention);
        assert_eq!(updated.convention_since, "2025-03-01");
        assert_eq!(updated.name, "Ordine TSRM e PSTRP di MI", "fields outside the mask are kept");

        let duplicate = registry
            .create_ordine(authed(
                &app.admin,
                CreateOrdineRequest { request_id: String::new(), ordine: Some(created.clone()) },
            ))
            .await
            .expect_err("duplicate code");
        assert_status(&duplicate, Code::AlreadyExists, "RESOURCE_EXISTS");

        let missing = registry
            .get_ordine(authed(&app.admin, GetOrdineRequest { code: "ZZ".into() }))
            .await
            .expect_err("unknown");
        assert_status(&missing, Code::NotFound, "RESOURCE_NOT_FOUND");

        let audits = app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE target_type = 'ordine'").await;
        assert_eq!(audits, 3, "two creates and one update are audited");
    }

    async fn ordine_create_is_idempotent(app: TestApp) {
        let mut registry = app.registry();
        let request = |name: &str| CreateOrdineRequest {
            request_id: "0b6f6a2e-retry".into(),
            ordine: Some(Ordine {
                code: "RM".into(),
                name: name.into(),
                pec_address: "ordine.rm@pec.tsrm.org".into(),
                adheres_to_convention: true,
                convention_since: "2023-05-01".into(),
                ..Default::default()
            }),
        };
        let first = registry.create_ordine(authed(&app.admin, request("Roma"))).await.expect("first").into_inner();
        let retry = registry.create_ordine(authed(&app.admin, request("Roma"))).await.expect("retry").into_inner();
        assert_eq!(first, retry, "a retry returns the first answer");

        let reused = registry
            .create_ordine(authed(&app.admin, request("Roma e provincia")))
            .await
            .expect_err("same id, other payload");
        assert_status(&reused, Code::AlreadyExists, "REQUEST_ID_REUSED");
    }

    async fn ordine_validation_names_every_bad_field(app: TestApp) {
        let err = app
            .registry()
            .create_ordine(authed(
                &app.admin,
                CreateOrdineRequest {
                    request_id: "bad id with spaces".into(),
                    ordine: Some(Ordine::default()),
                },
            ))
            .await
            .expect_err("invalid");
        assert_eq!(bad_fields(&err), ["request_id"]);

        let err = app
            .registry()
            .create_ordine(authed(
                &app.admin,
                CreateOrdineRequest {
                    request_id: String::new(),
                    ordine: Some(Ordine {
                        code: "t".into(),
                        name: String::new(),
                        pec_address: "not an address".into(),
                        adheres_to_convention: true,
                        convention_since: String::new(),
                        ..Default::default()
                    }),
                },
            ))
            .await
            .expect_err("invalid");
        assert_eq!(
            bad_fields(&err),
            ["ordine.code", "ordine.name", "ordine.pec_address", "ordine.convention_since"]
        );
        let count = app.scalar_i64("SELECT COUNT(*) FROM ordini").await;
        assert_eq!(count, 0, "nothing half-written");
    }

    async fn member_upsert_validates_and_normalises(app: TestApp) {
        app.ordine("TO", true).await;
        let mut registry = app.registry();

        // Lowercase input and an omocode are fine; the code is stored uppercase.
        let mut m = member("rssmra80a01h50mm", "Mario", "Rossi", "TO");
        m.mobile_number = "347 123 4567".into();
        m.partita_iva = "00743110157".into();
        let saved = registry
            .upsert_member(authed(&app.admin, UpsertMemberRequest { request_id: String::new(), member: Some(m.clone()) }))
            .await
            .expect("upsert")
            .into_inner();
        assert!(saved.created);
        let saved = saved.member.expect("member");
        assert_eq!(saved.codice_fiscale, "RSSMRA80A01H50MM");
        assert_eq!(saved.mobile_number, "+393471234567");

        let again = registry
            .upsert_member(authed(&app.admin, UpsertMemberRequest { request_id: String::new(), member: Some(m) }))
            .await
            .expect("upsert again")
            .into_inner();
        assert!(!again.created);

        let mut bad = member("RSSMRA80A01H501X", "Mario", "Rossi", "TO");
        bad.personal_email = "mario.rossi@pec.it".into();
        bad.mobile_number = "06 1234 5678".into();
        bad.partita_iva = "12345678903".into();
        bad.albo = 99;
        bad.register_status = 0;
        let err = registry
            .upsert_member(authed(&app.admin, UpsertMemberRequest { request_id: String::new(), member: Some(bad) }))
            .await
            .expect_err("invalid member");
        assert_eq!(
            bad_fields(&err),
            [
                "member.codice_fiscale",
                "member.albo",
                "member.personal_email",
                "member.mobile_number",
                "member.partita_iva",
                "member.register_status",
            ]
        );

        let mut pec_domain = member("BLTMHL77S04E889G", "Michele", "Belotti", "TO");
        pec_domain.personal_email = "m.belotti@tsrm-pstrp.org".into();
        let err = registry
            .upsert_member(authed(&app.admin, UpsertMemberRequest { request_id: String::new(), member: Some(pec_domain) }))
            .await
            .expect_err("PEC as personal email");
        assert_eq!(bad_fields(&err), ["member.personal_email"]);

        let unknown_ordine = registry
            .upsert_member(authed(
                &app.admin,
                UpsertMemberRequest { request_id: String::new(), member: Some(member("BLTMHL77S04E889G", "Michele", "Belotti", "XX")) },
            ))
            .await
            .expect_err("unknown Ordine");
        assert_eq!(bad_fields(&unknown_ordine), ["member.ordine_code"]);
    }

    async fn sync_members_reports_bad_rows_and_keeps_going(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let total = 2500u32;
        let bad_at = [3usize, 1200, 2499];
        let rows: Vec<Member> = (0..total)
            .map(|i| {
                let mut m = member(&cf("Verdi", "Anna", i), "Anna", "Verdi", if i % 2 == 0 { "TO" } else { "MI" });
                if bad_at.contains(&(i as usize)) {
                    m.codice_fiscale = "RSSMRA80A01H501X".into(); // wrong check character
                }
                m
            })
            .collect();
        let send = |rows: Vec<Member>| {
            let messages: Vec<SyncMembersRequest> = rows
                .chunks(700)
                .map(|c| SyncMembersRequest { members: c.to_vec() })
                .collect();
            tokio_stream::iter(messages)
        };
        let first = app
            .registry()
            .sync_members(authed(&app.admin, send(rows.clone())))
            .await
            .expect("sync")
            .into_inner();
        assert_eq!(first.created, i64::from(total) - 3);
        assert_eq!(first.rejected, 3);
        assert_eq!((first.updated, first.unchanged), (0, 0));
        let indexes: Vec<i64> = first.rejected_rows.iter().map(|r| r.index).collect();
        assert_eq!(indexes, [3, 1200, 2499]);
        let row = &first.rejected_rows[0];
        assert_eq!(row.code, Code::InvalidArgument as i32);
        assert_eq!(row.reason, "INVALID_FIELDS");
        assert_eq!(row.field_errors[0].field, "codice_fiscale");
        assert!(!row.field_errors[0].description_it.is_empty());

        let mut changed = rows.clone();
        changed[10].registration_number = "9999".into();
        let second = app
            .registry()
            .sync_members(authed(&app.admin, send(changed)))
            .await
            .expect("re-sync")
            .into_inner();
        assert_eq!((second.created, second.updated, second.unchanged, second.rejected), (0, 1, i64::from(total) - 4, 3));
        let stored = app.scalar_i64("SELECT COUNT(*) FROM members").await;
        assert_eq!(stored, i64::from(total) - 3);
    }

    // More refused rows than the reply lists: the count stays exact, the list stops at the
    // bound, and the reply fits the 4 MiB gRPC clients accept by default, even when every bad
    // row carries a long key.
    async fn sync_members_reply_stays_under_4_mib_whatever_is_refused(app: TestApp) {
        use prost::Message as _;
        app.ordine("TO", true).await;
        const LISTED: usize = 1_000;
        let send = |rows: Vec<Member>| {
            let messages: Vec<SyncMembersRequest> = rows
                .chunks(500)
                .map(|c| SyncMembersRequest { members: c.to_vec() })
                .collect();
            tokio_stream::iter(messages)
        };
        for key_len in [16usize, 3_000] {
            let total = 3_000u32;
            let rows: Vec<Member> = (0..total)
                .map(|i| {
                    let mut m = member(&cf("Neri", "Luca", i), "Luca", "Neri", "TO");
                    // Every other row is refused: a wrong check character, or a long key.
                    if i % 2 == 1 {
                        m.codice_fiscale = if key_len == 16 {
                            "RSSMRA80A01H501X".into()
                        } else {
                            "X".repeat(key_len)
                        };
                    }
                    m
                })
                .collect();
            let reply = app
                .registry()
                .sync_members(authed(&app.admin, send(rows)))
                .await
                .expect("sync")
                .into_inner();
            assert_eq!(reply.rejected, i64::from(total / 2), "exact count ({key_len})");
            assert_eq!(reply.created + reply.unchanged, i64::from(total / 2));
            let size = reply.encoded_len();
            assert!(size < 4 * 1024 * 1024, "reply of {size} bytes ({key_len})");
            let indexes: Vec<i64> = reply.rejected_rows.iter().map(|r| r.index).collect();
            if key_len == 16 {
                // The first LISTED refused rows, in order.
                let expected: Vec<i64> = (0..LISTED as i64).map(|k| 2 * k + 1).collect();
                assert_eq!(indexes, expected);
            } else {
                // Long keys: a byte budget stops the list earlier, still from the start.
                assert!(!indexes.is_empty() && indexes.len() <= LISTED);
                assert_eq!(indexes[..3], [1, 3, 5]);
            }
        }
    }

    // One message far above the advised 1,000 members: more keys than SQLite binds in one
    // statement (32,766), so the lookup of the stored members must go in chunks.
    async fn sync_members_takes_one_huge_message(app: TestApp) {
        use prost::Message as _;
        app.ordine("TO", true).await;
        let rows: Vec<Member> = ["Neri", "Bini", "Moro"]
            .iter()
            .flat_map(|family| (0..11_500).map(move |i| {
                let mut m = member(&cf(family, "Ada", i), "Ada", family, "TO");
                m.personal_email = format!("{i}@ex.it");
                m
            }))
            .collect();
        let total = i64::try_from(rows.len()).expect("count");
        let message = SyncMembersRequest { members: rows };
        assert!(total > 32_766 && message.encoded_len() < 4 << 20, "{total} rows in {} bytes", message.encoded_len());
        let sync = |message: SyncMembersRequest| {
            let mut registry = app.registry();
            let admin = app.admin.clone();
            async move {
                registry
                    .sync_members(authed(&admin, tokio_stream::iter(vec![message])))
                    .await
                    .expect("sync")
                    .into_inner()
            }
        };
        let first = sync(message.clone()).await;
        assert_eq!((first.created, first.updated, first.unchanged, first.rejected), (total, 0, 0, 0));
        let again = sync(message).await;
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, total));
        assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM members").await, total);
    }

    // One message mixing a new, an unchanged and a changed member: on SQLite the new and
    // unchanged ones take the bulk handle and the changed one the mailbox rules, so a member
    // struck off through the sync gets their mailbox suspended like through UpsertMember.
    async fn sync_members_mixes_outcomes_and_drives_mailboxes(app: TestApp) {
        app.ordine("TO", true).await;
        let mut holder = member(&cf("Galli", "Irene", 1), "Irene", "Galli", "TO");
        let steady = member(&cf("Galli", "Irene", 2), "Irene", "Galli", "TO");
        app.upsert(holder.clone()).await;
        app.upsert(steady.clone()).await;
        let address = app.active_mailbox(&holder.codice_fiscale).await.address;
        holder.register_status = RegisterStatus::StruckOff as i32;
        let fresh = member(&cf("Galli", "Irene", 3), "Irene", "Galli", "TO");
        let message = SyncMembersRequest { members: vec![fresh.clone(), holder.clone(), steady.clone()] };
        let out = app
            .registry()
            .sync_members(authed(&app.admin, tokio_stream::iter(vec![message])))
            .await
            .expect("sync")
            .into_inner();
        assert_eq!((out.created, out.updated, out.unchanged, out.rejected), (1, 1, 1, 0));
        let mailbox = app.get_mailbox(&address).await;
        assert_eq!(mailbox.state, MailboxState::Sospeso as i32);
        assert_eq!(mailbox.suspension_cause, SuspensionCause::RegisterStruckOff as i32);
        assert!(mailbox.scheduled_closure_time.is_some(), "closure scheduled");
        let created_trail = app
            .scalar_text("SELECT details FROM audit_log WHERE action = 'member.sync_create'")
            .await
            .expect("one trail row for the created member");
        assert!(created_trail.contains(&fresh.codice_fiscale), "{created_trail}");
        assert!(!created_trail.contains(&steady.codice_fiscale), "{created_trail}");
        let stored = app
            .scalar_text(&format!(
                "SELECT register_status FROM members WHERE codice_fiscale = '{}'",
                holder.codice_fiscale
            ))
            .await;
        assert_eq!(stored.as_deref(), Some("STRUCK_OFF"));
    }

    // A re-sync where every member changed: contact changes are written in bulk (each with
    // its trail row and event, the mailbox untouched), while changes of standing and Ordine
    // still go through the mailbox rules one by one, in the same batch.
    async fn sync_members_updates_contacts_in_bulk_and_standing_through_the_rules(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let mut struck = member(&cf("Fabbri", "Nora", 1), "Nora", "Fabbri", "TO");
        let mut moved = member(&cf("Fabbri", "Nora", 2), "Nora", "Fabbri", "TO");
        let mut contact = member(&cf("Fabbri", "Nora", 3), "Nora", "Fabbri", "TO");
        contact.mobile_number = "+393471234567".into();
        for m in [&struck, &moved, &contact] {
            app.upsert(m.clone()).await;
        }
        let struck_box = app.active_mailbox(&struck.codice_fiscale).await.address;
        let moved_box = app.active_mailbox(&moved.codice_fiscale).await.address;
        let contact_box = app.active_mailbox(&contact.codice_fiscale).await.address;
        let updated_before = app
            .scalar_i64(&format!(
                "SELECT updated_at FROM members WHERE codice_fiscale = '{}'",
                contact.codice_fiscale
            ))
            .await;
        let events_before = app.scalar_i64("SELECT COUNT(*) FROM events WHERE kind = 'MEMBER_UPDATED'").await;

        struck.register_status = RegisterStatus::StruckOff as i32;
        struck.personal_email = "nora.uno@example.org".into();
        moved.ordine_code = "MI".into();
        contact.personal_email = "nora.tre@example.org".into();
        contact.mobile_number = String::new();
        contact.partita_iva = "00743110157".into();
        contact.registration_number = "B-12".into();
        contact.albo = Albo::Dietista as i32;
        let message = SyncMembersRequest { members: vec![contact.clone(), struck.clone(), moved.clone()] };
        let out = app
            .registry()
            .sync_members(authed(&app.admin, tokio_stream::iter(vec![message])))
            .await
            .expect("sync")
            .into_inner();
        assert_eq!((out.created, out.updated, out.unchanged, out.rejected), (0, 3, 0, 0));

        // The rules ran for standing and Ordine.
        let suspended = app.get_mailbox(&struck_box).await;
        assert_eq!(suspended.state, MailboxState::Sospeso as i32);
        assert_eq!(suspended.suspension_cause, SuspensionCause::RegisterStruckOff as i32);
        assert_eq!(app.get_mailbox(&moved_box).await.ordine_code, "MI");
        // The contact change: every field written (the mobile cleared), the mailbox untouched.
        let got = app
            .registry()
            .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: contact.codice_fiscale.clone() }))
            .await
            .expect("get")
            .into_inner()
            .member
            .expect("member");
        assert_eq!(
            (&got.personal_email, &got.mobile_number, &got.partita_iva, &got.registration_number, got.albo),
            (&contact.personal_email, &contact.mobile_number, &contact.partita_iva, &contact.registration_number, contact.albo)
        );
        let mobile_null = app
            .scalar_i64(&format!(
                "SELECT COUNT(*) FROM members WHERE codice_fiscale = '{}' AND mobile_number IS NULL",
                contact.codice_fiscale
            ))
            .await;
        assert_eq!(mobile_null, 1, "a cleared mobile is NULL, not ''");
        let unchanged_box = app.get_mailbox(&contact_box).await;
        assert_eq!(unchanged_box.state, MailboxState::Attivo as i32);
        let updated_after = app
            .scalar_i64(&format!(
                "SELECT updated_at FROM members WHERE codice_fiscale = '{}'",
                contact.codice_fiscale
            ))
            .await;
        assert!(updated_after > updated_before, "{updated_after} > {updated_before}");
        // The rules' changes have a trail row each, as through UpsertMember; the bulk ones
        // one row per Ordine of the batch, naming them.
        for (m, ordine) in [(&struck, "TO"), (&moved, "MI")] {
            let trail = app
                .scalar_i64(&format!(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'member.update' \
                     AND target_id = '{}' AND ordine_code = '{ordine}'",
                    m.codice_fiscale
                ))
                .await;
            assert_eq!(trail, 1, "trail of {}", m.codice_fiscale);
        }
        let bulk = app
            .scalar_text("SELECT details FROM audit_log WHERE action = 'member.sync_update' AND ordine_code = 'TO'")
            .await
            .expect("one trail row for the contact changes of TO");
        assert!(bulk.contains(&contact.codice_fiscale), "{bulk}");
        assert!(!bulk.contains(&struck.codice_fiscale) && !bulk.contains("nora.tre"), "{bulk}");
        // One event per member updated, on either path, each in its Ordine.
        for (m, ordine) in [(&struck, "TO"), (&moved, "MI"), (&contact, "TO")] {
            let events = app
                .scalar_i64(&format!(
                    "SELECT COUNT(*) FROM events WHERE kind = 'MEMBER_UPDATED' \
                     AND resource_id = '{}' AND ordine_code = '{ordine}'",
                    m.codice_fiscale
                ))
                .await;
            assert_eq!(events, 1, "event of {}", m.codice_fiscale);
        }
        let events_after = app.scalar_i64("SELECT COUNT(*) FROM events WHERE kind = 'MEMBER_UPDATED'").await;
        assert_eq!(events_after - events_before, 3);
        // Sent again: nothing left to change.
        let message = SyncMembersRequest { members: vec![contact, struck, moved] };
        let again = app
            .registry()
            .sync_members(authed(&app.admin, tokio_stream::iter(vec![message])))
            .await
            .expect("re-sync")
            .into_inner();
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
    }

    async fn sync_members_stores_every_field_and_absent_optionals(app: TestApp) {
        // The bulk insert binds columns as arrays on PostgreSQL: check every field round-trips,
        // with and without the optional mobile and partita IVA.
        app.ordine("TO", true).await;
        let mut full = member(&cf("Conti", "Elena", 1), "Elena", "Conti", "TO");
        full.mobile_number = "+393471234567".into();
        full.partita_iva = "00743110157".into();
        full.registration_number = "A-77".into();
        full.albo = Albo::Dietista as i32;
        full.register_status = RegisterStatus::Suspended as i32;
        let bare = member(&cf("Conti", "Elena", 2), "Elena", "Conti", "TO");
        let stream = || tokio_stream::iter(vec![SyncMembersRequest { members: vec![full.clone(), bare.clone()] }]);
        let out = app.registry().sync_members(authed(&app.admin, stream())).await.expect("sync").into_inner();
        assert_eq!((out.created, out.rejected), (2, 0));
        for sent in [&full, &bare] {
            let got = app
                .registry()
                .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: sent.codice_fiscale.clone() }))
                .await
                .expect("get")
                .into_inner()
                .member
                .expect("member");
            assert_eq!(
                (&got.given_name, &got.family_name, &got.ordine_code, got.albo, &got.registration_number),
                (&sent.given_name, &sent.family_name, &sent.ordine_code, sent.albo, &sent.registration_number)
            );
            assert_eq!((&got.personal_email, &got.mobile_number, &got.partita_iva), (&sent.personal_email, &sent.mobile_number, &sent.partita_iva));
            assert_eq!(got.register_status, sent.register_status);
        }
        let again = app.registry().sync_members(authed(&app.admin, stream())).await.expect("re-sync").into_inner();
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    }

    async fn sync_members_refuses_repeats_and_needs_albo_or_admin(app: TestApp) {
        app.ordine("TO", true).await;
        let one = member(&cf("Neri", "Luca", 1), "Luca", "Neri", "TO");
        let stream = tokio_stream::iter(vec![
            SyncMembersRequest { members: vec![one.clone()] },
            SyncMembersRequest { members: vec![one.clone(), member(&cf("Neri", "Luca", 2), "Luca", "Neri", "ZZ")] },
        ]);
        let out = app.registry().sync_members(authed(&app.admin, stream)).await.expect("sync").into_inner();
        assert_eq!(out.created, 1);
        assert_eq!(out.rejected, 2);
        assert_eq!(out.rejected_rows[0].reason, "RESOURCE_EXISTS");
        assert_eq!(out.rejected_rows[1].field_errors[0].field, "ordine_code");

        let albo = app.key(pecd::auth::Role::Albo, None).await;
        let ok = app
            .registry()
            .sync_members(authed(&albo, tokio_stream::iter(vec![SyncMembersRequest { members: vec![one.clone()] }])))
            .await
            .expect("albo may sync")
            .into_inner();
        assert_eq!(ok.unchanged, 1);
        let ordine = app.key(pecd::auth::Role::Ordine, Some("TO")).await;
        let denied = app
            .registry()
            .sync_members(authed(&ordine, tokio_stream::iter(vec![SyncMembersRequest { members: vec![one] }])))
            .await
            .expect_err("ordine may not sync");
        assert_status(&denied, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
    }

    async fn list_members_pages_and_filters(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        for i in 0..7 {
            app.upsert(member(&cf("Gallo", "Sara", i), "Sara", "Gallo", if i < 5 { "TO" } else { "MI" })).await;
        }
        let mut suspended = member(&cf("Gallo", "Sara", 0), "Sara", "Gallo", "TO");
        suspended.register_status = RegisterStatus::Suspended as i32;
        app.upsert(suspended).await;

        let mut seen = Vec::new();
        let mut token = String::new();
        loop {
            let page = app
                .registry()
                .list_members(authed(
                    &app.admin,
                    ListMembersRequest { page_size: 2, page_token: token.clone(), ordine_code: "TO".into(), ..Default::default() },
                ))
                .await
                .expect("page")
                .into_inner();
            assert!(page.members.len() <= 2);
            seen.extend(page.members.into_iter().map(|m| m.codice_fiscale));
            if page.next_page_token.is_empty() {
                break;
            }
            token = page.next_page_token;
        }
        assert_eq!(seen.len(), 5);
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "ordered by codice fiscale, no repeats");

        let first = app
            .registry()
            .list_members(authed(&app.admin, ListMembersRequest { page_size: 2, ordine_code: "TO".into(), ..Default::default() }))
            .await
            .expect("page")
            .into_inner();
        let wrong_filter = app
            .registry()
            .list_members(authed(
                &app.admin,
                ListMembersRequest { page_size: 2, page_token: first.next_page_token, ordine_code: "MI".into(), ..Default::default() },
            ))
            .await
            .expect_err("token of another filter");
        assert_eq!(bad_fields(&wrong_filter), ["page_token"]);

        let only_suspended = app
            .registry()
            .list_members(authed(
                &app.admin,
                ListMembersRequest { register_status: RegisterStatus::Suspended as i32, ..Default::default() },
            ))
            .await
            .expect("filter")
            .into_inner();
        assert_eq!(only_suspended.members.len(), 1);

        let got = app
            .registry()
            .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: cf("Gallo", "Sara", 6).to_lowercase() }))
            .await
            .expect("get")
            .into_inner()
            .member
            .expect("member");
        assert_eq!(got.ordine_code, "MI");
        let bad = app
            .registry()
            .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: "NOTACODE".into() }))
            .await
            .expect_err("bad code");
        assert_eq!(bad_fields(&bad), ["codice_fiscale"]);
    }
}

on_both_backends! {
    async fn hostile_input_gets_a_precise_status(app: TestApp) {
        app.ordine("TO", true).await;
        // Under the 64 KiB decode limit of unary calls (beyond it: security.rs).
        let long = "x".repeat(60_000);
        let nasty = [
            "", " ", "\0", "a\0b", "💥", "\u{202e}RSSMRA80A01H501U", "' OR 1=1 --", "RSSMRA80A01H501U\n",
            long.as_str(), "ÀÈÌÒÙ", "%", "_",
        ];
        let acceptable = [Code::InvalidArgument, Code::NotFound];
        for s in nasty {
            let err = app
                .registry()
                .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: s.into() }))
                .await
                .expect_err("no such member");
            assert!(acceptable.contains(&err.code()), "GetMember({s:?}): {err:?}");
            let err = app
                .mailboxes()
                .get_mailbox(authed(&app.admin, GetMailboxRequest { address: s.into() }))
                .await
                .expect_err("no such mailbox");
            assert!(acceptable.contains(&err.code()), "GetMailbox({s:?}): {err:?}");
            let err = app
                .activation()
                .get_activation_request(authed(&app.admin, GetActivationRequestRequest { id: s.into() }))
                .await
                .expect_err("no such request");
            assert!(acceptable.contains(&err.code()), "GetActivationRequest({s:?}): {err:?}");
            let err = app
                .activation()
                .accept_assignment(authed(&app.admin, AcceptAssignmentRequest { activation_request_id: s.into(), codice_fiscale: "RSSMRA80A01H501U".into() }))
                .await
                .expect_err("no such request");
            assert!(acceptable.contains(&err.code()), "AcceptAssignment({s:?}): {err:?}");
            let err = app
                .registry()
                .list_members(authed(&app.admin, ListMembersRequest { page_token: s.into(), ordine_code: s.into(), ..Default::default() }))
                .await;
            if let Err(err) = err {
                assert_eq!(err.code(), Code::InvalidArgument, "ListMembers({s:?}): {err:?}");
            }
            let mut m = member("RSSMRA80A01H501U", s, s, "TO");
            m.registration_number = s.into();
            m.personal_email = s.into();
            m.mobile_number = s.into();
            m.partita_iva = s.into();
            let err = app
                .registry()
                .upsert_member(authed(&app.admin, UpsertMemberRequest { request_id: String::new(), member: Some(m) }))
                .await
                .expect_err("invalid member");
            assert_eq!(err.code(), Code::InvalidArgument, "UpsertMember({s:?}): {err:?}");
        }
        for page_size in [-1, i32::MIN] {
            let err = app
                .registry()
                .list_ordini(authed(&app.admin, ListOrdiniRequest { page_size, ..Default::default() }))
                .await
                .expect_err("negative page size");
            assert_eq!(bad_fields(&err), ["page_size"]);
        }
        let huge = app
            .registry()
            .list_ordini(authed(&app.admin, ListOrdiniRequest { page_size: i32::MAX, ..Default::default() }))
            .await
            .expect("coerced to the maximum");
        assert_eq!(huge.into_inner().ordini.len(), 1);
        assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM members").await, 0);
    }
}

// A stored register status that is not one of ours is an internal error, never ACTIVE: on
// reads, on an upsert and on the sync's bulk paths (SQLite's plain write handle, PostgreSQL's
// `= ANY` lookup).
on_both_backends! {
    async fn unknown_stored_register_status_is_internal(app: TestApp) {
        app.ordine("TO", true).await;
        let mario = member(&cf("Rossi", "Mario", 1), "Mario", "Rossi", "TO");
        app.upsert(mario.clone()).await;
        app.execute(&format!("UPDATE members SET register_status = 'RADIATO' WHERE codice_fiscale = '{}'", mario.codice_fiscale)).await;
        let mut registry = app.registry();

        let status = registry
            .get_member(authed(&app.admin, GetMemberRequest { codice_fiscale: mario.codice_fiscale.clone() }))
            .await
            .expect_err("unknown status");
        assert_eq!(status.code(), Code::Internal, "{status:?}");
        assert!(!status.message().contains("RADIATO"), "the cause stays in the log: {status:?}");
        let upsert = registry
            .upsert_member(authed(&app.admin, UpsertMemberRequest { member: Some(mario.clone()), ..Default::default() }))
            .await
            .expect_err("upsert over an unknown status");
        assert_eq!(upsert.code(), Code::Internal);
        let sync = registry
            .sync_members(authed(&app.admin, tokio_stream::iter(vec![SyncMembersRequest { members: vec![mario.clone()] }])))
            .await
            .expect_err("sync over an unknown status");
        assert_eq!(sync.code(), Code::Internal);
        assert_eq!(
            app.scalar_text(&format!("SELECT register_status FROM members WHERE codice_fiscale = '{}'", mario.codice_fiscale)).await.as_deref(),
            Some("RADIATO"),
            "nothing was written over it"
        );
    }
}
