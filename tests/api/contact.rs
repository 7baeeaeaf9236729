//! ContactChangeService: the member's wizard up to the identity document, with real JPEG
//! fixtures, encrypted storage and draft expiry.

use pecd::auth::Role;
use pecd::proto::contact_change_service_client::ContactChangeServiceClient;
use pecd::proto::*;
use sha2::{Digest, Sha256};
use tonic::Code;
use tonic::transport::Channel;

use crate::helpers::*;
use crate::on_both_backends;

pub(crate) const MARIO: &str = "RSSMRA80A01H501U";
const CHUNK: usize = 64 * 1024;

pub(crate) fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../tests/fixtures/id-documents/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

pub(crate) fn torino() -> Residence {
    Residence {
        country: "IT".into(),
        province: "TO".into(),
        comune: "torino".into(),
        postal_code: "10121".into(),
        street: "Via Roma 1".into(),
    }
}

pub(crate) struct Wizard {
    pub(crate) client: ContactChangeServiceClient<Channel>,
    pub(crate) key: String,
    pub(crate) id: String,
    pub(crate) secret: String,
}

impl Wizard {
    pub(crate) async fn start(app: &TestApp, address: &str) -> Self {
        let key = app.key(Role::SelfService, None).await;
        let mut client = ContactChangeServiceClient::new(app.channel.clone());
        let started = client
            .start_contact_change(authed(
                &key,
                StartContactChangeRequest {
                    mailbox_address: address.into(),
                    codice_fiscale: MARIO.into(),
                    ..Default::default()
                },
            ))
            .await
            .expect("start")
            .into_inner();
        let change = started.change.expect("change");
        assert_eq!(change.state(), ContactChangeState::Draft);
        assert_eq!(change.next_step(), ContactChangeStep::HolderDetails);
        assert!(started.change_secret.len() >= 43, "at least 256 bits");
        Self {
            client,
            key,
            id: change.id,
            secret: started.change_secret,
        }
    }

    pub(crate) async fn details(
        &mut self,
        given: &str,
        family: &str,
        residence: Residence,
    ) -> Result<ContactChange, tonic::Status> {
        self.client
            .set_holder_details(authed(
                &self.key,
                SetHolderDetailsRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    given_name: given.into(),
                    family_name: family.into(),
                    residence: Some(residence),
                },
            ))
            .await
            .map(|r| r.into_inner().change.expect("change"))
    }

    pub(crate) async fn upload(
        &mut self,
        side: DocumentSide,
        image: &[u8],
    ) -> Result<UploadIdentityDocumentResponse, tonic::Status> {
        let mut messages = vec![UploadIdentityDocumentRequest {
            part: Some(upload_identity_document_request::Part::Header(
                UploadHeader {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    side: side as i32,
                },
            )),
        }];
        for chunk in image.chunks(CHUNK) {
            messages.push(UploadIdentityDocumentRequest {
                part: Some(upload_identity_document_request::Part::Chunk(
                    chunk.to_vec(),
                )),
            });
        }
        self.client
            .upload_identity_document(authed(&self.key, tokio_stream::iter(messages)))
            .await
            .map(tonic::Response::into_inner)
    }

    pub(crate) async fn get(&mut self, secret: &str) -> Result<ContactChange, tonic::Status> {
        self.client
            .get_contact_change(authed(
                &self.key,
                GetContactChangeRequest {
                    change_id: self.id.clone(),
                    change_secret: secret.into(),
                },
            ))
            .await
            .map(|r| r.into_inner().change.expect("change"))
    }
}

pub(crate) fn blob_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.data_dir().join("blobs"), &mut out);
    out
}

pub(crate) async fn active_mario(app: &TestApp) -> String {
    app.ordine("TO", true).await;
    app.upsert(member(MARIO, "Mario", "Rossi", "TO")).await;
    app.active_mailbox(MARIO).await.address
}

