//! `pec.v1.ActivationService`.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use super::{AppState, convert, idempotency, status};
use crate::activation::{self as uc, ActivationFilter, NewActivation};
use crate::auth::{Action, Caller};
use crate::domain::CodiceFiscale;
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::activation_service_server::ActivationService;
use crate::proto::*;

/// Items of one `BatchCreateActivationRequests` call at most.
const MAX_BATCH: usize = 1000;

pub struct ActivationApi {
    state: Arc<AppState>,
}

impl ActivationApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    fn new_activation(
        &self,
        req: &CreateActivationRequestRequest,
        prefix: &str,
    ) -> Result<NewActivation, ServiceError> {
        let mut v = Violations::new();
        let cf = convert::codice_fiscale(
            &mut v,
            &format!("{prefix}codice_fiscale"),
            &req.codice_fiscale,
        );
        let settings = &self.state.settings;
        let domain = req.domain.trim().to_ascii_lowercase();
        let domain = if domain.is_empty() {
            settings.default_mailbox_domain().to_owned()
        } else if settings.mailbox_domains.contains(&domain) {
            domain
        } else {
            v.push(FieldViolation::new(
                format!("{prefix}domain"),
                format!("must be one of: {}", settings.mailbox_domains.join(", ")),
                format!(
                    "Il dominio deve essere uno tra: {}.",
                    settings.mailbox_domains.join(", ")
                ),
            ));
            domain
        };
        v.into_result()?;
        let field = format!("{prefix}codice_fiscale");
        Ok(NewActivation {
            request_id: (!req.request_id.is_empty()).then(|| req.request_id.clone()),
            codice_fiscale: cf.ok_or_else(|| {
                ServiceError::InvalidFields(vec![FieldViolation::required(&field)])
            })?,
            domain,
        })
    }

    /// One create, in its own transaction, replaying an earlier identical call.
    async fn create_one(
        &self,
        caller: &Caller,
        req: &CreateActivationRequestRequest,
        prefix: &str,
    ) -> Result<CreateActivationRequestResponse, ServiceError> {
        let key = idempotency::key(
            caller,
            "CreateActivationRequest",
            &format!("{prefix}request_id"),
            &req.request_id,
            req,
        )?;
        let new = self.new_activation(req, prefix)?;
        idempotency::once(&self.state.db, key, async |txn| {
            let created = uc::create(txn, &caller.actor(), new).await?;
            Ok(CreateActivationRequestResponse {
                activation_request: Some(convert::activation_request(created)),
            })
        })
        .await
    }
}

impl ActivationApi {
    /// The items of a batch, in one transaction: each decided in order as `create_one` would
    /// decide it alone (a request id already answered, in an earlier call or earlier in the
    /// batch, replays that answer), the reads and writes made once for the whole batch
    /// (`uc::Batch`). A refused item changes nothing; an error of the database fails the
    /// whole call, and nothing of it is kept.
    async fn create_batch(
        &self,
        caller: &Caller,
        items: &[CreateActivationRequestRequest],
    ) -> Result<Vec<Result<CreateActivationRequestResponse, ServiceError>>, ServiceError> {
        const METHOD: &str = "CreateActivationRequest";
        let checked: Vec<Result<(Option<idempotency::RequestKey>, NewActivation), ServiceError>> =
            items
                .iter()
                .map(|item| {
                    let key =
                        idempotency::key(caller, METHOD, "request_id", &item.request_id, item)?;
                    Ok((key, self.new_activation(item, "")?))
                })
                .collect();
        let txn = self.state.db.begin().await?;
        let keys: Vec<&idempotency::RequestKey> = checked
            .iter()
            .filter_map(|c| c.as_ref().ok().and_then(|(key, _)| key.as_ref()))
            .collect();
        let mut answered = idempotency::stored_many(&*txn, &keys).await?;
        let codes: Vec<String> = checked
            .iter()
            .filter_map(|c| c.as_ref().ok())
            .map(|(_, new)| new.codice_fiscale.as_str().to_owned())
            .collect();
        let mut batch = uc::Batch::prepare(&*txn, &caller.actor(), &codes).await?;
        let mut records = Vec::new();
        let mut outcomes = Vec::with_capacity(items.len());
        for item in checked {
            let (key, new) = match item {
                Ok(item) => item,
                Err(err) => {
                    outcomes.push(Err(err));
                    continue;
                }
            };
            if let Some(key) = &key
                && let Some(record) = answered.get(key.request_id())
            {
                outcomes.push(key.answer(record));
                continue;
            }
            let outcome = match batch.create(&*txn, new).await {
                Ok(created) => Ok(CreateActivationRequestResponse {
                    activation_request: Some(convert::activation_request(created)),
                }),
                // A database error leaves the transaction unusable: the whole call fails.
                Err(err @ (ServiceError::Internal(_) | ServiceError::Conflict)) => return Err(err),
                Err(err) => Err(err),
            };
            if let (Some(key), Ok(response)) = (&key, &outcome) {
                let record = key.record(response);
                answered.insert(key.request_id().to_owned(), record.clone());
                records.push(record);
            }
            outcomes.push(outcome);
        }
        batch.finish(&*txn).await?;
        idempotency::store_many(&*txn, records).await?;
        txn.commit().await?;
        Ok(outcomes)
    }
}

