//! The outbox. Every email is a `notifications` row written in the transaction of the change
//! that caused it, with a `deliver_notification` job beside it; the worker hands it to the
//! transport and retries with backoff. After the last try the row is FAILED and stays visible
//! to operators, who can retry it. Each message carries a stable Message-ID, so a message
//! re-sent after a crash between the server's acceptance and our bookkeeping can be recognised
//! as a duplicate by the receiving side.

pub mod sms;
pub mod templates;
pub mod transport;

pub use sms::{FileSmsSender, HttpSmsSender, SmsSender};
pub use templates::{ContactSmsCode, Message, italian_date};
pub use transport::{EmailSender, FileEmailSender, SmtpEmailSender, TransportError};

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::audit;
use crate::auth::Actor;
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::entities::notification::{self, Channel, NotificationState};
use crate::entities::password_token;
use crate::error::{ServiceError, ServiceResult};
use crate::jobs::{self, Job};
use crate::paging::{Page, PageRequest};

/// The domain part of our Message-IDs.
pub const MESSAGE_ID_DOMAIN: &str = "pec.tsrm-pstrp.org";

/// What replaces the body of a delivered message that held a secret link.
pub const SCRUBBED: &str = "(contenuto rimosso dopo l'invio: conteneva un link personale)";

/// Stands in the outbox for a password link, followed by the id of its `password_tokens` row:
/// the link itself is minted afresh at each delivery attempt and never stored, so a failed or
/// retried message holds no live link, and only the last link sent works.
pub const LINK_PLACEHOLDER: &str = "pecd-password-link-";

/// Stands in the outbox for a contact change's "non sono stato io" link, followed by the id of
/// its `contact_cancel_tokens` row; minted at delivery, like the password link.
pub const CANCEL_LINK_PLACEHOLDER: &str = "pecd-cancel-link-";

/// Mints the secret links of messages at delivery time.
#[async_trait::async_trait]
pub trait SecretLinks: Send + Sync {
    /// A new link for the password token `token_id` (replacing its secret, so earlier links
    /// stop working); `None` if the token was used or voided by a newer one.
    async fn fresh_link(&self, token_id: &str) -> Result<Option<String>, TransportError>;
    /// A new "non sono stato io" link for the cancel token `token_id`; `None` if its change
    /// is no longer under review.
    async fn fresh_cancel_link(&self, token_id: &str) -> Result<Option<String>, TransportError>;
}

/// `message` as the outbox keeps it: its password link, if any, replaced by the placeholder
/// naming the token's row (found by the token's digest, in the caller's transaction).
async fn withhold_link(db: &impl ConnectionTrait, message: &Message) -> Result<Message, DbErr> {
    use sha2::{Digest, Sha256};
    let Some(link) = message.password_link() else {
        return Ok(message.clone());
    };
    let token = link
        .rsplit_once("token=")
        .map(|(_, token)| token)
        .ok_or_else(|| DbErr::Custom("a password link without a token".to_owned()))?;
    let digest = hex::encode(Sha256::digest(token.as_bytes()));
    let id: Option<String> = password_token::Entity::find()
        .select_only()
        .column(password_token::Column::Id)
        .filter(password_token::Column::TokenHash.eq(digest))
        .into_tuple()
        .one(db)
        .await?;
    let id = id.ok_or_else(|| DbErr::Custom("a password link of no known token".to_owned()))?;
    Ok(message.with_password_link(format!("{LINK_PLACEHOLDER}{id}")))
}

/// The message to hand to the transport: its placeholder, if any, replaced by a fresh link.
async fn with_fresh_link(
    n: &notification::Model,
    links: &dyn SecretLinks,
) -> Result<notification::Model, TransportError> {
    for placeholder_prefix in [LINK_PLACEHOLDER, CANCEL_LINK_PLACEHOLDER] {
        let Some(start) = n.body_text.find(placeholder_prefix) else {
            continue;
        };
        let rest = &n.body_text[start + placeholder_prefix.len()..];
        let id: String = rest
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || *c == '-')
            .collect();
        let placeholder = format!("{placeholder_prefix}{id}");
        let link = if placeholder_prefix == LINK_PLACEHOLDER {
            links.fresh_link(&id).await?.ok_or_else(|| {
                TransportError::Permanent(
                    "the password link was used or replaced by a newer request".to_owned(),
                )
            })?
        } else {
            links.fresh_cancel_link(&id).await?.ok_or_else(|| {
                TransportError::Permanent("the contact change is no longer under review".to_owned())
            })?
        };
        let mut out = n.clone();
        out.body_text = n.body_text.replace(&placeholder, &link);
        out.body_html = n
            .body_html
            .as_ref()
            .map(|html| html.replace(&placeholder, &escape_html(&link)));
        return Ok(out);
    }
    Ok(n.clone())
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