on_both_backends! {
    async fn holder_is_identified_by_mailbox_and_codice_fiscale(app: TestApp) {
        let address = active_mario(&app).await;
        let key = app.key(Role::SelfService, None).await;
        let mut client = ContactChangeServiceClient::new(app.channel.clone());
        let other_cf = cf("Bianchi", "Luigi", 3);
        for (mailbox, holder) in [
            (address.as_str(), other_cf.as_str()),
            ("nessuno@tsrm-pstrp.org", MARIO),
        ] {
            let err = client
                .start_contact_change(authed(
                    &key,
                    StartContactChangeRequest {
                        mailbox_address: mailbox.into(),
                        codice_fiscale: holder.into(),
                        ..Default::default()
                    },
                ))
                .await
                .expect_err("no match");
            assert_status(&err, Code::InvalidArgument, "INVALID_FIELDS");
            assert_eq!(bad_fields(&err), ["mailbox_address"]);
            assert!(err.message().contains("do not match"), "{}", err.message());
        }
        // A malformed codice fiscale is named as such.
        let err = client
            .start_contact_change(authed(
                &key,
                StartContactChangeRequest {
                    mailbox_address: address.clone(),
                    codice_fiscale: "RSSMRA80A01H501X".into(),
                    ..Default::default()
                },
            ))
            .await
            .expect_err("bad check character");
        assert_eq!(bad_fields(&err), ["codice_fiscale"]);
        // An Ordine's key is not the member's front end.
        let ordine_key = app.key(Role::Ordine, Some("TO")).await;
        let err = client
            .start_contact_change(authed(
                &ordine_key,
                StartContactChangeRequest {
                    mailbox_address: address.clone(),
                    codice_fiscale: MARIO.into(),
                    ..Default::default()
                },
            ))
            .await
            .expect_err("ordine key");
        assert_eq!(err.code(), Code::PermissionDenied);

        let mut wizard = Wizard::start(&app, &address).await;
        assert_eq!(wizard.get(&wizard.secret.clone()).await.expect("get").id, wizard.id);
        // A wrong secret is indistinguishable from an unknown change.
        let err = wizard.get("not-the-secret").await.expect_err("wrong secret");
        assert_eq!(err.code(), Code::NotFound);
        wizard.details("Mario", "Rossi", torino()).await.expect("details with the secret");
        // The secret is stored only as a hash.
        let stored = app
            .scalar_text(&format!(
                "SELECT secret_hash FROM contact_changes WHERE id = '{}'",
                wizard.id
            ))
            .await
            .expect("row");
        assert_ne!(stored, wizard.secret);
        assert_eq!(stored, sha256_hex(wizard.secret.as_bytes()));
    }

    async fn holder_details_are_checked(app: TestApp) {
        let address = active_mario(&app).await;
        let mut wizard = Wizard::start(&app, &address).await;

        // Out of order: the identity document before the holder details.
        let err = wizard
            .upload(DocumentSide::Front, &fixture("front.jpg"))
            .await
            .expect_err("out of order");
        assert_status(&err, Code::FailedPrecondition, "STEP_OUT_OF_ORDER");
        assert!(err.message().contains("SetHolderDetails"), "{}", err.message());

        // Names that do not agree with the codice fiscale's consonants.
        let err = wizard
            .details("Luigi", "Bianchi", torino())
            .await
            .expect_err("names do not match");
        assert_status(&err, Code::InvalidArgument, "INVALID_FIELDS");
        assert_eq!(bad_fields(&err), ["family_name"]);

        // A comune of another province, a malformed CAP, an unknown province.
        let mut wrong = torino();
        wrong.comune = "Milano".into();
        wrong.postal_code = "1012".into();
        let err = wizard.details("Mario", "Rossi", wrong).await.expect_err("bad residence");
        let mut fields = bad_fields(&err);
        fields.sort();
        assert_eq!(fields, ["residence.comune", "residence.postal_code"]);
        let mut wrong = torino();
        wrong.province = "XX".into();
        let err = wizard.details("Mario", "Rossi", wrong).await.expect_err("bad province");
        assert_eq!(bad_fields(&err), ["residence.province"]);

        // Accents and case do not matter; the official spelling is kept.
        let change = wizard
            .details("MARIO", "rossi", torino())
            .await
            .expect("details");
        assert_eq!(change.next_step(), ContactChangeStep::IdentityDocument);
        let residence = change.residence.expect("residence");
        assert_eq!(residence.comune, "Torino");
        assert_eq!(residence.province, "TO");

        // Abroad: no province, free town name.
        let abroad = Residence {
            country: "fr".into(),
            province: String::new(),
            comune: "Nice".into(),
            postal_code: "06000".into(),
            street: "1 Promenade des Anglais".into(),
        };
        let change = wizard.details("Mario", "Rossi", abroad).await.expect("abroad");
        assert_eq!(change.residence.expect("residence").country, "FR");
    }

    async fn identity_document_images_are_checked_cleaned_and_encrypted(app: TestApp) {
        let address = active_mario(&app).await;
        let mut wizard = Wizard::start(&app, &address).await;
        wizard.details("Mario", "Rossi", torino()).await.expect("details");

        // A PNG is refused on its first bytes, whatever it is called.
        let err = wizard
            .upload(DocumentSide::Front, &fixture("front.png"))
            .await
            .expect_err("png");
        assert_status(&err, Code::InvalidArgument, "INVALID_FIELDS");
        assert!(err.message().contains("not a JPEG"), "{}", err.message());

        // 4 MiB + 1 byte is refused, even when it starts like a JPEG.
        let mut big = fixture("front.jpg");
        big.resize(4 * 1024 * 1024 + 1, 0);
        let err = wizard.upload(DocumentSide::Front, &big).await.expect_err("too large");
        assert_status(&err, Code::InvalidArgument, "INVALID_FIELDS");
        assert!(err.message().contains("larger than 4 MiB"), "{}", err.message());

        // A truncated JPEG is refused.
        let front = fixture("front.jpg");
        let err = wizard
            .upload(DocumentSide::Front, &front[..front.len() / 2])
            .await
            .expect_err("truncated");
        assert_status(&err, Code::InvalidArgument, "INVALID_FIELDS");

        // No side, no upload.
        let err = wizard
            .upload(DocumentSide::Unspecified, &front)
            .await
            .expect_err("side");
        assert_eq!(bad_fields(&err), ["header.side"]);
        assert!(blob_files(&app).is_empty(), "nothing refused was stored");

        // EXIF, GPS, XMP and comments are removed without re-compressing: the stored image
        // is exactly the clean fixture.
        let stored = wizard
            .upload(DocumentSide::Front, &fixture("front_exif.jpg"))
            .await
            .expect("front");
        let document = stored.document.expect("document");
        assert_eq!(document.side(), DocumentSide::Front);
        assert_eq!(document.sha256, sha256_hex(&front));
        assert_eq!(document.size_bytes, i64::try_from(front.len()).expect("size"));
        assert!(document.removed_metadata_segments >= 3, "{document:?}");
        assert!(document.width > 0 && document.height > 0);
        assert_eq!(
            stored.change.expect("change").next_step(),
            ContactChangeStep::IdentityDocument,
            "the back is still missing"
        );

        let back = fixture("back.jpg");
        let stored = wizard.upload(DocumentSide::Back, &back).await.expect("back");
        let change = stored.change.expect("change");
        assert_eq!(change.next_step(), ContactChangeStep::RecoveryEmail);
        assert_eq!(change.documents.len(), 2);

        // A new upload replaces the old image, whose file is deleted.
        let progressive = fixture("progressive.jpg");
        let stored = wizard
            .upload(DocumentSide::Front, &progressive)
            .await
            .expect("replace front");
        assert_eq!(stored.document.expect("document").sha256, sha256_hex(&progressive));
        let files = blob_files(&app);
        assert_eq!(files.len(), 2, "{files:?}");

        // At rest the images are encrypted: no file holds the JPEG bytes.
        for file in &files {
            let sealed = std::fs::read(file).expect("read blob");
            assert!(!sealed.windows(64).any(|w| w == &back[100..164]), "{file:?} is plaintext");
            assert!(!sealed.windows(64).any(|w| w == &progressive[100..164]), "{file:?} is plaintext");
        }
        // And they open with the service's key to the exact bytes.
        let settings = pecd::config::Settings::new(app.database_url.clone(), app.data_dir().to_owned());
        let blobs = pecd::app::blob_store(&settings).expect("blob store");
        let path = app
            .scalar_text(&format!(
                "SELECT blob_path FROM contact_change_documents WHERE change_id = '{}' AND side = 'BACK'",
                wizard.id
            ))
            .await
            .expect("row");
        let key_id = app
            .scalar_text(&format!(
                "SELECT key_id FROM contact_change_documents WHERE change_id = '{}' AND side = 'BACK'",
                wizard.id
            ))
            .await
            .expect("row");
        let opened = blobs
            .get(&pecd::blobs::StoredBlob {
                path,
                key_id,
                sha256: sha256_hex(&back),
                size: u64::try_from(back.len()).expect("size"),
            })
            .await
            .expect("open");
        assert_eq!(opened, back);
        // The trail keeps the digest, never the image.
        let trail = app
            .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'contact.document_uploaded'")
            .await;
        assert_eq!(trail, 3);
    }

    async fn drafts_expire_and_lose_their_images(app: TestApp) {
        let address = active_mario(&app).await;
        let mut wizard = Wizard::start(&app, &address).await;
        wizard.details("Mario", "Rossi", torino()).await.expect("details");
        wizard.upload(DocumentSide::Front, &fixture("front.jpg")).await.expect("front");
        wizard.upload(DocumentSide::Back, &fixture("back.jpg")).await.expect("back");
        assert_eq!(blob_files(&app).len(), 2);

        // 24 hours later (moved back in the database rather than waited for).
        app.execute(&format!(
            "UPDATE contact_changes SET expires_at = created_at - 1 WHERE id = '{}'",
            wizard.id
        ))
        .await;
        // Before the sweep runs, the expired draft already refuses every step.
        let err = wizard.details("Mario", "Rossi", torino()).await.expect_err("expired");
        assert_status(&err, Code::FailedPrecondition, "DRAFT_EXPIRED");

        let settings = pecd::config::Settings::new(app.database_url.clone(), app.data_dir().to_owned());
        let blobs = pecd::app::blob_store(&settings).expect("blob store");
        let expired = pecd::contact::expire_drafts(&app.db, &blobs).await.expect("sweep");
        assert_eq!(expired, 1);
        assert!(blob_files(&app).is_empty(), "images deleted");
        let secret = wizard.secret.clone();
        let change = wizard.get(&secret).await.expect("get");
        assert_eq!(change.state(), ContactChangeState::Expired);
        assert_eq!(change.next_step(), ContactChangeStep::Unspecified);
        assert!(change.documents.is_empty());
        let err = wizard.upload(DocumentSide::Front, &fixture("front.jpg")).await.expect_err("closed");
        assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
        // A second sweep finds nothing.
        assert_eq!(pecd::contact::expire_drafts(&app.db, &blobs).await.expect("sweep"), 0);
    }
}