/// The filter of `ListActivationRequests`.
fn list_filter(req: &ListActivationRequestsRequest) -> Result<ActivationFilter, ServiceError> {
    let mut v = Violations::new();
    let ordine_code = convert::filter(
        &mut v,
        "ordine_code",
        &req.ordine_code,
        convert::ordine_code,
    );
    let codice_fiscale = convert::filter(
        &mut v,
        "codice_fiscale",
        &req.codice_fiscale,
        convert::codice_fiscale,
    );
    v.into_result()?;
    let filter = ActivationFilter {
        ordine_code,
        state: convert::activation_state_filter(req.state)?,
        codice_fiscale,
    };
    Ok(filter)
}

/// What a page token of `ListActivationRequests` is bound to.
fn list_filter_key(filter: &ActivationFilter) -> String {
    let cf = filter.codice_fiscale.as_ref().map(|c| c.as_str());
    format!(
        "ordine={:?};state={:?};cf={cf:?}",
        filter.ordine_code, filter.state
    )
}

fn assignment_to_proto(a: uc::AssignmentView) -> Assignment {
    Assignment {
        activation_request_id: a.request.id,
        mailbox_address: a.request.mailbox_address,
        ordine_code: a.request.ordine_code,
        ordine_name: a.ordine_name,
        create_time: convert::timestamp(a.request.created_at),
    }
}

/// The request id and the member's codice fiscale of an answer to an assignment.
fn assignment(id: &str, codice_fiscale: &str) -> Result<(String, CodiceFiscale), ServiceError> {
    let mut v = Violations::new();
    let cf = convert::codice_fiscale(&mut v, "codice_fiscale", codice_fiscale);
    let id = convert::identifier(&mut v, "activation_request_id", id);
    v.into_result()?;
    match (id, cf) {
        (Some(id), Some(cf)) => Ok((id, cf)),
        // Both were checked above.
        _ => Err(ServiceError::InvalidFields(vec![FieldViolation::required(
            "activation_request_id",
        )])),
    }
}

