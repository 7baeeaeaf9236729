//! `pec.v1.MailboxService`.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use super::{AppState, convert, status};
use crate::auth::Action;
use crate::error::{ServiceError, Violations};
use crate::mailbox::{self as uc, MailboxFilter};
use crate::proto::mailbox_service_server::MailboxService;
use crate::proto::*;

pub struct MailboxApi {
    state: Arc<AppState>,
}

impl MailboxApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

/// The filter of `ListMailboxes`.
fn list_filter(req: &ListMailboxesRequest) -> Result<MailboxFilter, ServiceError> {
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
    let filter = MailboxFilter {
        ordine_code,
        state: convert::mailbox_state_filter(req.state)?,
        codice_fiscale,
    };
    Ok(filter)
}

/// What a page token of `ListMailboxes` is bound to.
fn list_filter_key(filter: &MailboxFilter) -> String {
    let cf = filter.codice_fiscale.as_ref().map(|c| c.as_str());
    format!(
        "ordine={:?};state={:?};cf={cf:?}",
        filter.ordine_code, filter.state
    )
}

#[tonic::async_trait]
impl MailboxService for MailboxApi {
    async fn get_mailbox(
        &self,
        request: Request<GetMailboxRequest>,
    ) -> Result<Response<GetMailboxResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadMailbox).await?;
        let address = convert::required_arg("address", &request.get_ref().address)?;
        let found = uc::read(&self.state.db, &caller.actor(), &address).await?;
        Ok(Response::new(GetMailboxResponse {
            mailbox: Some(convert::mailbox(found)),
        }))
    }

    async fn list_mailboxes(
        &self,
        request: Request<ListMailboxesRequest>,
    ) -> Result<Response<ListMailboxesResponse>, Status> {
        let caller = self.state.authorize(&request, Action::ReadMailbox).await?;
        let req = request.into_inner();
        let filter = list_filter(&req)?;
        let pages = self
            .state
            .pages
            .list("ListMailboxes", &list_filter_key(&filter));
        let page = pages.request(req.page_size, &req.page_token)?;
        let found = uc::list(self.state.db.conn(), &caller.actor(), &filter, &page).await?;
        let next_page_token = pages.next_token(&found)?;
        Ok(Response::new(ListMailboxesResponse {
            mailboxes: found.items.into_iter().map(convert::mailbox).collect(),
            next_page_token,
        }))
    }

    async fn suspend_mailbox(
        &self,
        request: Request<SuspendMailboxRequest>,
    ) -> Result<Response<SuspendMailboxResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::SuspendMailbox)
            .await?;
        let req = request.into_inner();
        let address = convert::required_arg("address", &req.address)?;
        let note = convert::note("note", req.note)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = uc::suspend(&*txn, &caller.actor(), &address, note).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(SuspendMailboxResponse {
            mailbox: Some(convert::mailbox(saved)),
        }))
    }

    async fn reactivate_mailbox(
        &self,
        request: Request<ReactivateMailboxRequest>,
    ) -> Result<Response<ReactivateMailboxResponse>, Status> {
        let caller = self
            .state
            .authorize(&request, Action::SuspendMailbox)
            .await?;
        let address = convert::required_arg("address", &request.get_ref().address)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = uc::reactivate(&*txn, &caller.actor(), &address).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(ReactivateMailboxResponse {
            mailbox: Some(convert::mailbox(saved)),
        }))
    }

    async fn close_mailbox(
        &self,
        request: Request<CloseMailboxRequest>,
    ) -> Result<Response<CloseMailboxResponse>, Status> {
        let caller = self.state.authorize(&request, Action::CloseMailbox).await?;
        let req = request.into_inner();
        let address = convert::required_arg("address", &req.address)?;
        let note = convert::note("note", req.note)?;
        let txn = self.state.db.begin().await.map_err(status::db)?;
        let saved = uc::close(&*txn, &caller.actor(), &address, note).await?;
        txn.commit().await.map_err(status::db)?;
        Ok(Response::new(CloseMailboxResponse {
            mailbox: Some(convert::mailbox(saved)),
        }))
    }
}
