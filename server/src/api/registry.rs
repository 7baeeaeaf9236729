//! `pec.v1.RegistryService`.

use std::sync::Arc;

use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use super::{AppState, convert, idempotency, status};
use crate::auth::Action;
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto::registry_service_server::RegistryService;
use crate::proto::*;
use crate::registry::{self as uc, MemberFilter, SyncOutcome, SyncRow, members, ordini};

/// Rows applied per transaction in `SyncMembers`. Measured with 2 in flight: 5,000 was not
/// clearly faster on SQLite (250,000 members in 4.4–4.7 s either way, before WAL checkpoints
/// left the write path) and on PostgreSQL saved a second but took 50 MB more memory.
const SYNC_BATCH: usize = 1000;
/// Batches of one `SyncMembers` stream applied at once: with 1, 250,000 members took 5.3 s
/// instead of 4.4–4.7 on SQLite (same conditions as above), about 10 s instead of 7 on
/// PostgreSQL.
const SYNC_WRITES_IN_FLIGHT: usize = 2;

pub struct RegistryApi {
    state: Arc<AppState>,
}

impl RegistryApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
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
        let txn = self.state.db.begin().await.map_err(status::db)?;
        if let Some(key) = &key
            && let Some(previous) = key.replay(&*txn).await?
        {
            return Ok(Response::new(previous));
        }
        let created = ordini::create(&*txn, &caller.actor(), new).await?;
        let response = CreateOrdineResponse {
            ordine: Some(convert::ordine(created)),
        };
        if let Some(key) = &key {
            key.store(&*txn, &response).await?;
        }
        txn.commit().await.map_err(status::db)?;
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
        let txn = self.state.db.begin().await.map_err(status::db)?;
        if let Some(key) = &key
            && let Some(previous) = key.replay(&*txn).await?
        {
            return Ok(Response::new(previous));
        }
        let (saved, outcome) =
            members::upsert(&*txn, &caller.actor(), &self.state.settings, input).await?;
        let response = UpsertMemberResponse {
            member: Some(convert::member(saved)),
            created: outcome == members::Upserted::Created,
        };
        if let Some(key) = &key {
            key.store(&*txn, &response).await?;
        }
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(response))
    }

    async fn sync_members(
        &self,
        request: Request<Streaming<SyncMembersRequest>>,
    ) -> Result<Response<SyncMembersResponse>, Status> {
        let caller = self.state.authorize(&request, Action::WriteMembers).await?;
        let actor = caller.actor();
        let stream = request.into_inner();
        let mut outcome = SyncOutcome::default();
        let mut session = members::SyncSession::start(self.state.db.conn()).await?;
        let mut applied = members::Applied::default();
        // Validation (codici fiscali, emails, phone numbers) is CPU work: each message is
        // validated on the blocking pool, two at a time and kept in order, while the previous
        // batch is written (the database works on its own thread or process).
        let settings = Arc::clone(&self.state.settings);
        let mut validated = futures::StreamExt::buffered(
            stream.map(move |message| {
                let settings = Arc::clone(&settings);
                async move {
                    let message = message?;
                    tokio::task::spawn_blocking(move || {
                        message
                            .members
                            .into_iter()
                            .map(|m| {
                                let key = m.codice_fiscale.trim().to_ascii_uppercase();
                                (key, convert::member_input(m, "", &settings.pec_domains))
                            })
                            .collect::<Vec<_>>()
                    })
                    .await
                    .map_err(|e| {
                        let e = anyhow::Error::new(e).context("validating a message failed");
                        Status::from(ServiceError::Internal(e))
                    })
                }
            }),
            2,
        );
        let (batches, to_write) = tokio::sync::mpsc::channel::<Vec<SyncRow>>(2);
        let reader = async move {
            let mut batch: Vec<SyncRow> = Vec::with_capacity(SYNC_BATCH);
            let mut index: i64 = 0;
            // The client breaking the stream ends it with its status; what was applied stays
            // applied (each batch is its own transaction; re-sending is harmless).
            while let Some(rows) = validated.next().await.transpose()? {
                for (key, input) in rows {
                    batch.push(SyncRow { index, key, input });
                    index += 1;
                }
                if batch.len() >= SYNC_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(SYNC_BATCH));
                    if batches.send(full).await.is_err() {
                        // The writer stopped on an error, which it reports.
                        return Ok(());
                    }
                }
            }
            if !batch.is_empty() {
                let _ = batches.send(batch).await;
            }
            Ok::<(), Status>(())
        };
        // Batches are screened in stream order, then applied up to SYNC_WRITES_IN_FLIGHT at a
        // time: they hold distinct members, and while one waits on the database the next is
        // prepared (on PostgreSQL both run, on separate connections).
        let writer = async {
            let mut applying = futures::StreamExt::buffer_unordered(
                tokio_stream::wrappers::ReceiverStream::new(to_write).map(|rows| {
                    let valid = session.screen(rows, &mut outcome);
                    members::apply_batch(&self.state.db, &actor, &self.state.settings, valid)
                }),
                SYNC_WRITES_IN_FLIGHT,
            );
            while let Some(batch) = applying.next().await {
                applied += batch?;
            }
            Ok::<(), Status>(())
        };
        tokio::try_join!(reader, writer)?;
        outcome.add(applied);
        tracing::info!(
            created = outcome.created,
            updated = outcome.updated,
            unchanged = outcome.unchanged,
            rejected = outcome.rejected_count,
            "member sync finished"
        );
        Ok(Response::new(SyncMembersResponse {
            created: outcome.created,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
            rejected: outcome.rejected_count,
            rejected_rows: outcome
                .rejected
                .into_iter()
                .map(|r| convert::row_error(r.index, r.key, r.error))
                .collect(),
        }))
    }

    async fn get_member(
        &self,
        request: Request<GetMemberRequest>,
    ) -> Result<Response<GetMemberResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadRegister).await?;
        let cf = convert::codice_fiscale_arg("codice_fiscale", &request.get_ref().codice_fiscale)?;
        let found = members::get(self.state.db.conn(), &caller.actor(), cf.as_str()).await?;
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
        let mut v = Violations::new();
        let ordine_code = if req.ordine_code.trim().is_empty() {
            None
        } else {
            convert::ordine_code(&mut v, "ordine_code", &req.ordine_code)
        };
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
        let filters = format!("ordine={ordine_code:?};status={register_status:?}");
        let pages = self.state.pages.list("ListMembers", &filters);
        let page = pages.request(req.page_size, &req.page_token)?;
        let filter = MemberFilter {
            ordine_code,
            register_status,
        };
        let found =
            uc::members::list(self.state.db.conn(), &caller.actor(), &filter, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListMembersResponse {
            members: found.items.into_iter().map(convert::member).collect(),
            next_page_token,
        }))
    }
}
