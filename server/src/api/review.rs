//! `pec.v1.ReviewService`: the operators' queue of contact changes.

use std::pin::Pin;
use std::sync::Arc;

use tokio_stream::Stream;
use tonic::{Request, Response, Status};

use super::AppState;
use super::contact::{change_to_proto, document_to_proto};
use crate::auth::Action;
use crate::contact::review::{self, Review};
use crate::contact::{ChangeState, Side};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::review_service_server::ReviewService;
use crate::proto::*;

/// Bytes per message of a download.
const DOWNLOAD_CHUNK: usize = 64 * 1024;

pub struct ReviewApi {
    state: Arc<AppState>,
}

impl ReviewApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

fn reason_name(reason: RejectionReason) -> Option<&'static str> {
    match reason {
        RejectionReason::Unspecified => None,
        RejectionReason::DocumentUnreadable => Some("DOCUMENT_UNREADABLE"),
        RejectionReason::DocumentExpired => Some("DOCUMENT_EXPIRED"),
        RejectionReason::HolderMismatch => Some("HOLDER_MISMATCH"),
        RejectionReason::DetailsMismatch => Some("DETAILS_MISMATCH"),
        RejectionReason::Other => Some("OTHER"),
    }
}

fn reason_from_name(name: Option<&str>) -> RejectionReason {
    [
        RejectionReason::DocumentUnreadable,
        RejectionReason::DocumentExpired,
        RejectionReason::HolderMismatch,
        RejectionReason::DetailsMismatch,
        RejectionReason::Other,
    ]
    .into_iter()
    .find(|r| reason_name(*r) == name)
    .unwrap_or(RejectionReason::Unspecified)
}

fn review_to_proto(review: &Review) -> ContactChangeForReview {
    let row = &review.change.row;
    let now = crate::db::now_ms();
    ContactChangeForReview {
        change: Some(change_to_proto(&review.change)),
        codice_fiscale: row.codice_fiscale.clone(),
        ordine_code: review
            .holder
            .as_ref()
            .map(|h| h.ordine_code.clone())
            .unwrap_or_default(),
        current_recovery_email: review.current_recovery_email(),
        current_mobile_number: review.current_mobile_number(),
        register_given_name: review
            .holder
            .as_ref()
            .map(|h| h.given_name.clone())
            .unwrap_or_default(),
        register_family_name: review
            .holder
            .as_ref()
            .map(|h| h.family_name.clone())
            .unwrap_or_default(),
        overdue: review.change.state() == ChangeState::UnderReview
            && row.due_at.is_some_and(|due| due < now),
        rejection_reason: reason_from_name(row.rejection_reason.as_deref()) as i32,
        rejection_text: row.rejection_text.clone().unwrap_or_default(),
        decided_by: row.decided_by.clone().unwrap_or_default(),
        images_deleted: row.images_deleted_at.is_some(),
    }
}

/// The queue to list: UNDER_REVIEW unless another state is asked for.
fn state_from_proto(state: i32) -> Result<ChangeState, Status> {
    use crate::proto::ContactChangeState as P;
    match P::try_from(state) {
        Ok(P::Unspecified | P::UnderReview) => Ok(ChangeState::UnderReview),
        Ok(P::Draft) => Ok(ChangeState::Draft),
        Ok(P::Approved) => Ok(ChangeState::Approved),
        Ok(P::Rejected) => Ok(ChangeState::Rejected),
        Ok(P::Cancelled) => Ok(ChangeState::Cancelled),
        Ok(P::Expired) => Ok(ChangeState::Expired),
        Err(_) => Err(ServiceError::invalid_field(
            "state",
            "is not a known value",
            "Il valore indicato non è tra quelli ammessi.",
        )
        .into()),
    }
}

fn change_id(id: &str) -> Result<String, Status> {
    let id = id.trim();
    if id.is_empty() {
        return Err(
            ServiceError::InvalidFields(vec![FieldViolation::required("change_id")]).into(),
        );
    }
    if id.len() > 64 {
        return Err(ServiceError::not_found("contact change", id).into());
    }
    Ok(id.to_owned())
}

/// The side of the identity document asked for.
fn side_arg(side: i32) -> Result<Side, Status> {
    match DocumentSide::try_from(side) {
        Ok(DocumentSide::Front) => Ok(Side::Front),
        Ok(DocumentSide::Back) => Ok(Side::Back),
        _ => Err(ServiceError::invalid_field(
            "side",
            "FRONT or BACK is required",
            "Indica il lato del documento: fronte o retro.",
        )
        .into()),
    }
}

