//! Changing a mailbox's contact details: the member's wizard (identify the holder, holder
//! details, identity document, …) as a draft row that each step fills in.
//!
//! A change is a capability: its id plus a 256-bit secret that only the member's session
//! holds (stored as SHA-256). Steps must come in order; an earlier step may be repeated, and
//! redoing a step voids what depended on it. Drafts expire after 24 hours, and their images
//! are deleted then.

use std::time::Duration;

use base64::Engine;
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

use crate::audit;
use crate::auth::Actor;
use crate::blobs::{SealedBlobs, StoredBlob};
use crate::db::{Db, SelectUnique, now_ms};
use crate::domain::jpeg::CleanJpeg;
use crate::domain::{CodiceFiscale, places};
use crate::entities::{contact_change, contact_change_document, mailbox, member};
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult, Violations};
use crate::notify::{self, Message, Related};
use crate::password::Holder;
use crate::throttle::{self, Limit};

pub mod codes;
pub mod review;
use codes::{Channel, Checked};

/// Settings of the contact-change wizard.
#[derive(Debug, Clone)]
pub struct ContactSettings {
    /// A draft not submitted within this time expires.
    pub draft_ttl: Duration,
    /// Largest accepted image per side, before metadata removal.
    pub max_image_bytes: usize,
    /// Pixel limit of an image (decompression bombs).
    pub max_image_pixels: u64,
    /// StartContactChange answers no sooner than this, match or not.
    pub min_response: Duration,
    pub per_mailbox: Limit,
    pub per_holder: Limit,
    pub per_key: Limit,
    /// How long a verification code is valid.
    pub code_ttl: Duration,
    /// Wrong tries after which a code is void.
    pub max_code_attempts: u32,
    /// At most one code per change and channel in this interval.
    pub resend_interval: Limit,
    /// Codes per change and channel per hour.
    pub codes_per_hour: Limit,
    /// Codes one address or number receives per day, across all changes.
    pub codes_per_destination_per_day: Limit,
    /// An operator decides within this time of submission.
    pub review_time: Duration,
    /// The front end's "non sono stato io" page, which takes `?token=…`.
    pub cancel_link_base_url: String,
    /// Where reminders of reviews about to fall due go (the operators' mailbox); None: none.
    pub review_reminder_email: Option<String>,
    /// Identity images are deleted this long after the outcome.
    pub image_retention: Duration,
}

impl Default for ContactSettings {
    fn default() -> Self {
        let hour = Duration::from_secs(3600);
        Self {
            draft_ttl: Duration::from_secs(24 * 3600),
            max_image_bytes: 4 * 1024 * 1024,
            max_image_pixels: crate::domain::jpeg::DEFAULT_MAX_PIXELS,
            min_response: Duration::from_millis(400),
            per_mailbox: Limit {
                max: 5,
                window: hour,
            },
            per_holder: Limit {
                max: 5,
                window: hour,
            },
            per_key: Limit {
                max: 600,
                window: hour,
            },
            code_ttl: Duration::from_secs(10 * 60),
            max_code_attempts: 5,
            resend_interval: Limit {
                max: 1,
                window: Duration::from_secs(60),
            },
            codes_per_hour: Limit {
                max: 5,
                window: hour,
            },
            codes_per_destination_per_day: Limit {
                max: 10,
                window: 24 * hour,
            },
            review_time: Duration::from_secs(3 * 24 * 3600),
            cancel_link_base_url: "https://pec.tsrm-pstrp.org/modifica-dati/annulla".to_owned(),
            review_reminder_email: None,
            image_retention: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

/// Where a change stands (stored as the upper-case name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeState {
    Draft,
    UnderReview,
    Approved,
    Rejected,
    Cancelled,
    Expired,
}

impl ChangeState {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeState::Draft => "DRAFT",
            ChangeState::UnderReview => "UNDER_REVIEW",
            ChangeState::Approved => "APPROVED",
            ChangeState::Rejected => "REJECTED",
            ChangeState::Cancelled => "CANCELLED",
            ChangeState::Expired => "EXPIRED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            ChangeState::Draft,
            ChangeState::UnderReview,
            ChangeState::Approved,
            ChangeState::Rejected,
            ChangeState::Cancelled,
            ChangeState::Expired,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }
}

/// The wizard's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    HolderDetails,
    IdentityDocument,
    RecoveryEmail,
    VerifyRecoveryEmail,
    MobileNumber,
    Confirm,
    VerifyMobileNumber,
}