/// An app whose emails reach a real SMTP server and whose SMS reach a real HTTP gateway.
pub(crate) struct Rig {
    pub(crate) app: TestApp,
    pub(crate) sink: crate::mail::SmtpSink,
    sms_dir: tempfile::TempDir,
    _gateway: tokio::process::Child,
    _mail_dir: tempfile::TempDir,
}

impl Rig {
    pub(crate) async fn start(backend: Backend) -> Self {
        let mail_dir = tempfile::tempdir().expect("temp dir");
        let sink = crate::mail::SmtpSink::start(mail_dir.path()).await;
        let sms_dir = tempfile::tempdir().expect("temp dir");
        let (gateway, port) = crate::mail::sms_gateway(sms_dir.path(), 0).await;
        let smtp = sink.url();
        let app = spawn_app_with(backend, move |s| {
            s.smtp_url = Some(smtp);
            s.sms_gateway_url = Some(format!("http://127.0.0.1:{port}/sms"));
            s.sms_gateway_token = "gw".to_owned();
            s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
        })
        .await;
        Self {
            app,
            sink,
            sms_dir,
            _gateway: gateway,
            _mail_dir: mail_dir,
        }
    }

    /// The `n`-th email received (0-based), once it has arrived.
    pub(crate) async fn mail(&self, n: usize) -> crate::mail::Received {
        self.sink.wait_for(n + 1).await.swap_remove(n)
    }

    /// The SMS bodies the gateway received, once there are `count`.
    pub(crate) async fn sms(&self, count: usize) -> Vec<serde_json::Value> {
        eventually(|| async {
            let mut files: Vec<_> = std::fs::read_dir(self.sms_dir.path())
                .ok()?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            files.sort();
            let got: Vec<serde_json::Value> = files
                .iter()
                .map(|f| serde_json::from_slice(&std::fs::read(f).expect("read")).expect("json"))
                .collect();
            (got.len() >= count).then_some(got)
        })
        .await
    }
}

/// The 6-digit code in a text.
pub(crate) fn code_in(text: &str) -> String {
    text.as_bytes()
        .windows(6)
        .enumerate()
        .find(|(i, w)| {
            w.iter().all(u8::is_ascii_digit)
                && (*i == 0 || !text.as_bytes()[i - 1].is_ascii_digit())
                && text
                    .as_bytes()
                    .get(i + 6)
                    .is_none_or(|b| !b.is_ascii_digit())
        })
        .map(|(_, w)| String::from_utf8(w.to_vec()).expect("ascii"))
        .unwrap_or_else(|| panic!("no 6-digit code in {text:?}"))
}

pub(crate) fn other_code(code: &str) -> String {
    let n: u32 = code.parse().expect("digits");
    format!("{:06}", (n + 1) % 1_000_000)
}

