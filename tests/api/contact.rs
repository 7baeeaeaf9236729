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

const MARIO: &str = "RSSMRA80A01H501U";
const CHUNK: usize = 64 * 1024;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../tests/fixtures/id-documents/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn torino() -> Residence {
    Residence {
        country: "IT".into(),
        province: "TO".into(),
        comune: "torino".into(),
        postal_code: "10121".into(),
        street: "Via Roma 1".into(),
    }
}

struct Wizard {
    client: ContactChangeServiceClient<Channel>,
    key: String,
    id: String,
    secret: String,
}

impl Wizard {
    async fn start(app: &TestApp, address: &str) -> Self {
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

    async fn details(
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

    async fn upload(
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

    async fn get(&mut self, secret: &str) -> Result<ContactChange, tonic::Status> {
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

fn blob_files(app: &TestApp) -> Vec<std::path::PathBuf> {
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

async fn active_mario(app: &TestApp) -> String {
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
        let blobs = settings.blob_store().expect("blob store");
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
        let blobs = settings.blob_store().expect("blob store");
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