impl Step {
    /// The RPC that performs the step, for error messages.
    pub fn rpc(self) -> &'static str {
        match self {
            Step::HolderDetails => "SetHolderDetails",
            Step::IdentityDocument => "UploadIdentityDocument",
            Step::RecoveryEmail => "SetRecoveryEmail",
            Step::VerifyRecoveryEmail => "VerifyRecoveryEmail",
            Step::MobileNumber => "SetMobileNumber",
            Step::Confirm => "ConfirmContactChange",
            Step::VerifyMobileNumber => "VerifyMobileNumber",
        }
    }

    fn label_it(self) -> &'static str {
        match self {
            Step::HolderDetails => "dati del titolare",
            Step::IdentityDocument => "documento di identità (fronte e retro)",
            Step::RecoveryEmail => "nuova email di recupero",
            Step::VerifyRecoveryEmail => "verifica dell'email",
            Step::MobileNumber => "numero di cellulare",
            Step::Confirm => "verifica e conferma dei dati",
            Step::VerifyMobileNumber => "verifica del cellulare",
        }
    }
}

/// A side of the identity document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Front,
    Back,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Front => "FRONT",
            Side::Back => "BACK",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "FRONT" => Some(Side::Front),
            "BACK" => Some(Side::Back),
            _ => None,
        }
    }
}

/// A change with its uploaded documents.
#[derive(Debug, Clone)]
pub struct Change {
    pub row: contact_change::Model,
    pub documents: Vec<contact_change_document::Model>,
}

impl Change {
    pub fn state(&self) -> ChangeState {
        ChangeState::parse(&self.row.state).unwrap_or(ChangeState::Expired)
    }

    fn has_side(&self, side: Side) -> bool {
        self.documents.iter().any(|d| d.side == side.as_str())
    }

    /// The step the wizard expects next; None once the draft is submitted or over.
    pub fn next_step(&self) -> Option<Step> {
        let r = &self.row;
        if self.state() != ChangeState::Draft {
            return None;
        }
        Some(if r.given_name.is_none() {
            Step::HolderDetails
        } else if !self.has_side(Side::Front) || !self.has_side(Side::Back) {
            Step::IdentityDocument
        } else if r.recovery_email.is_none() {
            Step::RecoveryEmail
        } else if r.recovery_email_verified_at.is_none() {
            Step::VerifyRecoveryEmail
        } else if r.mobile_number.is_none() {
            Step::MobileNumber
        } else if r.confirmed_at.is_none() {
            Step::Confirm
        } else {
            Step::VerifyMobileNumber
        })
    }

    /// Refuses `step` unless the draft is live and every step before it is done.
    pub fn require_step(&self, step: Step, now: i64) -> ServiceResult<()> {
        if self.state() != ChangeState::Draft {
            return Err(ServiceError::precondition(
                Reason::InvalidState,
                format!("the change is {}, no longer a draft", self.row.state),
                "La richiesta è già stata inviata o chiusa.",
            ));
        }
        if self.row.expires_at <= now {
            return Err(ServiceError::precondition(
                Reason::DraftExpired,
                "the draft expired before it was submitted; start again",
                "La richiesta è scaduta perché non è stata completata entro 24 ore: ricomincia.",
            ));
        }
        match self.next_step() {
            Some(next) if next < step => Err(ServiceError::precondition(
                Reason::StepOutOfOrder,
                format!("the next step is {} ({next:?})", next.rpc()),
                format!("Completa prima il passaggio: {}.", next.label_it()),
            )),
            _ => Ok(()),
        }
    }
}

fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::not_found("contact change", id)
}

/// Loads a change by id and secret. An unknown id and a wrong secret are the same NOT_FOUND.
pub async fn load(db: &impl ConnectionTrait, id: &str, secret: &str) -> ServiceResult<Change> {
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .unique(db)
        .await?
        .filter(|r| {
            // Both sides are hex SHA-256 of the same length: compare without early exit.
            let want = digest(secret);
            want.len() == r.secret_hash.len()
                && want
                    .bytes()
                    .zip(r.secret_hash.bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        })
        .ok_or_else(|| not_found(id))?;
    let documents = contact_change_document::Entity::find()
        .filter(contact_change_document::Column::ChangeId.eq(id.to_owned()))
        .order_by_asc(contact_change_document::Column::Side)
        .all(db)
        .await?;
    Ok(Change { row, documents })
}

/// Starts a change when `address` is an ATTIVO mailbox held by `holder`; None otherwise (the
/// caller answers generically). Throttle events are recorded either way, in `db`'s
/// transaction, which the caller commits in both cases.
pub async fn start(
    db: &impl ConnectionTrait,
    settings: &ContactSettings,
    actor: &Actor,
    address: &str,
    holder: &Holder,
) -> ServiceResult<Option<(Change, String)>> {
    throttle::hit_all(
        db,
        &[
            (
                format!("contact:key:{}", actor.key_id.as_deref().unwrap_or("-")),
                settings.per_key,
            ),
            (format!("contact:mailbox:{address}"), settings.per_mailbox),
            (
                format!("contact:holder:{}", holder.key()),
                settings.per_holder,
            ),
        ],
    )
    .await?;
    let Some((_, member)) = crate::password::find_holder(db, address, holder).await? else {
        audit::record(
            db,
            actor,
            "contact.start_no_match",
            "mailbox",
            address,
            serde_json::json!({}),
        )
        .await?;
        return Ok(None);
    };
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = now_ms();
    let row = contact_change::Model {
        id: uuid::Uuid::now_v7().to_string(),
        secret_hash: digest(&secret),
        mailbox_address: address.to_owned(),
        codice_fiscale: member.codice_fiscale,
        state: ChangeState::Draft.as_str().to_owned(),
        given_name: None,
        family_name: None,
        residence_country: None,
        residence_province: None,
        residence_comune: None,
        residence_postal_code: None,
        residence_street: None,
        recovery_email: None,
        recovery_email_verified_at: None,
        mobile_number: None,
        mobile_verified_at: None,
        confirmed_at: None,
        cancel_token_hash: None,
        created_at: now,
        updated_at: now,
        expires_at: now.saturating_add(ms(settings.draft_ttl)),
        submitted_at: None,
        due_at: None,
        decided_at: None,
        decided_by: None,
        rejection_reason: None,
        rejection_text: None,
        reminder_sent_at: None,
        images_deleted_at: None,
    };
    contact_change::Entity::insert(contact_change::ActiveModel::from(row.clone()))
        .exec_without_returning(db)
        .await?;
    audit::record(
        db,
        actor,
        "contact.started",
        "contact_change",
        &row.id,
        serde_json::json!({ "mailbox": address }),
    )
    .await?;
    Ok(Some((
        Change {
            row,
            documents: Vec::new(),
        },
        secret,
    )))
}

/// The holder's residence as the member typed it.
#[derive(Debug, Clone, Default)]
pub struct ResidenceInput {
    pub country: String,
    pub province: String,
    pub comune: String,
    pub postal_code: String,
    pub street: String,
}

/// A checked residence, with the comune's official spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Residence {
    pub country: String,
    pub province: Option<String>,
    pub comune: String,
    pub postal_code: Option<String>,
    pub street: String,
}

fn bounded_text(v: &mut Violations, field: &str, value: &str, max: usize) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        v.push(FieldViolation::required(field));
        None
    } else if value.chars().count() > max || value.chars().any(char::is_control) {
        v.push(FieldViolation::new(
            field,
            format!("at most {max} characters, no control characters"),
            format!("al massimo {max} caratteri, senza caratteri di controllo"),
        ));
        None
    } else {
        Some(value.to_owned())
    }
}