impl Wizard {
    pub(crate) async fn recovery_email(
        &mut self,
        email: &str,
    ) -> Result<SetRecoveryEmailResponse, tonic::Status> {
        self.client
            .set_recovery_email(authed(
                &self.key,
                SetRecoveryEmailRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    recovery_email: email.into(),
                },
            ))
            .await
            .map(tonic::Response::into_inner)
    }

    pub(crate) async fn verify_email(
        &mut self,
        code: &str,
    ) -> Result<ContactChange, tonic::Status> {
        self.client
            .verify_recovery_email(authed(
                &self.key,
                VerifyRecoveryEmailRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    code: code.into(),
                },
            ))
            .await
            .map(|r| r.into_inner().change.expect("change"))
    }

    pub(crate) async fn mobile(&mut self, number: &str) -> Result<ContactChange, tonic::Status> {
        self.client
            .set_mobile_number(authed(
                &self.key,
                SetMobileNumberRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    mobile_number: number.into(),
                },
            ))
            .await
            .map(|r| r.into_inner().change.expect("change"))
    }

    pub(crate) async fn confirm(&mut self) -> Result<ConfirmContactChangeResponse, tonic::Status> {
        self.client
            .confirm_contact_change(authed(
                &self.key,
                ConfirmContactChangeRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                },
            ))
            .await
            .map(tonic::Response::into_inner)
    }

    pub(crate) async fn verify_mobile(
        &mut self,
        code: &str,
    ) -> Result<ContactChange, tonic::Status> {
        self.client
            .verify_mobile_number(authed(
                &self.key,
                VerifyMobileNumberRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                    code: code.into(),
                },
            ))
            .await
            .map(|r| r.into_inner().change.expect("change"))
    }

    async fn resend(&mut self) -> Result<ContactChangeStep, tonic::Status> {
        self.client
            .resend_verification_code(authed(
                &self.key,
                ResendVerificationCodeRequest {
                    change_id: self.id.clone(),
                    change_secret: self.secret.clone(),
                },
            ))
            .await
            .map(|r| r.into_inner().step())
    }

    /// Start, holder details and both sides of the document.
    pub(crate) async fn through_documents(app: &TestApp, address: &str) -> Self {
        let mut wizard = Self::start(app, address).await;
        wizard
            .details("Mario", "Rossi", torino())
            .await
            .expect("details");
        wizard
            .upload(DocumentSide::Front, &fixture("front.jpg"))
            .await
            .expect("front");
        wizard
            .upload(DocumentSide::Back, &fixture("back.jpg"))
            .await
            .expect("back");
        wizard
    }
}

/// Makes the one-a-minute rule forget the codes sent so far (instead of waiting a minute).
async fn a_minute_later(app: &TestApp) {
    app.execute("UPDATE rate_events SET at = at - 61000 WHERE bucket LIKE 'contact:code-min:%'")
        .await;
}