/// What a notification is about, for operators.
#[derive(Debug, Clone, Copy)]
pub struct Related<'a> {
    pub kind: &'a str,
    pub id: &'a str,
}

/// Queues an email to `to`, in the caller's transaction.
pub async fn queue_email(
    db: &impl ConnectionTrait,
    message: &Message,
    to: &str,
    related: Related<'_>,
) -> Result<String, DbErr> {
    let message = withhold_link(db, message).await?;
    let rendered = message
        .render()
        .map_err(|e| DbErr::Custom(format!("rendering {}: {e}", message.template())))?;
    let id = uuid::Uuid::now_v7().to_string();
    let now = now_ms();
    notification::Entity::insert(notification::ActiveModel {
        id: Set(id.clone()),
        channel: Set(Channel::Email),
        template: Set(message.template().to_owned()),
        recipient: Set(to.to_owned()),
        subject: Set(Some(rendered.subject)),
        body_text: Set(rendered.text),
        body_html: Set(Some(rendered.html)),
        message_id: Set(format!("<{id}@{MESSAGE_ID_DOMAIN}>")),
        state: Set(NotificationState::Pending),
        attempts: Set(0),
        last_error: Set(None),
        related_type: Set(Some(related.kind.to_owned())),
        related_id: Set(Some(related.id.to_owned())),
        created_at: Set(now),
        sent_at: Set(None),
        updated_at: Set(now),
        sensitive: Set(message.contains_secret()),
    })
    .exec_without_returning(db)
    .await?;
    jobs::enqueue(db, Job::DeliverNotification { id: id.clone() }).await?;
    Ok(id)
}

/// Queues an SMS to `to` (E.164), in the caller's transaction. `sensitive` marks a text that
/// holds a secret (a verification code), scrubbed once sent.
pub async fn queue_sms(
    db: &impl ConnectionTrait,
    template: &str,
    text: &str,
    to: &str,
    related: Related<'_>,
    sensitive: bool,
) -> Result<String, DbErr> {
    let id = uuid::Uuid::now_v7().to_string();
    let now = now_ms();
    notification::Entity::insert(notification::ActiveModel {
        id: Set(id.clone()),
        channel: Set(Channel::Sms),
        template: Set(template.to_owned()),
        recipient: Set(to.to_owned()),
        subject: Set(None),
        body_text: Set(text.to_owned()),
        body_html: Set(None),
        message_id: Set(format!("<{id}@{MESSAGE_ID_DOMAIN}>")),
        state: Set(NotificationState::Pending),
        attempts: Set(0),
        last_error: Set(None),
        related_type: Set(Some(related.kind.to_owned())),
        related_id: Set(Some(related.id.to_owned())),
        created_at: Set(now),
        sent_at: Set(None),
        updated_at: Set(now),
        sensitive: Set(sensitive),
    })
    .exec_without_returning(db)
    .await?;
    jobs::enqueue(db, Job::DeliverNotification { id: id.clone() }).await?;
    Ok(id)
}

/// Creates an outbox folder readable by its user only (the files hold personal data and,
/// before delivery, links).
async fn private_dir(folder: &std::path::Path) -> std::io::Result<()> {
    tokio::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(folder)
        .await
}

/// Writes `bytes` to a new file at `path`, readable by its user only (0600).
async fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .await?;
    file.write_all(bytes).await?;
    file.sync_all().await
}

/// The transports of each channel.
pub struct Senders {
    pub email: std::sync::Arc<dyn EmailSender>,
    pub sms: std::sync::Arc<dyn SmsSender>,
    /// Longest wait for one hand-over: a transport that stalls (an SMTP server that accepts
    /// and never greets) fails the attempt, which is retried.
    pub timeout: std::time::Duration,
}