/// An image as download messages: the first describes it.
fn download_messages(
    doc: &crate::entities::contact_change_document::Model,
    bytes: &[u8],
) -> Vec<Result<DownloadIdentityDocumentResponse, Status>> {
    let described = document_to_proto(doc);
    let mut messages = Vec::with_capacity(bytes.len() / DOWNLOAD_CHUNK + 1);
    for (i, chunk) in bytes.chunks(DOWNLOAD_CHUNK).enumerate() {
        messages.push(Ok(DownloadIdentityDocumentResponse {
            chunk: chunk.to_vec(),
            document: (i == 0).then(|| described.clone()),
        }));
    }
    messages
}

/// The reason and the text of a rejection.
fn reject_args(req: &RejectContactChangeRequest) -> Result<(&'static str, &str), Status> {
    let mut v = Violations::new();
    let reason = RejectionReason::try_from(req.reason)
        .ok()
        .and_then(reason_name);
    if reason.is_none() {
        v.push(FieldViolation::new(
            "reason",
            "a rejection reason is required",
            "Indica il motivo del rifiuto.",
        ));
    }
    let text = req.text.trim();
    if text.is_empty() {
        v.push(FieldViolation::required("text"));
    } else if text.chars().count() > 1000 {
        v.push(FieldViolation::new(
            "text",
            "at most 1000 characters",
            "Il testo può contenere al massimo 1000 caratteri.",
        ));
    }
    v.into_result()?;
    Ok((reason.unwrap_or("OTHER"), text))
}

type DownloadStream =
    Pin<Box<dyn Stream<Item = Result<DownloadIdentityDocumentResponse, Status>> + Send>>;

#[tonic::async_trait]
impl ReviewService for ReviewApi {
    async fn list_contact_changes(
        &self,
        request: Request<ListContactChangesRequest>,
    ) -> Result<Response<ListContactChangesResponse>, Status> {
        self.state
            .authorize(&request, Action::ReviewContactChanges)
            .await?;
        let req = request.into_inner();
        let state = state_from_proto(req.state)?;
        let filters = format!("state={}", state.as_str());
        let pages = self.state.pages.list("ListContactChanges", &filters);
        let page = pages.request(req.page_size, &req.page_token)?;
        let db = self.state.db.conn();
        let found = review::list(db, state, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        let overdue_count = review::overdue_count(db).await?;
        Ok(Response::new(ListContactChangesResponse {
            changes: found.items.iter().map(review_to_proto).collect(),
            next_page_token,
            overdue_count: i64::try_from(overdue_count).unwrap_or(i64::MAX),
        }))
    }

    async fn get_contact_change_for_review(
        &self,
        request: Request<GetContactChangeForReviewRequest>,
    ) -> Result<Response<GetContactChangeForReviewResponse>, Status> {
        self.state
            .authorize(&request, Action::ReviewContactChanges)
            .await?;
        let id = change_id(&request.get_ref().change_id)?;
        let review = review::get(self.state.db.conn(), &id).await?;
        Ok(Response::new(GetContactChangeForReviewResponse {
            review: Some(review_to_proto(&review)),
        }))
    }

    type DownloadIdentityDocumentStream = DownloadStream;

    async fn download_identity_document(
        &self,
        request: Request<DownloadIdentityDocumentRequest>,
    ) -> Result<Response<Self::DownloadIdentityDocumentStream>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ReviewContactChanges)
            .await?;
        let req = request.into_inner();
        let id = change_id(&req.change_id)?;
        let side = side_arg(req.side)?;
        let (doc, bytes) = review::open_document(
            &self.state.db,
            &self.state.blobs,
            &caller.actor(),
            &id,
            side,
        )
        .await?;
        let messages = download_messages(&doc, &bytes);
        Ok(Response::new(Box::pin(tokio_stream::iter(messages))))
    }

    async fn approve_contact_change(
        &self,
        request: Request<ApproveContactChangeRequest>,
    ) -> Result<Response<ApproveContactChangeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ReviewContactChanges)
            .await?;
        let id = change_id(&request.get_ref().change_id)?;
        let review = review::approve(&self.state.db, &caller.actor(), &id).await?;
        Ok(Response::new(ApproveContactChangeResponse {
            review: Some(review_to_proto(&review)),
        }))
    }

    async fn reject_contact_change(
        &self,
        request: Request<RejectContactChangeRequest>,
    ) -> Result<Response<RejectContactChangeResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ReviewContactChanges)
            .await?;
        let req = request.into_inner();
        let id = change_id(&req.change_id)?;
        let (reason, text) = reject_args(&req)?;
        let review = review::reject(&self.state.db, &caller.actor(), &id, reason, text).await?;
        Ok(Response::new(RejectContactChangeResponse {
            review: Some(review_to_proto(&review)),
        }))
    }
}