/// Checks a residence: in Italy against the official province, comune and CAP lists.
pub fn check_residence(v: &mut Violations, input: &ResidenceInput) -> Option<Residence> {
    let country = input.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        v.push(FieldViolation::new(
            "residence.country",
            "an ISO 3166-1 alpha-2 country code, e.g. IT",
            "il codice del paese (ISO 3166-1, due lettere, es. IT)",
        ));
        return None;
    }
    let street = bounded_text(v, "residence.street", &input.street, 200);
    if country == "IT" {
        let province = input.province.trim().to_ascii_uppercase();
        if !places::is_province(&province) {
            v.push(FieldViolation::new(
                "residence.province",
                "not the code of an Italian province",
                "sigla della provincia non valida",
            ));
        }
        let comune = if input.comune.trim().is_empty() {
            v.push(FieldViolation::required("residence.comune"));
            None
        } else if places::is_province(&province) {
            let found = places::find_comune(&province, &input.comune);
            if found.is_none() {
                v.push(FieldViolation::new(
                    "residence.comune",
                    format!("no comune of that name in the province {province}"),
                    format!("nessun comune con questo nome nella provincia {province}"),
                ));
            }
            found.map(|c| c.name.to_string())
        } else {
            None
        };
        if !places::is_cap(&input.postal_code) {
            v.push(FieldViolation::new(
                "residence.postal_code",
                "a CAP is five digits",
                "il CAP è di cinque cifre",
            ));
        }
        Some(Residence {
            country,
            province: Some(province),
            comune: comune?,
            postal_code: Some(input.postal_code.trim().to_owned()),
            street: street?,
        })
    } else {
        if !input.province.trim().is_empty() {
            v.push(FieldViolation::new(
                "residence.province",
                "only for a residence in Italy",
                "solo per la residenza in Italia",
            ));
        }
        let comune = bounded_text(v, "residence.comune", &input.comune, 100);
        let postal_code = input.postal_code.trim();
        if postal_code.chars().count() > 16 {
            v.push(FieldViolation::new(
                "residence.postal_code",
                "at most 16 characters",
                "al massimo 16 caratteri",
            ));
        }
        Some(Residence {
            country,
            province: None,
            comune: comune?,
            postal_code: (!postal_code.is_empty()).then(|| postal_code.to_owned()),
            street: street?,
        })
    }
}

/// Checks the holder's names against the codice fiscale's name codes.
pub fn check_names(
    v: &mut Violations,
    codice_fiscale: &str,
    given: &str,
    family: &str,
) -> Option<(String, String)> {
    let given = bounded_text(v, "given_name", given, 100);
    let family = bounded_text(v, "family_name", family, 100);
    let (given, family) = (given?, family?);
    if let Ok(cf) = CodiceFiscale::parse(codice_fiscale)
        && !cf.matches_names(&given, &family)
    {
        v.push(FieldViolation::new(
            "family_name",
            "given and family name do not agree with the holder's codice fiscale",
            "nome e cognome non corrispondono al codice fiscale del titolare",
        ));
        return None;
    }
    Some((given, family))
}