/// Job: delivers one notification unless it was already sent.
pub async fn deliver(
    db: &Db,
    senders: &Senders,
    links: &dyn SecretLinks,
    id: &str,
) -> Result<(), TransportError> {
    let found = notification::Entity::find_by_id(id.to_owned())
        .unique(db.conn())
        .await
        .map_err(|e| match e {
            // A row holding a channel or state this build does not know stays unreadable:
            // give up now rather than retry it for hours.
            DbErr::Type(_) => TransportError::Permanent(format!("unreadable notification: {e}")),
            e => TransportError::Transient(e.to_string()),
        })?;
    let Some(n) = found else {
        return Ok(());
    };
    if n.state == NotificationState::Sent {
        return Ok(());
    }
    let send = async {
        let outgoing = with_fresh_link(&n, links).await?;
        match n.channel {
            Channel::Sms => senders.sms.send(&outgoing).await,
            Channel::Email => senders.email.send(&outgoing).await,
        }
    };
    let result = tokio::time::timeout(senders.timeout, send)
        .await
        .unwrap_or_else(|_| {
            Err(TransportError::Transient(format!(
                "the {} transport did not finish within {} s",
                match n.channel {
                    Channel::Sms => "SMS",
                    Channel::Email => "email",
                },
                senders.timeout.as_secs_f64()
            )))
        });
    let now = now_ms();
    let mut update = notification::Entity::update_many()
        .col_expr(
            notification::Column::Attempts,
            Expr::col(notification::Column::Attempts).add(Expr::value(1)),
        )
        .col_expr(notification::Column::UpdatedAt, Expr::value(now))
        .filter(notification::Column::Id.eq(id.to_owned()));
    update = match &result {
        // A one-time link has no business staying in the outbox once delivered.
        Ok(()) if n.sensitive => update
            .col_expr(
                notification::Column::State,
                Expr::value(NotificationState::Sent),
            )
            .col_expr(notification::Column::SentAt, Expr::value(now))
            .col_expr(
                notification::Column::LastError,
                Expr::value(Option::<String>::None),
            )
            .col_expr(notification::Column::BodyText, Expr::value(SCRUBBED))
            .col_expr(
                notification::Column::BodyHtml,
                Expr::value(Option::<String>::None),
            ),
        Ok(()) => update
            .col_expr(
                notification::Column::State,
                Expr::value(NotificationState::Sent),
            )
            .col_expr(notification::Column::SentAt, Expr::value(now))
            .col_expr(
                notification::Column::LastError,
                Expr::value(Option::<String>::None),
            ),
        Err(err) => update.col_expr(
            notification::Column::LastError,
            Expr::value(err.to_string()),
        ),
    };
    let txn = db
        .begin()
        .await
        .map_err(|e| TransportError::Transient(e.to_string()))?;
    update
        .exec(&*txn)
        .await
        .map_err(|e| TransportError::Transient(e.to_string()))?;
    txn.commit()
        .await
        .map_err(|e| TransportError::Transient(e.to_string()))?;
    result
}

/// Job gave up: the notification is FAILED, visible to operators.
pub async fn mark_failed(db: &Db, id: &str) -> ServiceResult<()> {
    let txn = db.begin().await?;
    notification::Entity::update_many()
        .col_expr(
            notification::Column::State,
            Expr::value(NotificationState::Failed),
        )
        .col_expr(notification::Column::UpdatedAt, Expr::value(now_ms()))
        .filter(notification::Column::Id.eq(id.to_owned()))
        .filter(notification::Column::State.eq(NotificationState::Pending))
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Lists notifications, newest first, optionally by state.
pub async fn list(
    db: &impl ConnectionTrait,
    state_filter: Option<NotificationState>,
    page: &PageRequest,
) -> ServiceResult<Page<notification::Model>> {
    let mut query = notification::Entity::find().order_by_desc(notification::Column::Id);
    if let Some(s) = state_filter {
        query = query.filter(notification::Column::State.eq(s));
    }
    if let Some(after) = &page.after {
        query = query.filter(notification::Column::Id.lt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |n| n.id.clone()))
}

/// Puts a FAILED notification back in the queue.
pub async fn retry(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: &str,
) -> ServiceResult<notification::Model> {
    let n = notification::Entity::find_by_id(id.to_owned())
        .lock_exclusive()
        .unique(db)
        .await?
        .ok_or_else(|| ServiceError::not_found("notification", id))?;
    if n.state != NotificationState::Failed {
        return Err(ServiceError::invalid_state(
            "notification",
            &n.state.to_value(),
            "retry",
        ));
    }
    let mut active: notification::ActiveModel = n.into();
    active.state = Set(NotificationState::Pending);
    active.updated_at = Set(now_ms());
    let saved = sea_orm::ActiveModelTrait::update(active, db).await?;
    jobs::enqueue(
        db,
        Job::DeliverNotification {
            id: saved.id.clone(),
        },
    )
    .await?;
    audit::record(
        db,
        actor,
        "notification.retry",
        "notification",
        &saved.id,
        serde_json::json!({}),
    )
    .await?;
    Ok(saved)
}
