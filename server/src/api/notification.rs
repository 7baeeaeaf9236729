//! `pec.v1.NotificationService`.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use super::{AppState, convert, status};
use crate::auth::Action;
use crate::entities::notification::{self, NotificationState as Stored};
use crate::error::ServiceError;
use crate::notify;
use crate::proto::notification_service_server::NotificationService;
use crate::proto::*;
use sea_orm::ActiveEnum;

pub struct NotificationApi {
    state: Arc<AppState>,
}

impl NotificationApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

fn to_proto(n: notification::Model) -> Notification {
    let state = match n.state {
        Stored::Pending => NotificationState::Pending,
        Stored::Sent => NotificationState::Sent,
        Stored::Failed => NotificationState::Failed,
    };
    Notification {
        id: n.id,
        channel: n.channel.to_value(),
        template: n.template,
        recipient: n.recipient,
        subject: n.subject.unwrap_or_default(),
        message_id: n.message_id,
        state: state.into(),
        attempts: n.attempts,
        last_error: n.last_error.unwrap_or_default(),
        related_type: n.related_type.unwrap_or_default(),
        related_id: n.related_id.unwrap_or_default(),
        create_time: convert::timestamp(n.created_at),
        send_time: n.sent_at.and_then(convert::timestamp),
    }
}

#[tonic::async_trait]
impl NotificationService for NotificationApi {
    async fn list_notifications(
        &self,
        request: Request<ListNotificationsRequest>,
    ) -> Result<Response<ListNotificationsResponse>, Status> {
        self.state
            .authorize(&request, Action::ManageNotifications)
            .await?;
        let req = request.into_inner();
        let state = match NotificationState::try_from(req.state) {
            Ok(NotificationState::Unspecified) => None,
            Ok(NotificationState::Pending) => Some(Stored::Pending),
            Ok(NotificationState::Sent) => Some(Stored::Sent),
            Ok(NotificationState::Failed) => Some(Stored::Failed),
            Err(_) => {
                return Err(ServiceError::invalid_field(
                    "state",
                    "is not a known value",
                    "Il valore indicato non è tra quelli ammessi.",
                )
                .into());
            }
        };
        let filters = format!("state={state:?}");
        let pages = self.state.pages.list("ListNotifications", &filters);
        let page = pages.request(req.page_size, &req.page_token)?;
        let found = notify::list(self.state.db.conn(), state, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListNotificationsResponse {
            notifications: found.items.into_iter().map(to_proto).collect(),
            next_page_token,
        }))
    }

    async fn retry_notification(
        &self,
        request: Request<RetryNotificationRequest>,
    ) -> Result<Response<RetryNotificationResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ManageNotifications)
            .await?;
        let id = convert::required_arg("id", &request.get_ref().id)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = notify::retry(&*txn, &caller.actor(), &id).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(RetryNotificationResponse {
            notification: Some(to_proto(saved)),
        }))
    }
}
