//! `pec.v1.EventService`: the change feed (see `crate::events`).

use std::collections::HashSet;
use std::pin::Pin;
use std::sync::Arc;

use tokio_stream::{Stream, StreamExt};
use tonic::{Request, Response, Status};

use super::{AppState, contact, convert};
use crate::auth::{Action, Caller, Role, scoped_ordine};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::events::feed::{
    Audience, Item, Loaded, Resource, Start, Visibility, WatchRequest, decode_cursor, encode_cursor,
};
use crate::events::{EventKind, ResourceType};
use crate::proto::event_service_server::EventService;
use crate::proto::{self, WatchEventsRequest, WatchEventsResponse};

pub struct EventApi {
    state: Arc<AppState>,
}

impl EventApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

/// The proto value of a kind.
fn kind_to_proto(kind: EventKind) -> proto::EventKind {
    use proto::EventKind as P;
    match kind {
        EventKind::MemberCreated => P::MemberCreated,
        EventKind::MemberUpdated => P::MemberUpdated,
        EventKind::ActivationRequestCreated => P::ActivationRequestCreated,
        EventKind::ActivationRequestInProgress => P::ActivationRequestInProgress,
        EventKind::ActivationRequestAssigned => P::ActivationRequestAssigned,
        EventKind::ActivationRequestAccepted => P::ActivationRequestAccepted,
        EventKind::ActivationRequestDeclined => P::ActivationRequestDeclined,
        EventKind::ActivationRequestCancelled => P::ActivationRequestCancelled,
        EventKind::ActivationRequestFailed => P::ActivationRequestFailed,
        EventKind::ActivationRequestExpired => P::ActivationRequestExpired,
        EventKind::MailboxCreated => P::MailboxCreated,
        EventKind::MailboxActivated => P::MailboxActivated,
        EventKind::MailboxSuspended => P::MailboxSuspended,
        EventKind::MailboxReactivated => P::MailboxReactivated,
        EventKind::MailboxClosed => P::MailboxClosed,
        EventKind::MailboxUpdated => P::MailboxUpdated,
        EventKind::ContactChangeSubmitted => P::ContactChangeSubmitted,
        EventKind::ContactChangeApproved => P::ContactChangeApproved,
        EventKind::ContactChangeRejected => P::ContactChangeRejected,
        EventKind::ContactChangeCancelled => P::ContactChangeCancelled,
    }
}

/// The domain kind of a proto value (the proto's names are the stored names, prefixed).
fn kind_from_proto(value: i32) -> Option<EventKind> {
    let name = proto::EventKind::try_from(value).ok()?.as_str_name();
    EventKind::parse(name.strip_prefix("EVENT_KIND_")?)
}

/// Who watches, from the key and the requested Ordine.
fn audience(caller: &Caller, ordine: Option<String>) -> Result<Audience, ServiceError> {
    let scope = caller.actor().scope;
    let ordine = scoped_ordine(&scope, ordine.as_deref())?;
    match caller.role {
        Role::Admin | Role::Operator => Ok(Audience::All { ordine }),
        Role::Albo => Ok(Audience::Albo { ordine }),
        Role::Ordine => ordine
            .map(Audience::Ordine)
            .ok_or_else(|| ServiceError::PermissionDenied("this key has no Ordine".to_owned())),
        Role::SelfService => Err(ServiceError::PermissionDenied(
            "a key with role self_service may not call this method".to_owned(),
        )),
    }
}