/// SetHolderDetails, once the input is checked.
pub async fn set_holder_details(
    db: &Db,
    actor: &Actor,
    mut change: Change,
    names: (String, String),
    residence: Residence,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let mut row = change.row.clone().into_active_model();
    row.given_name = Set(Some(names.0));
    row.family_name = Set(Some(names.1));
    row.residence_country = Set(Some(residence.country));
    row.residence_province = Set(residence.province);
    row.residence_comune = Set(Some(residence.comune));
    row.residence_postal_code = Set(residence.postal_code);
    row.residence_street = Set(Some(residence.street));
    // The summary the member confirmed no longer holds.
    row.confirmed_at = Set(None);
    row.updated_at = Set(now_ms());
    change.row = row.update(&*txn).await?;
    audit::record(
        &*txn,
        actor,
        "contact.holder_details",
        "contact_change",
        &change.row.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(change)
}

/// Stores a checked image as `side` of the change, replacing (and then deleting) the previous
/// one.
pub async fn store_document(
    db: &Db,
    blobs: &SealedBlobs,
    actor: &Actor,
    change: &Change,
    side: Side,
    image: &CleanJpeg,
) -> ServiceResult<contact_change_document::Model> {
    let path = format!(
        "contact-changes/{}/{}-{}.jpg",
        change.row.id,
        side.as_str().to_ascii_lowercase(),
        uuid::Uuid::now_v7()
    );
    let stored: StoredBlob = blobs
        .put(&path, &image.bytes)
        .await
        .map_err(|e| ServiceError::Internal(e.into()))?;
    let previous = change
        .documents
        .iter()
        .find(|d| d.side == side.as_str())
        .map(|d| d.blob_path.clone());
    let doc = contact_change_document::Model {
        change_id: change.row.id.clone(),
        side: side.as_str().to_owned(),
        blob_path: stored.path.clone(),
        key_id: stored.key_id.clone(),
        sha256: stored.sha256.clone(),
        size_bytes: i64::try_from(stored.size).unwrap_or(i64::MAX),
        width: i32::from(image.width),
        height: i32::from(image.height),
        removed_segments: i32::try_from(image.removed_segments).unwrap_or(i32::MAX),
        uploaded_at: now_ms(),
    };
    let saved = async {
        let txn = db.begin().await?;
        // The change must still be a live draft when the upload ends.
        let live = contact_change::Entity::find_by_id(change.row.id.clone())
            .unique(&*txn)
            .await?
            .filter(|r| r.state == ChangeState::Draft.as_str() && r.expires_at > now_ms());
        if live.is_none() {
            return Err(ServiceError::precondition(
                Reason::InvalidState,
                "the change is no longer a draft",
                "La richiesta non è più modificabile.",
            ));
        }
        contact_change_document::Entity::delete_many()
            .filter(contact_change_document::Column::ChangeId.eq(change.row.id.clone()))
            .filter(contact_change_document::Column::Side.eq(side.as_str()))
            .exec(&*txn)
            .await?;
        contact_change_document::Entity::insert(contact_change_document::ActiveModel::from(doc.clone()))
            .exec_without_returning(&*txn)
            .await?;
        contact_change::Entity::update_many()
            .col_expr(contact_change::Column::ConfirmedAt, sea_orm::sea_query::Expr::value(Option::<i64>::None))
            .col_expr(contact_change::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now_ms()))
            .filter(contact_change::Column::Id.eq(change.row.id.clone()))
            .exec(&*txn)
            .await?;
        // The trail keeps the fact and the digest, never the image.
        audit::record(
            &*txn,
            actor,
            "contact.document_uploaded",
            "contact_change",
            &change.row.id,
            serde_json::json!({ "side": side.as_str(), "sha256": doc.sha256, "size": doc.size_bytes }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
    .await;
    let stale = match saved {
        Ok(()) => previous,
        // Not recorded: the new blob is the orphan.
        Err(err) => {
            delete_blob(blobs, &stored.path).await;
            return Err(err);
        }
    };
    if let Some(old) = stale {
        delete_blob(blobs, &old).await;
    }
    Ok(doc)
}

async fn delete_blob(blobs: &SealedBlobs, path: &str) {
    if let Err(err) = blobs.delete(path).await {
        // The retention sweep retries through the rows that still name it.
        tracing::warn!(error = %err, path, "deleting an identity image failed");
    }
}

/// Expires drafts not submitted in time and deletes their images; returns how many expired.
pub async fn expire_drafts(db: &Db, blobs: &SealedBlobs) -> ServiceResult<u64> {
    let now = now_ms();
    let stale = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::Draft.as_str()))
        .filter(contact_change::Column::ExpiresAt.lte(now))
        .all(db.conn())
        .await?;
    let mut expired = 0;
    for row in stale {
        let docs = contact_change_document::Entity::find()
            .filter(contact_change_document::Column::ChangeId.eq(row.id.clone()))
            .all(db.conn())
            .await?;
        for doc in &docs {
            blobs
                .delete(&doc.blob_path)
                .await
                .map_err(|e| ServiceError::Internal(e.into()))?;
        }
        let txn = db.begin().await?;
        contact_change_document::Entity::delete_many()
            .filter(contact_change_document::Column::ChangeId.eq(row.id.clone()))
            .exec(&*txn)
            .await?;
        let updated = contact_change::Entity::update_many()
            .col_expr(
                contact_change::Column::State,
                sea_orm::sea_query::Expr::value(ChangeState::Expired.as_str()),
            )
            .col_expr(
                contact_change::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(contact_change::Column::Id.eq(row.id.clone()))
            .filter(contact_change::Column::State.eq(ChangeState::Draft.as_str()))
            .exec(&*txn)
            .await?;
        if updated.rows_affected == 1 {
            audit::record(
                &*txn,
                &Actor::system(),
                "contact.draft_expired",
                "contact_change",
                &row.id,
                serde_json::json!({ "images_deleted": docs.iter().map(|d| &d.sha256).collect::<Vec<_>>() }),
            )
            .await?;
            expired += 1;
        }
        txn.commit().await?;
    }
    Ok(expired)
}

/// Saves `row` (a draft being edited) in the caller's transaction, if still a live draft.
async fn save_draft(
    db: &impl ConnectionTrait,
    mut row: contact_change::ActiveModel,
) -> ServiceResult<contact_change::Model> {
    row.updated_at = Set(now_ms());
    let saved = row.update(db).await?;
    Ok(saved)
}

fn code_error(checked: &Checked) -> ServiceError {
    match checked {
        Checked::Valid { .. } => {
            ServiceError::Internal(anyhow::anyhow!("a valid code is not an error"))
        }
        Checked::Wrong { left } => ServiceError::invalid_field(
            "code",
            format!("wrong code; {left} tries left"),
            format!("Codice errato: restano {left} tentativi."),
        ),
        Checked::Spent => ServiceError::invalid_field(
            "code",
            "the code expired or was tried too many times; ask for a new one",
            "Il codice è scaduto o è stato inserito troppe volte in modo errato: richiedine uno nuovo.",
        ),
        Checked::NoCode => ServiceError::invalid_field(
            "code",
            "no code is waiting; ask for a new one",
            "Nessun codice in attesa: richiedine uno nuovo.",
        ),
    }
}

async fn send_email_code(
    db: &impl ConnectionTrait,
    settings: &ContactSettings,
    row: &contact_change::Model,
    email: &str,
) -> ServiceResult<()> {
    let code = codes::issue(db, settings, &row.id, Channel::Email, email).await?;
    let message = Message::ContactEmailCode {
        given_name: row.given_name.clone().unwrap_or_default(),
        address: row.mailbox_address.clone(),
        code,
        valid_minutes: ms(settings.code_ttl) / 60_000,
    };
    notify::queue_email(
        db,
        &message,
        email,
        Related {
            kind: "contact_change",
            id: &row.id,
        },
    )
    .await?;
    Ok(())
}

async fn send_sms_code(
    db: &impl ConnectionTrait,
    settings: &ContactSettings,
    row: &contact_change::Model,
    mobile: &str,
) -> ServiceResult<()> {
    let code = codes::issue(db, settings, &row.id, Channel::Sms, mobile).await?;
    let text = notify::ContactSmsCode {
        address: &row.mailbox_address,
        code: &code,
        valid_minutes: ms(settings.code_ttl) / 60_000,
    }
    .text()
    .map_err(|e| ServiceError::Internal(e.into()))?;
    notify::queue_sms(
        db,
        "contact_sms_code",
        &text,
        mobile,
        Related {
            kind: "contact_change",
            id: &row.id,
        },
        true,
    )
    .await?;
    Ok(())
}

/// SetRecoveryEmail: records the new address (voiding an earlier verification and the
/// confirmation) and emails it a code.
pub async fn set_recovery_email(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    change: Change,
    email: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let now = now_ms();
    let mut row = change.row.clone().into_active_model();
    row.recovery_email = Set(Some(email.to_owned()));
    row.recovery_email_verified_at = Set(None);
    row.confirmed_at = Set(None);
    let saved = save_draft(&*txn, row).await?;
    codes::void(&*txn, &saved.id, Channel::Sms, now).await?;
    send_email_code(&*txn, settings, &saved, email).await?;
    audit::record(
        &*txn,
        actor,
        "contact.recovery_email_set",
        "contact_change",
        &saved.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// VerifyRecoveryEmail.
pub async fn verify_recovery_email(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    change: Change,
    code: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let checked = codes::check(&*txn, settings, &change.row.id, Channel::Email, code).await?;
    if !matches!(checked, Checked::Valid { .. }) {
        // The wrong try counts even though the call fails.
        txn.commit().await?;
        return Err(code_error(&checked));
    }
    let mut row = change.row.clone().into_active_model();
    row.recovery_email_verified_at = Set(Some(now_ms()));
    let saved = save_draft(&*txn, row).await?;
    audit::record(
        &*txn,
        actor,
        "contact.recovery_email_verified",
        "contact_change",
        &saved.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// SetMobileNumber: records the number (voiding the confirmation and any SMS code).
pub async fn set_mobile_number(
    db: &Db,
    actor: &Actor,
    change: Change,
    mobile: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let mut row = change.row.clone().into_active_model();
    row.mobile_number = Set(Some(mobile.to_owned()));
    row.mobile_verified_at = Set(None);
    row.confirmed_at = Set(None);
    let saved = save_draft(&*txn, row).await?;
    codes::void(&*txn, &saved.id, Channel::Sms, now_ms()).await?;
    audit::record(
        &*txn,
        actor,
        "contact.mobile_set",
        "contact_change",
        &saved.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// ConfirmContactChange: the member saw the summary; an SMS code goes to the new number.
pub async fn confirm(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    change: Change,
) -> ServiceResult<Change> {
    let mobile = change.row.mobile_number.clone().unwrap_or_default();
    let txn = db.begin().await?;
    let mut row = change.row.clone().into_active_model();
    row.confirmed_at = Set(Some(now_ms()));
    let saved = save_draft(&*txn, row).await?;
    send_sms_code(&*txn, settings, &saved, &mobile).await?;
    audit::record(
        &*txn,
        actor,
        "contact.confirmed",
        "contact_change",
        &saved.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// ResendVerificationCode: a new code for the step that awaits one.
pub async fn resend(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    change: Change,
) -> ServiceResult<Channel> {
    let txn = db.begin().await?;
    let channel = match change.next_step() {
        Some(Step::VerifyRecoveryEmail) => {
            let email = change.row.recovery_email.clone().unwrap_or_default();
            send_email_code(&*txn, settings, &change.row, &email).await?;
            Channel::Email
        }
        Some(Step::VerifyMobileNumber) => {
            let mobile = change.row.mobile_number.clone().unwrap_or_default();
            send_sms_code(&*txn, settings, &change.row, &mobile).await?;
            Channel::Sms
        }
        next => {
            let next = next.map_or("none", Step::rpc);
            return Err(ServiceError::precondition(
                Reason::StepOutOfOrder,
                format!("no code is awaited at this step; the next step is {next}"),
                "In questo passaggio non è previsto alcun codice.",
            ));
        }
    };
    audit::record(
        &*txn,
        actor,
        "contact.code_resent",
        "contact_change",
        &change.row.id,
        serde_json::json!({ "channel": channel.as_str() }),
    )
    .await?;
    txn.commit().await?;
    Ok(channel)
}

/// The "non sono stato io" link.
pub fn cancel_link(settings: &ContactSettings, token: &str) -> String {
    let sep = if settings.cancel_link_base_url.contains('?') {
        '&'
    } else {
        '?'
    };
    format!("{}{sep}token={token}", settings.cancel_link_base_url)
}

/// VerifyMobileNumber: with the right SMS code the draft is submitted for review, and a
/// security notice with a cancel link goes to the current recovery email and to the PEC
/// mailbox itself.
pub async fn verify_mobile_and_submit(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    change: Change,
    code: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let checked = codes::check(&*txn, settings, &change.row.id, Channel::Sms, code).await?;
    if !matches!(checked, Checked::Valid { .. }) {
        txn.commit().await?;
        return Err(code_error(&checked));
    }
    let holder = member::Entity::find_by_id(change.row.codice_fiscale.clone())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("member", change.row.codice_fiscale.clone()))?;
    let now = now_ms();
    let due = now.saturating_add(ms(settings.review_time));
    let mut token_bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut token_bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token_bytes);
    let mut row = change.row.clone().into_active_model();
    row.mobile_verified_at = Set(Some(now));
    row.state = Set(ChangeState::UnderReview.as_str().to_owned());
    row.submitted_at = Set(Some(now));
    row.due_at = Set(Some(due));
    row.cancel_token_hash = Set(Some(digest(&token)));
    let saved = save_draft(&*txn, row).await?;
    let due_date = notify::italian_date(due);
    let notice = Message::ContactChangeSubmitted {
        given_name: holder.given_name.clone(),
        address: saved.mailbox_address.clone(),
        cancel_link: cancel_link(settings, &token),
        due_date,
    };
    let current_recovery = mailbox::Entity::find_by_id(saved.mailbox_address.clone())
        .unique(&*txn)
        .await?
        .and_then(|m| m.recovery_email)
        .unwrap_or_else(|| holder.personal_email.clone());
    // To the address of record (the one being replaced) and to the PEC mailbox itself.
    for to in [current_recovery.as_str(), saved.mailbox_address.as_str()] {
        notify::queue_email(
            &*txn,
            &notice,
            to,
            Related {
                kind: "contact_change",
                id: &saved.id,
            },
        )
        .await?;
    }
    audit::record(
        &*txn,
        actor,
        "contact.submitted",
        "contact_change",
        &saved.id,
        serde_json::json!({ "due_at": due }),
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// The "non sono stato io" link: cancels a change still under review.
pub async fn cancel_by_token(db: &Db, actor: &Actor, token: &str) -> ServiceResult<Change> {
    let bad = || {
        ServiceError::invalid_field(
            "token",
            "the link is invalid, already used, or the request was already decided",
            "Il link non è valido o la richiesta è già stata gestita.",
        )
    };
    let txn = db.begin().await?;
    let row = contact_change::Entity::find()
        .filter(contact_change::Column::CancelTokenHash.eq(digest(token)))
        .all(&*txn)
        .await?
        .into_iter()
        .next()
        .filter(|r| r.state == ChangeState::UnderReview.as_str())
        .ok_or_else(bad)?;
    let now = now_ms();
    let updated = contact_change::Entity::update_many()
        .col_expr(
            contact_change::Column::State,
            sea_orm::sea_query::Expr::value(ChangeState::Cancelled.as_str()),
        )
        .col_expr(
            contact_change::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            contact_change::Column::CancelTokenHash,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .col_expr(
            contact_change::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(contact_change::Column::Id.eq(row.id.clone()))
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview.as_str()))
        .exec(&*txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(bad());
    }
    audit::record(
        &*txn,
        actor,
        "contact.cancelled_by_holder",
        "contact_change",
        &row.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    let documents = contact_change_document::Entity::find()
        .filter(contact_change_document::Column::ChangeId.eq(row.id.clone()))
        .all(db.conn())
        .await?;
    let row = contact_change::Entity::find_by_id(row.id.clone())
        .unique(db.conn())
        .await?
        .ok_or_else(bad)?;
    Ok(Change { row, documents })
}
