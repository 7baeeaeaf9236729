//! `pec.v1.AuditService`.

use std::sync::Arc;

use prost_types::Timestamp;
use tonic::{Request, Response, Status};

use super::{AppState, convert};
use crate::audit::{self as uc, AuditFilter, Listed};
use crate::auth::{Action, scoped_ordine};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::audit_service_server::AuditService;
use crate::proto::*;

pub struct AuditApi {
    state: Arc<AppState>,
}

impl AuditApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

/// Longest actor key id or action accepted as a filter (ours are far shorter).
const MAX_FILTER_LEN: usize = 200;

/// The stored name of a target kind, and back.
const TARGET_TYPES: [(AuditTargetType, &str); 8] = [
    (AuditTargetType::Member, "member"),
    (AuditTargetType::Mailbox, "mailbox"),
    (AuditTargetType::ActivationRequest, "activation_request"),
    (AuditTargetType::ContactChange, "contact_change"),
    (AuditTargetType::ApiKey, "api_key"),
    (AuditTargetType::Ordine, "ordine"),
    (AuditTargetType::Notification, "notification"),
    (AuditTargetType::Method, "method"),
];

fn target_type_name(kind: AuditTargetType) -> Option<&'static str> {
    TARGET_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, name)| *name)
}

fn target_type_of(name: &str) -> AuditTargetType {
    TARGET_TYPES
        .iter()
        .find(|(_, n)| *n == name)
        .map_or(AuditTargetType::Unspecified, |(k, _)| *k)
}

/// A target id as stored: addresses in lower case, codici fiscali and codes in upper case.
fn stored_target_id(kind: AuditTargetType, id: &str) -> String {
    let id = id.trim();
    match kind {
        AuditTargetType::Mailbox => id.to_ascii_lowercase(),
        AuditTargetType::Member | AuditTargetType::Ordine => id.to_ascii_uppercase(),
        _ => id.to_owned(),
    }
}

/// A time filter in milliseconds.
fn millis(v: &mut Violations, field: &str, time: Option<&Timestamp>) -> Option<i64> {
    let time = time?;
    let ms = (0..1_000_000_000)
        .contains(&time.nanos)
        .then(|| time.seconds.checked_mul(1000))
        .flatten()
        .and_then(|ms| ms.checked_add(i64::from(time.nanos / 1_000_000)));
    if ms.is_none() {
        v.push(FieldViolation::new(
            field,
            "is not a valid time",
            "La data indicata non è valida.",
        ));
    }
    ms
}

/// A free-text filter: trimmed, empty for none, bounded.
fn text_filter(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.len() > MAX_FILTER_LEN || value.chars().any(char::is_control) {
        v.push(FieldViolation::new(
            field,
            format!("must be at most {MAX_FILTER_LEN} printable characters"),
            "Il valore indicato non è valido.",
        ));
        return None;
    }
    Some(value.to_owned())
}

/// The filters of `ListAuditEvents`, before scoping.
fn list_filter(req: &ListAuditEventsRequest) -> Result<AuditFilter, ServiceError> {
    let mut v = Violations::new();
    let kind = AuditTargetType::try_from(req.target_type).map_err(|_| {
        ServiceError::invalid_field(
            "target_type",
            "is not a known target type",
            "Il tipo indicato non è valido.",
        )
    })?;
    let target_id = text_filter(&mut v, "target_id", &req.target_id);
    if target_id.is_some() && kind == AuditTargetType::Unspecified {
        v.push(FieldViolation::new(
            "target_type",
            "is required with target_id",
            "Indica anche il tipo dell'elemento.",
        ));
    }
    let ordine_code = convert::filter(
        &mut v,
        "ordine_code",
        &req.ordine_code,
        convert::ordine_code,
    );
    let filter = AuditFilter {
        ordine_code,
        target_type: target_type_name(kind).map(str::to_owned),
        target_id: target_id.map(|id| stored_target_id(kind, &id)),
        key_id: text_filter(&mut v, "actor_key_id", &req.actor_key_id),
        action: text_filter(&mut v, "action", &req.action),
        from_ms: millis(&mut v, "start_time", req.start_time.as_ref()),
        until_ms: millis(&mut v, "end_time", req.end_time.as_ref()),
        security_only: req.security_only,
    };
    v.into_result()?;
    Ok(filter)
}

/// What a page token of `ListAuditEvents` is bound to (after scoping).
fn list_filter_key(filter: &AuditFilter) -> String {
    format!("{filter:?}")
}

fn event(listed: Listed) -> AuditEvent {
    let row = listed.row;
    AuditEvent {
        id: row.id,
        time: convert::timestamp(row.at),
        actor_key_id: row.key_id.unwrap_or_default(),
        actor_key_name: listed.key_name.unwrap_or_default(),
        actor_key_role: listed.key_role.unwrap_or_default(),
        action: row.action,
        target_type: target_type_of(&row.target_type) as i32,
        target_id: row.target_id,
        ordine_code: row.ordine_code.unwrap_or_default(),
        details_json: row.details,
        security_event: row.security_event,
    }
}

#[tonic::async_trait]
impl AuditService for AuditApi {
    async fn list_audit_events(
        &self,
        request: Request<ListAuditEventsRequest>,
    ) -> Result<Response<ListAuditEventsResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadAudit).await?;
        let req = request.into_inner();
        let mut filter = list_filter(&req)?;
        // An ordine key reads its own Ordine's entries only; another Ordine's target simply
        // has none of them (an empty page, as a missing one).
        filter.ordine_code = scoped_ordine(&caller.actor().scope, filter.ordine_code.as_deref())?;
        let pages = self
            .state
            .pages
            .list("ListAuditEvents", &list_filter_key(&filter));
        let page = pages.request(req.page_size, &req.page_token)?;
        let found = uc::list(self.state.db.conn(), &filter, &page)
            .await
            .map_err(ServiceError::from)?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListAuditEventsResponse {
            events: found.items.into_iter().map(event).collect(),
            next_page_token,
        }))
    }
}