#[tonic::async_trait]
impl ActivationService for ActivationApi {
    async fn create_activation_request(
        &self,
        request: Request<CreateActivationRequestRequest>,
    ) -> Result<Response<CreateActivationRequestResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::CreateActivation)
            .await?;
        let response = self.create_one(&caller, request.get_ref(), "").await?;
        Ok(Response::new(response))
    }

    async fn batch_create_activation_requests(
        &self,
        request: Request<BatchCreateActivationRequestsRequest>,
    ) -> Result<Response<BatchCreateActivationRequestsResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::CreateActivation)
            .await?;
        let req = request.into_inner();
        if req.requests.is_empty() || req.requests.len() > MAX_BATCH {
            return Err(ServiceError::invalid_field(
                "requests",
                format!("must hold 1 to {MAX_BATCH} requests"),
                format!("Invia da 1 a {MAX_BATCH} richieste per volta."),
            )
            .into());
        }
        let outcomes = self.create_batch(&caller, &req.requests).await?;
        let results = outcomes
            .into_iter()
            .zip(&req.requests)
            .enumerate()
            .map(|(i, (outcome, item))| {
                let index = i64::try_from(i).unwrap_or(i64::MAX);
                let result = match outcome {
                    Ok(created) => created
                        .activation_request
                        .map(batch_create_activation_requests_result::Result::ActivationRequest),
                    Err(err) => Some(batch_create_activation_requests_result::Result::Error(
                        status::row_error(
                            index,
                            item.codice_fiscale.trim().to_ascii_uppercase(),
                            err,
                        ),
                    )),
                };
                BatchCreateActivationRequestsResult { result }
            })
            .collect();
        Ok(Response::new(BatchCreateActivationRequestsResponse {
            results,
        }))
    }

    async fn get_activation_request(
        &self,
        request: Request<GetActivationRequestRequest>,
    ) -> Result<Response<GetActivationRequestResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ReadActivation)
            .await?;
        let id = convert::required_arg("id", &request.get_ref().id)?;
        let found = uc::get(self.state.db.conn(), &caller.actor(), &id).await?;
        Ok(Response::new(GetActivationRequestResponse {
            activation_request: Some(convert::activation_request(found)),
        }))
    }

    async fn list_activation_requests(
        &self,
        request: Request<ListActivationRequestsRequest>,
    ) -> Result<Response<ListActivationRequestsResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::ReadActivation)
            .await?;
        let req = request.into_inner();
        let filter = list_filter(&req)?;
        let pages = self
            .state
            .pages
            .list("ListActivationRequests", &list_filter_key(&filter));
        let page = pages.request(req.page_size, &req.page_token)?;
        let found = uc::list(self.state.db.conn(), &caller.actor(), &filter, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListActivationRequestsResponse {
            activation_requests: found
                .items
                .into_iter()
                .map(convert::activation_request)
                .collect(),
            next_page_token,
        }))
    }

    async fn cancel_activation_request(
        &self,
        request: Request<CancelActivationRequestRequest>,
    ) -> Result<Response<CancelActivationRequestResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::CancelActivation)
            .await?;
        let id = convert::required_arg("id", &request.get_ref().id)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = uc::cancel(&*txn, &caller.actor(), &id).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(CancelActivationRequestResponse {
            activation_request: Some(convert::activation_request(saved)),
        }))
    }

    async fn list_assignments(
        &self,
        request: Request<ListAssignmentsRequest>,
    ) -> Result<Response<ListAssignmentsResponse>, Status> {
        self.state
            .authorize(&request, Action::RespondToAssignment)
            .await?;
        let cf = convert::codice_fiscale_arg("codice_fiscale", &request.get_ref().codice_fiscale)?;
        let found = uc::list_assignments(self.state.db.conn(), &cf).await?;
        Ok(Response::new(ListAssignmentsResponse {
            assignments: found.into_iter().map(assignment_to_proto).collect(),
        }))
    }

    async fn accept_assignment(
        &self,
        request: Request<AcceptAssignmentRequest>,
    ) -> Result<Response<AcceptAssignmentResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::RespondToAssignment)
            .await?;
        let req = request.into_inner();
        let (id, cf) = assignment(&req.activation_request_id, &req.codice_fiscale)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let (saved, mailbox) = uc::accept(
            &*txn,
            &caller.actor(),
            &id,
            &cf,
            &self.state.settings.password,
        )
        .await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(AcceptAssignmentResponse {
            activation_request: Some(convert::activation_request(saved)),
            mailbox: Some(convert::mailbox(mailbox)),
        }))
    }

    async fn decline_assignment(
        &self,
        request: Request<DeclineAssignmentRequest>,
    ) -> Result<Response<DeclineAssignmentResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::RespondToAssignment)
            .await?;
        let req = request.into_inner();
        let (id, cf) = assignment(&req.activation_request_id, &req.codice_fiscale)?;
        let reason = convert::note("reason", req.reason)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = uc::decline(&*txn, &caller.actor(), &id, &cf, reason).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(DeclineAssignmentResponse {
            activation_request: Some(convert::activation_request(saved)),
        }))
    }
}