fn watch_request(caller: &Caller, req: &WatchEventsRequest) -> Result<WatchRequest, ServiceError> {
    let mut v = Violations::new();
    let ordine = convert::filter(
        &mut v,
        "ordine_code",
        &req.ordine_code,
        convert::ordine_code,
    );
    let mut kinds = HashSet::new();
    for (i, value) in req.kinds.iter().enumerate() {
        match kind_from_proto(*value) {
            Some(kind) => {
                kinds.insert(kind);
            }
            None => v.push(FieldViolation::new(
                format!("kinds[{i}]"),
                "is not a known event kind",
                "Tipo di evento sconosciuto.",
            )),
        }
    }
    let start = match (req.cursor.trim(), req.from_oldest) {
        ("", true) => Start::Oldest,
        ("", false) => Start::Now,
        (cursor, _) => match decode_cursor(cursor) {
            Some(position) => Start::After(position),
            None => {
                v.push(FieldViolation::new(
                    "cursor",
                    "is not a cursor of this feed",
                    "Il punto di ripresa indicato non è valido.",
                ));
                Start::Now
            }
        },
    };
    v.into_result()?;
    Ok(WatchRequest {
        audience: audience(caller, ordine)?,
        kinds,
        start,
    })
}

/// The wire form of an event for a watcher of `audience`.
fn event_to_proto(event: &Loaded, visibility: Visibility, audience: &Audience) -> proto::Event {
    use proto::event::Resource as R;
    let stored = &event.stored;
    let resource = match (visibility, &event.resource) {
        (Visibility::Full, Some(resource)) => Some(match resource {
            Resource::Member(m) => R::Member(convert::member(m.clone())),
            Resource::ActivationRequest(r) => {
                R::ActivationRequest(convert::activation_request(r.clone()))
            }
            Resource::Mailbox(m) => R::Mailbox(convert::mailbox(m.clone())),
            Resource::ContactChange(c) => R::ContactChange(proto::ContactChangeSummary {
                id: if audience.is_federation_staff() {
                    c.id.clone()
                } else {
                    String::new()
                },
                mailbox_address: c.mailbox_address.clone(),
                state: contact::state_to_proto(c.state) as i32,
            }),
        }),
        _ => None,
    };
    proto::Event {
        cursor: encode_cursor(stored.pos),
        kind: kind_to_proto(event.kind) as i32,
        time: convert::timestamp(stored.at),
        actor_key_id: stored.actor_key_id.clone().unwrap_or_default(),
        ordine_code: stored.ordine_code.clone().unwrap_or_default(),
        previous_ordine_code: stored.previous_ordine_code.clone().unwrap_or_default(),
        resource,
        resource_id: if event.kind.resource_type() != ResourceType::ContactChange
            || audience.is_federation_staff()
        {
            stored.resource_id.clone()
        } else {
            String::new()
        },
    }
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<WatchEventsResponse, Status>> + Send>>;

#[tonic::async_trait]
impl EventService for EventApi {
    type WatchEventsStream = WatchStream;

    async fn watch_events(
        &self,
        request: Request<WatchEventsRequest>,
    ) -> Result<Response<Self::WatchEventsStream>, Status> {
        let caller = self.state.authorize(&request, Action::WatchEvents).await?;
        let watch = watch_request(&caller, request.get_ref())?;
        let audience = watch.audience.clone();
        let items = self.state.feed.watch(watch).await?;
        let stream = tokio_stream::wrappers::ReceiverStream::new(items).map(move |item| {
            use proto::watch_events_response::Message;
            let message = match item.map_err(Status::from)? {
                Item::Event { event, visibility } => {
                    Message::Event(event_to_proto(&event, visibility, &audience))
                }
                Item::Heartbeat { position } => Message::Heartbeat(proto::Heartbeat {
                    cursor: encode_cursor(position),
                    time: convert::timestamp(crate::db::now_ms()),
                }),
            };
            Ok(WatchEventsResponse {
                message: Some(message),
            })
        });
        Ok(Response::new(Box::pin(stream)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_proto_value() {
        for kind in EventKind::ALL {
            assert_eq!(kind_from_proto(kind_to_proto(*kind) as i32), Some(*kind));
        }
        assert_eq!(kind_from_proto(0), None);
        assert_eq!(kind_from_proto(999), None);
    }
}
