//! `pec.v1.RegistryService`.

use std::sync::Arc;

use tonic::{Request, Response, Status, Streaming};

use super::{AppState, convert, idempotency, status};
use crate::auth::Action;
use crate::config::Settings;
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::registry_service_server::RegistryService;
use crate::proto::*;
use crate::registry::members::SyncInput;
use crate::registry::{self as uc, MemberFilter, members, ordini};

pub struct RegistryApi {
    state: Arc<AppState>,
}

impl RegistryApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

/// Converts one `SyncMembers` message into rows: each member's key (as sent, for the report)
/// and its validated input. Run on the blocking pool by `members::sync`.
fn sync_rows(settings: Arc<Settings>) -> impl Fn(SyncMembersRequest) -> Vec<SyncInput> + Clone {
    move |message| {
        message
            .members
            .into_iter()
            .map(|m| {
                let key = m.codice_fiscale.trim().to_ascii_uppercase();
                (key, convert::member_input(m, "", &settings.pec_domains))
            })
            .collect()
    }
}

/// The filter of `ListMembers`.
fn list_filter(req: &ListMembersRequest) -> Result<MemberFilter, ServiceError> {
    let mut v = Violations::new();
    let ordine_code = convert::filter(
        &mut v,
        "ordine_code",
        &req.ordine_code,
        convert::ordine_code,
    );
    let register_status = match req.register_status {
        0 => None,
        n => {
            let s = convert::register_status_from_proto(n);
            if s.is_none() {
                v.push(FieldViolation::new(
                    "register_status",
                    "is not a known value",
                    "Il valore indicato non è tra quelli ammessi.",
                ));
            }
            s
        }
    };
    v.into_result()?;
    let filter = MemberFilter {
        ordine_code,
        register_status,
    };
    Ok(filter)
}

/// What a page token of `ListMembers` is bound to.
fn list_filter_key(filter: &MemberFilter) -> String {
    format!(
        "ordine={:?};status={:?}",
        filter.ordine_code, filter.register_status
    )
}

#[tonic::async_trait]
impl RegistryService for RegistryApi {
    async fn create_ordine(
        &self,
        request: Request<CreateOrdineRequest>,
    ) -> Result<Response<CreateOrdineResponse>, Status> {
        let caller = self.state.authorize(&request, Action::WriteOrdini).await?;
        let req = request.into_inner();
        let key = idempotency::key(&caller, "CreateOrdine", "request_id", &req.request_id, &req)?;
        let new = convert::new_ordine(req.ordine)?;
        let response = idempotency::once(&self.state.db, key, async |txn| {
            let created = ordini::create(txn, &caller.actor(), new).await?;
            Ok(CreateOrdineResponse {
                ordine: Some(convert::ordine(created)),
            })
        })
        .await?;
        Ok(Response::new(response))
    }

