//! Changing a mailbox's contact details: the member's wizard (identify the holder, holder
//! details, identity document, recovery email and its code, mobile number, confirmation and
//! the SMS code) as a draft row that each step fills in, then the operators' review.
//!
//! A change is a capability: its id plus a 256-bit secret that only the member's session
//! holds (stored as SHA-256). Steps must come in order; an earlier step may be repeated, and
//! redoing a step voids what depended on it. Drafts expire after 24 hours, and their images
//! are deleted then.
//!
//! Every step is decided in the transaction that writes it: the draft row is locked
//! (`lock_for_step`: `FOR UPDATE` on PostgreSQL; SQLite has one writer), the step checked on
//! the locked row, and the write made only if the row is still a live draft (`save_draft`).
//!
//! By concern: `start` (holder identification), `draft` (the steps' data and codes),
//! `documents` (identity images), `submission` (submit, the holder's cancel, the end of a
//! change with its mailbox), `sweep` (draft expiry), `codes`, `review`.

use std::time::Duration;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use sha2::{Digest, Sha256};

use crate::audit;
use crate::auth::Actor;
use crate::db::{SelectUnique, WriteTxn, now_ms};
use crate::entities::{contact_change, contact_change_document};
use crate::error::{Reason, ServiceError, ServiceResult};
use crate::throttle::Limit;

pub mod codes;
mod documents;
mod draft;
pub mod review;
mod start;
mod submission;
mod sweep;

pub use crate::entities::contact_change::ChangeState;
pub use documents::{may_upload, store_document};
pub use draft::{
    Residence, ResidenceInput, check_names, check_residence, confirm, resend, set_holder_details,
    set_mobile_number, set_recovery_email, verify_recovery_email,
};
pub use start::start;
pub use submission::{
    cancel_by_token, end_with_mailbox, refresh_cancel_token, verify_mobile_and_submit,
};
pub use sweep::expire_drafts;

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
    /// Starts one visitor may make (refused past it).
    pub per_visitor: Limit,
    pub per_mailbox: Limit,
    pub per_holder: Limit,
    /// Starts through one key past which an alarm is raised (never refused for it).
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
    /// Codes sent at one visitor's request, across all changes (one visitor cannot make many
    /// changes to spread its sends).
    pub codes_per_visitor: Limit,
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
            per_visitor: Limit {
                max: 20,
                window: hour,
            },
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
            codes_per_visitor: Limit {
                max: 30,
                window: hour,
            },
            review_time: Duration::from_secs(3 * 24 * 3600),
            cancel_link_base_url: "https://pec.tsrm-pstrp.org/modifica-dati/annulla".to_owned(),
            review_reminder_email: None,
            image_retention: Duration::from_secs(30 * 24 * 3600),
        }
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
        self.row.state
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

    /// When the draft expires if not submitted; None once submitted (the review's due time
    /// is what the member then waits for; a submitted change does not expire).
    pub fn expires_at(&self) -> Option<i64> {
        self.row
            .submitted_at
            .is_none()
            .then_some(self.row.expires_at)
    }

    /// Refuses `step` unless the draft is live and every step before it is done.
    fn require_step(&self, step: Step, now: i64) -> ServiceResult<()> {
        if self.state() != ChangeState::Draft {
            return Err(ServiceError::precondition(
                Reason::InvalidState,
                format!("the change is {}, no longer a draft", self.state().as_str()),
                "La richiesta è già stata inviata o chiusa.",
            ));
        }
        if self.row.expires_at <= now {
            return Err(draft_expired());
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

fn draft_expired() -> ServiceError {
    ServiceError::precondition(
        Reason::DraftExpired,
        "the draft expired before it was submitted; start again",
        "La richiesta è scaduta perché non è stata completata entro 24 ore: ricomincia.",
    )
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

/// Both sides are hex SHA-256 of the same length: compared without early exit.
fn same_digest(want: &str, stored: &str) -> bool {
    want.len() == stored.len()
        && want
            .bytes()
            .zip(stored.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

async fn documents_of(
    db: &impl ConnectionTrait,
    id: &str,
) -> ServiceResult<Vec<contact_change_document::Model>> {
    Ok(contact_change_document::Entity::find()
        .filter(contact_change_document::Column::ChangeId.eq(id.to_owned()))
        .order_by_asc(contact_change_document::Column::Side)
        .all(db)
        .await?)
}

async fn find(
    db: &impl ConnectionTrait,
    id: &str,
    secret: &str,
    lock: bool,
) -> ServiceResult<Change> {
    let mut query = contact_change::Entity::find_by_id(id.to_owned());
    if lock {
        query = query.lock_exclusive();
    }
    let want = digest(secret);
    let row = query
        .unique(db)
        .await?
        .filter(|r| same_digest(&want, &r.secret_hash))
        .ok_or_else(|| not_found(id))?;
    let documents = documents_of(db, id).await?;
    Ok(Change { row, documents })
}

/// Loads a change by id and secret, to show it. An unknown id and a wrong secret are the
/// same NOT_FOUND.
pub async fn load(db: &impl ConnectionTrait, id: &str, secret: &str) -> ServiceResult<Change> {
    find(db, id, secret, false).await
}

/// Loads a change for `step` in `txn`: the row locked until `txn` ends, the secret checked,
/// and the step allowed on the locked row (a live draft, the steps before it done).
async fn lock_for_step(
    txn: &DatabaseTransaction,
    id: &str,
    secret: &str,
    step: Step,
) -> ServiceResult<Change> {
    let change = find(txn, id, secret, true).await?;
    change.require_step(step, now_ms())?;
    Ok(change)
}

/// Writes the `Set` columns of `edit` to the draft `id` in `txn`, only if it is still a live
/// draft (state DRAFT, before its expiry); returns the saved row. The row is already locked
/// by `lock_for_step`; the condition keeps the write safe on its own, e.g. against the sweep.
async fn save_draft(
    txn: &DatabaseTransaction,
    id: &str,
    mut edit: contact_change::ActiveModel,
) -> ServiceResult<contact_change::Model> {
    let now = now_ms();
    edit.updated_at = Set(now);
    let saved = contact_change::Entity::update_many()
        .set(edit)
        .filter(contact_change::Column::Id.eq(id.to_owned()))
        .filter(contact_change::Column::State.eq(ChangeState::Draft))
        .filter(contact_change::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    if saved.rows_affected != 1 {
        return Err(draft_expired());
    }
    contact_change::Entity::find_by_id(id.to_owned())
        .unique(txn)
        .await?
        .ok_or_else(|| not_found(id))
}

/// The end of a wizard step: records `action` in the trail and commits the step's
/// transaction; answers the change as it now is.
async fn commit_step(
    txn: WriteTxn,
    actor: &Actor,
    action: &str,
    row: contact_change::Model,
    documents: Vec<contact_change_document::Model>,
) -> ServiceResult<Change> {
    audit::record(
        &*txn,
        actor,
        action,
        "contact_change",
        &row.id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(Change { row, documents })
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