async fn whole_wizard(backend: Backend) {
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    // Assignment and activation emails come first.
    rig.sink.wait_for(2).await;
    let mut wizard = Wizard::through_documents(app, &address).await;

    // Out of order: the SMS code before the recovery email.
    let err = wizard
        .verify_mobile("123456")
        .await
        .expect_err("out of order");
    assert_status(&err, Code::FailedPrecondition, "STEP_OUT_OF_ORDER");
    assert!(
        err.message().contains("SetRecoveryEmail"),
        "{}",
        err.message()
    );

    // PEC addresses cannot be recovery emails: a provider's, the convention's, any pec. domain.
    for pec in [
        "mario.rossi@pec.it",
        "mario.rossi@tsrm-pstrp.org",
        "m@pec.studio.it",
    ] {
        let err = wizard.recovery_email(pec).await.expect_err("pec address");
        assert_eq!(bad_fields(&err), ["recovery_email"], "{pec}");
    }

    let set = wizard
        .recovery_email("mario.nuovo@example.com")
        .await
        .expect("email");
    assert_eq!(set.masked_email, "ma*********@example.com");
    assert_eq!(
        set.change.expect("change").next_step(),
        ContactChangeStep::VerifyRecoveryEmail
    );
    let mail = rig.mail(2).await;
    assert_eq!(mail.rcpt_tos, ["mario.nuovo@example.com"]);
    assert_eq!(
        mail.subject,
        "Codice di verifica per la modifica dei dati della casella PEC"
    );
    assert!(mail.text.starts_with("Gentile Mario,"), "{}", mail.text);
    assert!(mail.text.contains("10 minuti"));
    let email_code = code_in(&mail.text);

    let err = wizard
        .verify_email(&other_code(&email_code))
        .await
        .expect_err("wrong code");
    assert_eq!(bad_fields(&err), ["code"]);
    assert!(err.message().contains("4 tries left"), "{}", err.message());
    let err = wizard.verify_email("12a456").await.expect_err("not digits");
    assert_eq!(bad_fields(&err), ["code"]);
    let change = wizard.verify_email(&email_code).await.expect("right code");
    assert!(change.recovery_email_verified);
    assert_eq!(change.next_step(), ContactChangeStep::MobileNumber);

    // A landline is not a mobile number.
    let err = wizard.mobile("011 123 4567").await.expect_err("landline");
    assert_eq!(bad_fields(&err), ["mobile_number"]);
    let change = wizard.mobile("347 123 4567").await.expect("mobile");
    assert_eq!(change.mobile_number, "+393471234567");
    assert_eq!(change.next_step(), ContactChangeStep::Confirm);

    // The summary holds every detail; the SMS code goes to the new number.
    let summary = wizard.confirm().await.expect("confirm");
    assert_eq!(summary.masked_mobile_number, "+39******4567");
    let change = summary.change.expect("change");
    assert_eq!(change.given_name, "Mario");
    assert_eq!(change.family_name, "Rossi");
    assert_eq!(
        change.residence.as_ref().expect("residence").comune,
        "Torino"
    );
    assert_eq!(change.documents.len(), 2);
    assert_eq!(change.recovery_email, "mario.nuovo@example.com");
    assert_eq!(change.next_step(), ContactChangeStep::VerifyMobileNumber);
    let sms = rig.sms(1).await;
    assert_eq!(sms[0]["body"]["to"], "+393471234567");
    assert_eq!(sms[0]["authorization"], "Bearer gw");
    let text = sms[0]["body"]["text"].as_str().expect("text").to_owned();
    assert!(
        text.contains(&address) && text.contains("10 minuti"),
        "{text}"
    );
    let sms_code = code_in(&text);

    let submitted = wizard.verify_mobile(&sms_code).await.expect("submit");
    // The outbox never holds a live cancel link: the notices wait with a placeholder, and
    // each link is minted when its notice is sent.
    let links_in_table = || async {
        rig.app
            .scalar_i64(
                "SELECT COUNT(*) FROM notifications WHERE body_text LIKE '%token=%' \
                 OR body_html LIKE '%token=%'",
            )
            .await
    };
    assert_eq!(links_in_table().await, 0, "a queued notice holds its link");
    assert_eq!(submitted.state(), ContactChangeState::UnderReview);
    assert_eq!(submitted.next_step(), ContactChangeStep::Unspecified);
    assert!(submitted.mobile_number_verified);
    let submit = submitted.submit_time.expect("submitted").seconds;
    assert_eq!(
        submitted.due_time.expect("due").seconds - submit,
        3 * 24 * 3600
    );
    // A submitted change no longer expires: the draft's 24-hour deadline is gone, and the
    // due time is what the member waits for.
    assert_eq!(submitted.expire_time, None);

    // The security notice goes to the address of record and to the PEC mailbox itself.
    let notices = rig.sink.wait_for(5).await;
    let notices: Vec<_> = notices[3..].iter().collect();
    let mut recipients: Vec<_> = notices.iter().flat_map(|m| m.rcpt_tos.clone()).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [address.clone(), "rssmra80a01h501u@example.it".to_owned()]
    );
    for notice in &notices {
        assert_eq!(
            notice.subject,
            "Avviso di sicurezza: richiesta di modifica dei dati della casella PEC"
        );
        assert!(notice.text.contains("non sono stato io"), "{}", notice.text);
    }
    let token_of = |text: &str| -> String {
        let start = text.find("token=").expect("cancel link") + "token=".len();
        text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    };
    let token = token_of(&notices[0].text);
    let other = token_of(&notices[1].text);
    assert!(token.len() >= 43, "{token}");
    assert_ne!(token, other, "each notice carries a link of its own");
    assert_eq!(links_in_table().await, 0, "a sent notice kept its link");

    // Submitted: the wizard's steps are closed.
    let err = wizard
        .recovery_email("altro@example.com")
        .await
        .expect_err("submitted");
    assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");

    // "Non sono stato io": the link cancels the change, once.
    let cancel = |token: String| {
        let mut client = wizard.client.clone();
        let key = wizard.key.clone();
        async move {
            client
                .cancel_contact_change(authed(&key, CancelContactChangeRequest { token }))
                .await
        }
    };
    let cancelled = cancel(token.clone()).await.expect("cancel").into_inner();
    assert_eq!(cancelled.mailbox_address, address);
    let err = cancel(token).await.expect_err("used link");
    assert_eq!(bad_fields(&err), ["token"]);
    let err = cancel(other)
        .await
        .expect_err("the change is no longer pending");
    assert_eq!(bad_fields(&err), ["token"]);
    let secret = wizard.secret.clone();
    let change = wizard.get(&secret).await.expect("get");
    assert_eq!(change.state(), ContactChangeState::Cancelled);
    assert!(change.decide_time.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whole_wizard_sqlite() {
    whole_wizard(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whole_wizard_postgres() {
    whole_wizard(Backend::Postgres).await;
}

async fn codes_are_limited(backend: Backend) {
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    rig.sink.wait_for(2).await;
    let mut wizard = Wizard::through_documents(app, &address).await;

    // Resending before the email step is out of order.
    let err = wizard.resend().await.expect_err("nothing to resend");
    assert_status(&err, Code::FailedPrecondition, "STEP_OUT_OF_ORDER");

    wizard
        .recovery_email("mario.nuovo@example.com")
        .await
        .expect("email");
    let first = code_in(&rig.mail(2).await.text);

    // Five wrong tries void the code: even the right one no longer works.
    for left in (1..=4).rev() {
        let err = wizard
            .verify_email(&other_code(&first))
            .await
            .expect_err("wrong");
        assert!(
            err.message().contains(&format!("{left} tries left")),
            "{}",
            err.message()
        );
    }
    let err = wizard
        .verify_email(&other_code(&first))
        .await
        .expect_err("fifth");
    assert!(
        err.message().contains("tried too many times"),
        "{}",
        err.message()
    );
    let err = wizard.verify_email(&first).await.expect_err("void");
    assert_eq!(bad_fields(&err), ["code"]);

    // One code a minute: a resend right away is refused with RetryInfo.
    let err = wizard.resend().await.expect_err("too soon");
    assert_status(&err, Code::ResourceExhausted, "RATE_LIMITED");

    a_minute_later(app).await;
    assert_eq!(
        wizard.resend().await.expect("resend"),
        ContactChangeStep::VerifyRecoveryEmail
    );
    let second = code_in(&rig.mail(3).await.text);
    // Codes 3, 4 and 5 of the hour; the previous code is void each time.
    for n in 4..=6 {
        a_minute_later(app).await;
        wizard.resend().await.expect("resend");
        rig.mail(n).await;
    }
    let err = wizard
        .verify_email(&second)
        .await
        .expect_err("voided by newer codes");
    assert_eq!(bad_fields(&err), ["code"]);
    // The sixth code within the hour is refused.
    a_minute_later(app).await;
    let err = wizard.resend().await.expect_err("hourly cap");
    assert_status(&err, Code::ResourceExhausted, "RATE_LIMITED");
    let latest = code_in(&rig.mail(6).await.text);
    let change = wizard
        .verify_email(&latest)
        .await
        .expect("latest code works");
    assert_eq!(change.next_step(), ContactChangeStep::MobileNumber);
    // Exactly 5 codes were emailed.
    assert_eq!(rig.sink.wait_for(7).await.len(), 7);

    // Changing the email after verifying it voids the verification.
    wizard.mobile("3471234567").await.expect("mobile");
    a_minute_later(app).await;
    let set = wizard.recovery_email("mario.altro@example.com").await;
    // The hourly cap of the email channel still holds for this change.
    let err = set.expect_err("hourly cap across steps");
    assert_status(&err, Code::ResourceExhausted, "RATE_LIMITED");
    app.execute("UPDATE rate_events SET at = at - 3601000 WHERE bucket LIKE 'contact:code%'")
        .await;
    let set = wizard
        .recovery_email("mario.altro@example.com")
        .await
        .expect("new email");
    let change = set.change.expect("change");
    assert!(!change.recovery_email_verified);
    assert_eq!(change.next_step(), ContactChangeStep::VerifyRecoveryEmail);
    assert_eq!(
        change.mobile_number, "+393471234567",
        "later steps' data is kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_are_limited_sqlite() {
    codes_are_limited(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_are_limited_postgres() {
    codes_are_limited(Backend::Postgres).await;
}

impl Rig {
    /// The last email to `to` whose subject starts with `subject`, once it has arrived.
    pub(crate) async fn mail_to(&self, to: &str, subject: &str) -> crate::mail::Received {
        eventually(|| async {
            self.sink
                .received()
                .into_iter()
                .rev()
                .find(|m| m.rcpt_tos.iter().any(|r| r == to) && m.subject.starts_with(subject))
        })
        .await
    }

    /// Walks the wizard to submission; returns the wizard and the cancel token.
    pub(crate) async fn submitted(&self, address: &str, email: &str) -> (Wizard, String) {
        let app = &self.app;
        let mut wizard = Wizard::through_documents(app, address).await;
        wizard.recovery_email(email).await.expect("email");
        let code = code_in(&self.mail_to(email, "Codice di verifica").await.text);
        wizard.verify_email(&code).await.expect("email code");
        wizard.mobile("+39 347 765 4321").await.expect("mobile");
        let sent_before = self.sms(0).await.len();
        wizard.confirm().await.expect("confirm");
        let sms = self.sms(sent_before + 1).await;
        let code = code_in(sms[sent_before]["body"]["text"].as_str().expect("text"));
        wizard.verify_mobile(&code).await.expect("submit");
        let notice = self.mail_to(address, "Avviso di sicurezza").await;
        let start = notice.text.find("token=").expect("link") + "token=".len();
        let token = notice.text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        (wizard, token)
    }
}

async fn download(
    client: &mut pecd::proto::review_service_client::ReviewServiceClient<Channel>,
    key: &str,
    id: &str,
    side: DocumentSide,
) -> Result<(Vec<u8>, IdentityDocumentImage), tonic::Status> {
    let mut stream = client
        .download_identity_document(authed(
            key,
            DownloadIdentityDocumentRequest {
                change_id: id.into(),
                side: side as i32,
            },
        ))
        .await?
        .into_inner();
    let mut bytes = Vec::new();
    let mut described = None;
    while let Some(message) = stream.message().await? {
        if described.is_none() {
            described = message.document;
        }
        bytes.extend_from_slice(&message.chunk);
    }
    Ok((bytes, described.expect("first message describes the image")))
}

async fn operators_review(backend: Backend) {
    use pecd::proto::review_service_client::ReviewServiceClient;
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    let (wizard, token) = rig.submitted(&address, "mario.nuovo@example.com").await;
    let operator = app.key(Role::Operator, None).await;
    let mut review = ReviewServiceClient::new(app.channel.clone());

    // Neither an Ordine nor the front end sees the queue.
    for key in [app.key(Role::Ordine, Some("TO")).await, wizard.key.clone()] {
        let err = review
            .list_contact_changes(authed(&key, ListContactChangesRequest::default()))
            .await
            .expect_err("not an operator");
        assert_eq!(err.code(), Code::PermissionDenied);
    }

    let listed = review
        .list_contact_changes(authed(&operator, ListContactChangesRequest::default()))
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed.changes.len(), 1);
    assert_eq!(listed.overdue_count, 0);
    let item = &listed.changes[0];
    assert_eq!(item.codice_fiscale, MARIO);
    assert_eq!(item.ordine_code, "TO");
    assert_eq!(item.current_recovery_email, "rssmra80a01h501u@example.it");
    assert_eq!(item.register_family_name, "Rossi");
    assert!(!item.overdue);
    let change = item.change.as_ref().expect("change");
    assert_eq!(change.id, wizard.id);
    assert_eq!(change.mobile_number, "+393477654321");

    // The operator sees the images exactly as stored, checked against their SHA-256.
    let (front, described) = download(&mut review, &operator, &wizard.id, DocumentSide::Front)
        .await
        .expect("download");
    assert_eq!(front, fixture("front.jpg"));
    assert_eq!(described.sha256, sha256_hex(&front));
    let viewed = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'contact.document_viewed'")
        .await;
    assert_eq!(viewed, 1);

    // Approval applies the new contacts and residence to the mailbox.
    let approved = review
        .approve_contact_change(authed(
            &operator,
            ApproveContactChangeRequest {
                change_id: wizard.id.clone(),
            },
        ))
        .await
        .expect("approve")
        .into_inner()
        .review
        .expect("review");
    assert_eq!(
        approved.change.expect("change").state(),
        ContactChangeState::Approved
    );
    assert!(!approved.decided_by.is_empty());
    let mailbox = app.get_mailbox(&address).await;
    assert_eq!(mailbox.recovery_email, "mario.nuovo@example.com");
    assert_eq!(mailbox.mobile_number, "+393477654321");
    let residence = mailbox.residence.expect("residence");
    assert_eq!(
        (residence.province.as_str(), residence.comune.as_str()),
        ("TO", "Torino")
    );
    let outcome = rig
        .mail_to(
            "mario.nuovo@example.com",
            "Modifica dei dati della casella PEC approvata",
        )
        .await;
    assert!(outcome.text.contains(&address), "{}", outcome.text);

    // Decided: no second decision, and the cancel link no longer works.
    let err = review
        .reject_contact_change(authed(
            &operator,
            RejectContactChangeRequest {
                change_id: wizard.id.clone(),
                reason: RejectionReason::Other as i32,
                text: "Troppo tardi".into(),
            },
        ))
        .await
        .expect_err("already approved");
    assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
    assert!(err.message().contains("APPROVED"), "{}", err.message());
    let err = wizard
        .client
        .clone()
        .cancel_contact_change(authed(&wizard.key, CancelContactChangeRequest { token }))
        .await
        .expect_err("decided");
    assert_eq!(bad_fields(&err), ["token"]);

    // A second change: its security notice now goes to the approved recovery email. It is
    // overdue (moved back in time), so it comes first and counts; operators get one reminder.
    a_minute_later(app).await;
    let (second, _) = rig.submitted(&address, "mario.terzo@example.com").await;
    rig.mail_to("mario.nuovo@example.com", "Avviso di sicurezza")
        .await;
    app.execute(&format!(
        "UPDATE contact_changes SET due_at = submitted_at - 1 WHERE id = '{}'",
        second.id
    ))
    .await;
    let listed = review
        .list_contact_changes(authed(&operator, ListContactChangesRequest::default()))
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed.overdue_count, 1);
    assert!(listed.changes[0].overdue);
    // The same count is exported for Prometheus.
    let metrics = scrape(app.metrics.expect("metrics served")).await;
    assert!(
        metrics.contains(
            "# TYPE pecd_contact_changes_overdue gauge\npecd_contact_changes_overdue 1\n"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains("\npecd_contact_changes_under_review 1\n"),
        "{metrics}"
    );
    let settings = pecd::contact::ContactSettings {
        review_reminder_email: Some("operatori@tsrm-pstrp.example".into()),
        ..Default::default()
    };
    let day = std::time::Duration::from_secs(24 * 3600);
    assert_eq!(
        pecd::contact::review::remind_due(&app.db, &settings, day)
            .await
            .expect("remind"),
        1
    );
    assert_eq!(
        pecd::contact::review::remind_due(&app.db, &settings, day)
            .await
            .expect("remind"),
        0
    );
    let reminder = rig
        .mail_to("operatori@tsrm-pstrp.example", "Promemoria")
        .await;
    assert!(reminder.text.contains(&second.id), "{}", reminder.text);

    // Rejection needs a reason and a text, and emails the text.
    let err = review
        .reject_contact_change(authed(
            &operator,
            RejectContactChangeRequest {
                change_id: second.id.clone(),
                reason: 0,
                text: String::new(),
            },
        ))
        .await
        .expect_err("no reason");
    let mut fields = bad_fields(&err);
    fields.sort();
    assert_eq!(fields, ["reason", "text"]);
    let rejected = review
        .reject_contact_change(authed(
            &operator,
            RejectContactChangeRequest {
                change_id: second.id.clone(),
                reason: RejectionReason::DocumentExpired as i32,
                text: "Il documento di identità è scaduto.".into(),
            },
        ))
        .await
        .expect("reject")
        .into_inner()
        .review
        .expect("review");
    assert_eq!(
        rejected.rejection_reason(),
        RejectionReason::DocumentExpired
    );
    let mail = rig
        .mail_to(
            "mario.terzo@example.com",
            "Modifica dei dati della casella PEC respinta",
        )
        .await;
    assert!(
        mail.text.contains("Il documento di identità è scaduto."),
        "{}",
        mail.text
    );
    assert_eq!(
        app.get_mailbox(&address).await.recovery_email,
        "mario.nuovo@example.com"
    );

    // Retention: after the configured time the images go; the trail keeps their digests.
    let settings = pecd::config::Settings::new(app.database_url.clone(), app.data_dir().to_owned());
    let blobs = pecd::app::blob_store(&settings).expect("blob store");
    let kept = pecd::contact::review::purge_images(&app.db, &blobs, day)
        .await
        .expect("purge");
    assert_eq!(kept, 0, "decided just now: kept");
    assert_eq!(blob_files(app).len(), 4);
    let purged = pecd::contact::review::purge_images(&app.db, &blobs, std::time::Duration::ZERO)
        .await
        .expect("purge");
    assert_eq!(purged, 2);
    assert!(blob_files(app).is_empty());
    let err = download(&mut review, &operator, &wizard.id, DocumentSide::Front)
        .await
        .expect_err("deleted");
    assert_eq!(err.code(), Code::NotFound);
    let got = review
        .get_contact_change_for_review(authed(
            &operator,
            GetContactChangeForReviewRequest {
                change_id: wizard.id.clone(),
            },
        ))
        .await
        .expect("get")
        .into_inner()
        .review
        .expect("review");
    assert!(got.images_deleted);
    let digests = app
        .scalar_text(&format!(
            "SELECT details FROM audit_log WHERE action = 'contact.images_deleted' AND target_id = '{}'",
            wizard.id
        ))
        .await
        .expect("trail");
    assert!(
        digests.contains(&sha256_hex(&fixture("front.jpg"))),
        "{digests}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operators_review_sqlite() {
    operators_review(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operators_review_postgres() {
    operators_review(Backend::Postgres).await;
}

/// One address receives a limited number of codes a day, whichever change asks.
async fn codes_per_destination_are_capped(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.contact.codes_per_destination_per_day = pecd::throttle::Limit {
            max: 1,
            window: std::time::Duration::from_secs(24 * 3600),
        };
    })
    .await;
    let address = active_mario(&app).await;
    let mut first = Wizard::through_documents(&app, &address).await;
    first
        .recovery_email("bersaglio@example.com")
        .await
        .expect("first code to this address");
    let mut second = Wizard::through_documents(&app, &address).await;
    let err = second
        .recovery_email("bersaglio@example.com")
        .await
        .expect_err("daily cap of the address");
    assert_status(&err, Code::ResourceExhausted, "RATE_LIMITED");
    // The refused call stored nothing: the draft still waits for a recovery email.
    let secret = second.secret.clone();
    let change = second.get(&secret).await.expect("get");
    assert_eq!(change.next_step(), ContactChangeStep::RecoveryEmail);
    // Another address is fine.
    second
        .recovery_email("altro@example.com")
        .await
        .expect("another address");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_per_destination_are_capped_sqlite() {
    codes_per_destination_are_capped(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_per_destination_are_capped_postgres() {
    codes_per_destination_are_capped(Backend::Postgres).await;
}

/// With a captcha configured, StartContactChange asks the siteverify service (a real HTTP
/// server in the test) with the secret, the token and the member's IP, and obeys its verdict.
async fn captcha_is_checked(backend: Backend, success: bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    let verdict = if success {
        r#"{"success": true}"#
    } else {
        r#"{"success": false, "error-codes": ["invalid-input-response"]}"#
    };
    let (_siteverify, port) = crate::mail::http_recorder(dir.path(), 0, Some(verdict)).await;
    let app = spawn_app_with(backend, move |s| {
        s.captcha_url = Some(format!("http://127.0.0.1:{port}/siteverify"));
        s.captcha_secret = "captcha-secret".to_owned();
    })
    .await;
    let address = active_mario(&app).await;
    let key = app.key(Role::SelfService, None).await;
    let result = ContactChangeServiceClient::new(app.channel.clone())
        .start_contact_change(authed(
            &key,
            StartContactChangeRequest {
                mailbox_address: address,
                codice_fiscale: MARIO.into(),
                captcha_token: "token-from-the-widget".into(),
                remote_ip: "203.0.113.7".into(),
                ..Default::default()
            },
        ))
        .await;
    let asked: serde_json::Value = eventually(|| async {
        let file = std::fs::read_dir(dir.path())
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "json"))?;
        serde_json::from_slice(&std::fs::read(file).ok()?).ok()
    })
    .await;
    assert_eq!(asked["path"], "/siteverify");
    assert_eq!(asked["body"]["secret"], "captcha-secret");
    assert_eq!(asked["body"]["response"], "token-from-the-widget");
    assert_eq!(asked["body"]["remoteip"], "203.0.113.7");
    if success {
        assert!(result.expect("solved").into_inner().change.is_some());
    } else {
        let err = result.expect_err("not solved");
        assert_eq!(bad_fields(&err), ["captcha_token"]);
        let drafts = app.scalar_i64("SELECT COUNT(*) FROM contact_changes").await;
        assert_eq!(drafts, 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn captcha_rejected_sqlite() {
    captcha_is_checked(Backend::Sqlite, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn captcha_solved_postgres() {
    captcha_is_checked(Backend::Postgres, true).await;
}

/// `GET /metrics` over a plain HTTP/1.1 connection; the body.
async fn scrape(addr: std::net::SocketAddr) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: pecd\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("text/plain; version=0.0.4"), "{response}");
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .expect("body")
}

/// Closing a mailbox ends the change waiting for review: it leaves the queue, cancelled.
async fn closing_the_mailbox_ends_its_pending_change(backend: Backend) {
    use pecd::proto::review_service_client::ReviewServiceClient;
    let rig = Rig::start(backend).await;
    let app = &rig.app;
    let address = active_mario(app).await;
    let (wizard, token) = rig.submitted(&address, "mario.nuovo@example.com").await;
    // A second change still in its draft.
    app.execute("DELETE FROM rate_events").await;
    let draft = Wizard::start(app, &address).await;
    let operator = app.key(Role::Operator, None).await;
    let mut review = ReviewServiceClient::new(app.channel.clone());
    let queue = |review: &mut ReviewServiceClient<Channel>| {
        let mut review = review.clone();
        let operator = operator.clone();
        async move {
            review
                .list_contact_changes(authed(&operator, ListContactChangesRequest::default()))
                .await
                .expect("list")
                .into_inner()
                .changes
                .len()
        }
    };
    assert_eq!(queue(&mut review).await, 1);

    app.mailboxes()
        .close_mailbox(authed(
            &app.admin,
            CloseMailboxRequest {
                address: address.clone(),
                note: "cessata".into(),
            },
        ))
        .await
        .expect("close");

    assert_eq!(queue(&mut review).await, 0, "the change left the queue");
    for id in [&wizard.id, &draft.id] {
        let state = app
            .scalar_text(&format!(
                "SELECT state FROM contact_changes WHERE id = '{id}'"
            ))
            .await;
        assert_eq!(state.as_deref(), Some("CANCELLED"));
    }
    let err = review
        .approve_contact_change(authed(
            &operator,
            ApproveContactChangeRequest {
                change_id: wizard.id.clone(),
            },
        ))
        .await
        .expect_err("nothing to approve");
    assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
    let err = wizard
        .client
        .clone()
        .cancel_contact_change(authed(&wizard.key, CancelContactChangeRequest { token }))
        .await
        .expect_err("already ended");
    assert_eq!(bad_fields(&err), ["token"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_mailbox_ends_its_pending_change_sqlite() {
    closing_the_mailbox_ends_its_pending_change(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_mailbox_ends_its_pending_change_postgres() {
    closing_the_mailbox_ends_its_pending_change(Backend::Postgres).await;
}

on_both_backends! {
    async fn an_unknown_state_in_a_row_is_internal(app: TestApp) {
        let address = active_mario(&app).await;
        let mut wizard = Wizard::start(&app, &address).await;
        app.execute(&format!(
            "UPDATE contact_changes SET state = 'SOSPESA' WHERE id = '{}'",
            wizard.id
        ))
        .await;
        let secret = wizard.secret.clone();
        let err = wizard.get(&secret).await.expect_err("unknown state");
        assert_eq!(err.code(), Code::Internal, "{err:?}");
        // Never read as another state: the wizard refuses to go on, too.
        let err = wizard.details("Mario", "Rossi", torino()).await.expect_err("unknown state");
        assert_eq!(err.code(), Code::Internal, "{err:?}");
    }
}