    async fn get_ordine(
        &self,
        request: Request<GetOrdineRequest>,
    ) -> Result<Response<GetOrdineResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadRegister).await?;
        let code = convert::required_arg("code", &request.get_ref().code)?;
        let found = ordini::get(self.state.db.conn(), &caller.actor(), &code).await?;
        Ok(Response::new(GetOrdineResponse {
            ordine: Some(convert::ordine(found)),
        }))
    }

    async fn list_ordini(
        &self,
        request: Request<ListOrdiniRequest>,
    ) -> Result<Response<ListOrdiniResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadRegister).await?;
        let req = request.into_inner();
        let filters = format!("adhering={}", req.adhering_only);
        let pages = self.state.pages.list("ListOrdini", &filters);
        let page = pages.request(req.page_size, &req.page_token)?;
        let found = ordini::list(
            self.state.db.conn(),
            &caller.actor(),
            req.adhering_only,
            &page,
        )
        .await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListOrdiniResponse {
            ordini: found.items.into_iter().map(convert::ordine).collect(),
            next_page_token,
        }))
    }

    async fn update_ordine(
        &self,
        request: Request<UpdateOrdineRequest>,
    ) -> Result<Response<UpdateOrdineResponse>, Status> {
        let caller = self.state.authorize(&request, Action::WriteOrdini).await?;
        let req = request.into_inner();
        let Some(ordine) = req.ordine else {
            return Err(
                ServiceError::InvalidFields(vec![FieldViolation::required("ordine")]).into(),
            );
        };
        let mut v = Violations::new();
        let code = convert::ordine_code(&mut v, "ordine.code", &ordine.code);
        v.into_result()?;
        let code = code.unwrap_or_default();
        let paths = req.update_mask.map(|m| m.paths).unwrap_or_default();
        let update = convert::ordine_update(ordine, &paths)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = ordini::update(&*txn, &caller.actor(), &code, update).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(UpdateOrdineResponse {
            ordine: Some(convert::ordine(saved)),
        }))
    }

    async fn upsert_member(
        &self,
        request: Request<UpsertMemberRequest>,
    ) -> Result<Response<UpsertMemberResponse>, Status> {
        let caller = self.state.authorize(&request, Action::WriteMembers).await?;
        let req = request.into_inner();
        let key = idempotency::key(&caller, "UpsertMember", "request_id", &req.request_id, &req)?;
        let Some(member) = req.member else {
            return Err(
                ServiceError::InvalidFields(vec![FieldViolation::required("member")]).into(),
            );
        };
        let input = convert::member_input(member, "member.", &self.state.settings.pec_domains)
            .map_err(ServiceError::InvalidFields)?;
        let grace = self.state.settings.struck_off_grace;
        let response = idempotency::once(&self.state.db, key, async |txn| {
            let (saved, outcome) = members::upsert(txn, &caller.actor(), grace, input).await?;
            Ok(UpsertMemberResponse {
                member: Some(convert::member(saved)),
                created: outcome == members::Upserted::Created,
            })
        })
        .await?;
        Ok(Response::new(response))
    }

    async fn sync_members(
        &self,
        request: Request<Streaming<SyncMembersRequest>>,
    ) -> Result<Response<SyncMembersResponse>, Status> {
        let caller = self.state.authorize(&request, Action::WriteMembers).await?;
        let outcome = members::sync(
            &self.state.db,
            &caller.actor(),
            self.state.settings.struck_off_grace,
            &self.state.activity,
            request.into_inner(),
            sync_rows(Arc::clone(&self.state.settings)),
        )
        .await?;
        Ok(Response::new(SyncMembersResponse {
            created: outcome.created,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
            rejected: outcome.rejected_count,
            rejected_rows: reported_rows(outcome.rejected),
        }))
    }

    async fn get_member(
        &self,
        request: Request<GetMemberRequest>,
    ) -> Result<Response<GetMemberResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadRegister).await?;
        let cf = convert::codice_fiscale_arg("codice_fiscale", &request.get_ref().codice_fiscale)?;
        let found = members::get(self.state.db.conn(), &caller.actor(), &cf).await?;
        Ok(Response::new(GetMemberResponse {
            member: Some(convert::member(found)),
        }))
    }

    async fn list_members(
        &self,
        request: Request<ListMembersRequest>,
    ) -> Result<Response<ListMembersResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadRegister).await?;
        let req = request.into_inner();
        let filter = list_filter(&req)?;
        let pages = self
            .state
            .pages
            .list("ListMembers", &list_filter_key(&filter));
        let page = pages.request(req.page_size, &req.page_token)?;
        let found =
            uc::members::list(self.state.db.conn(), &caller.actor(), &filter, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListMembersResponse {
            members: found.items.into_iter().map(convert::member).collect(),
            next_page_token,
        }))
    }
}

/// Bytes the listed rejected rows may take in a `SyncMembers` reply: a row whose key or texts
/// echo a huge input cannot push the reply past the 4 MiB clients accept by default.
const REJECTED_ROWS_BUDGET: usize = 2 * 1024 * 1024;

/// The rejected rows of a sync as listed in its reply: in order, until the byte budget.
fn reported_rows(rows: Vec<members::RejectedRow>) -> Vec<RowError> {
    use prost::Message as _;
    let mut used = 0;
    rows.into_iter()
        .map(|r| convert::row_error(r.index, r.key, r.error))
        .take_while(|row| {
            // Field tag, length prefix and the row itself.
            used += row.encoded_len() + 8;
            used <= REJECTED_ROWS_BUDGET
        })
        .collect()
}
