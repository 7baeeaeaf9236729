//! A `MailboxService` that answers `GetMailbox` with a fixed mailbox and does nothing else: the
//! ceiling set by tonic, HTTP/2 and this machine, against which pecd's rate is compared.

use std::net::SocketAddr;

use anyhow::{Context, Result};
use pecd::proto::mailbox_service_server::{MailboxService, MailboxServiceServer};
use pecd::proto::{
    CloseMailboxRequest, CloseMailboxResponse, GetMailboxRequest, GetMailboxResponse,
    ListMailboxesRequest, ListMailboxesResponse, Mailbox, MailboxState, ReactivateMailboxRequest,
    ReactivateMailboxResponse, SuspendMailboxRequest, SuspendMailboxResponse,
};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::transport::server::TcpIncoming;
use tonic::{Request, Response, Status};

/// The only address the no-op server knows; the load asks for it so that the reply check
/// is the same as against pecd.
pub const NOOP_ADDRESS: &str = "mario.rossi@tsrm-pstrp.org";

struct Noop {
    mailbox: Mailbox,
}

#[tonic::async_trait]
impl MailboxService for Noop {
    async fn get_mailbox(
        &self,
        _request: Request<GetMailboxRequest>,
    ) -> Result<Response<GetMailboxResponse>, Status> {
        Ok(Response::new(GetMailboxResponse {
            mailbox: Some(self.mailbox.clone()),
        }))
    }

    async fn list_mailboxes(
        &self,
        _request: Request<ListMailboxesRequest>,
    ) -> Result<Response<ListMailboxesResponse>, Status> {
        Err(Status::unimplemented("no-op server"))
    }

    async fn suspend_mailbox(
        &self,
        _request: Request<SuspendMailboxRequest>,
    ) -> Result<Response<SuspendMailboxResponse>, Status> {
        Err(Status::unimplemented("no-op server"))
    }

    async fn reactivate_mailbox(
        &self,
        _request: Request<ReactivateMailboxRequest>,
    ) -> Result<Response<ReactivateMailboxResponse>, Status> {
        Err(Status::unimplemented("no-op server"))
    }

    async fn close_mailbox(
        &self,
        _request: Request<CloseMailboxRequest>,
    ) -> Result<Response<CloseMailboxResponse>, Status> {
        Err(Status::unimplemented("no-op server"))
    }
}

/// The running no-op server; dropping it stops the server.
pub struct NoopServer {
    pub addr: SocketAddr,
    _shutdown: oneshot::Sender<()>,
}

/// Starts the no-op server on an ephemeral loopback port.
pub async fn start() -> Result<NoopServer> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .context("binding the no-op server")?;
    let addr = listener.local_addr()?;
    let now = std::time::SystemTime::now();
    // A realistic reply: the same fields an ATTIVO mailbox from pecd carries.
    let mailbox = Mailbox {
        address: NOOP_ADDRESS.to_owned(),
        codice_fiscale: "RSSMRA80A01H501U".to_owned(),
        ordine_code: "BENCH".to_owned(),
        state: MailboxState::Attivo.into(),
        activation_request_id: uuid::Uuid::new_v4().to_string(),
        create_time: Some(now.into()),
        activate_time: Some(now.into()),
        update_time: Some(now.into()),
        ..Mailbox::default()
    };
    let (shutdown, stopped) = oneshot::channel::<()>();
    let router = tonic::transport::Server::builder()
        .add_service(MailboxServiceServer::new(Noop { mailbox }));
    // The builder's tcp_nodelay does not apply to a listener we pass in; set it on the
    // incoming stream, as `Server::serve` would.
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    tokio::spawn(async move {
        let shutdown = async {
            // Either an explicit stop or the sender's drop ends the server.
            let _ = stopped.await;
        };
        if let Err(e) = router
            .serve_with_incoming_shutdown(incoming, shutdown)
            .await
        {
            eprintln!("no-op server failed: {e}");
        }
    });
    Ok(NoopServer {
        addr,
        _shutdown: shutdown,
    })
}
