//! BatchCreateActivationRequests of 1,000 members of the register without a mailbox (an
//! Ordine asking for its members' mailboxes at once), then the same call again with the same
//! request ids, which must answer the same.

use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use pecd::proto::activation_service_client::ActivationServiceClient;
use pecd::proto::batch_create_activation_requests_result::Result as ItemResult;
use pecd::proto::{
    BatchCreateActivationRequestsRequest, BatchCreateActivationRequestsResponse,
    CreateActivationRequestRequest,
};
use tokio::time::Instant;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::Channel;

/// Members in the batch: the API's largest.
pub const BATCH: usize = 1_000;
const CALL_TIMEOUT: Duration = Duration::from_secs(120);

/// What the two calls measured.
#[derive(Debug, Clone, Copy)]
pub struct BatchFigures {
    pub first: Duration,
    pub repeat: Duration,
    pub created: usize,
    /// Whether the repeat answered every item as the first call did.
    pub same_outcomes: bool,
}

/// One item's outcome, as far as a repeat must give it back: the request's id and address,
/// or the refusal's code and reason.
fn outcome(result: Option<&ItemResult>) -> (String, String, String) {
    match result {
        Some(ItemResult::ActivationRequest(r)) => (
            r.id.clone(),
            r.codice_fiscale.clone(),
            r.mailbox_address.clone(),
        ),
        Some(ItemResult::Error(e)) => {
            (format!("error {}", e.code), e.reason.clone(), e.key.clone())
        }
        None => ("empty".to_owned(), String::new(), String::new()),
    }
}

fn outcomes(reply: &BatchCreateActivationRequestsResponse) -> Vec<(String, String, String)> {
    reply
        .results
        .iter()
        .map(|r| outcome(r.result.as_ref()))
        .collect()
}

async fn call(
    client: &mut ActivationServiceClient<Channel>,
    auth: &MetadataValue<Ascii>,
    requests: &[CreateActivationRequestRequest],
) -> Result<(BatchCreateActivationRequestsResponse, Duration)> {
    let mut request = tonic::Request::new(BatchCreateActivationRequestsRequest {
        requests: requests.to_vec(),
    });
    request.metadata_mut().insert("authorization", auth.clone());
    let began = Instant::now();
    let reply = tokio::time::timeout(
        CALL_TIMEOUT,
        client.batch_create_activation_requests(request),
    )
    .await
    .context("BatchCreateActivationRequests timed out")?
    .context("BatchCreateActivationRequests")?;
    Ok((reply.into_inner(), began.elapsed()))
}

/// Asks for a mailbox for each of `codici_fiscali` in one call, then repeats it; fails unless
/// every item of the first call created a request for its member.
pub async fn run(
    channel: Channel,
    auth: &MetadataValue<Ascii>,
    codici_fiscali: &[String],
) -> Result<BatchFigures> {
    let mut client = ActivationServiceClient::new(channel);
    let requests: Vec<CreateActivationRequestRequest> = codici_fiscali
        .iter()
        .map(|cf| CreateActivationRequestRequest {
            request_id: uuid::Uuid::new_v4().to_string(),
            codice_fiscale: cf.clone(),
            domain: String::new(),
        })
        .collect();
    let (first, took_first) = call(&mut client, auth, &requests).await?;
    ensure!(
        first.results.len() == requests.len(),
        "{} results for {} items",
        first.results.len(),
        requests.len()
    );
    let mut refused = Vec::new();
    for (request, result) in requests.iter().zip(&first.results) {
        match &result.result {
            Some(ItemResult::ActivationRequest(r))
                if r.codice_fiscale == request.codice_fiscale => {}
            other => refused.push(format!(
                "{}: {:?}",
                request.codice_fiscale,
                outcome(other.as_ref())
            )),
        }
    }
    if !refused.is_empty() {
        bail!(
            "{} of {} items created no request, e.g. {:?}",
            refused.len(),
            requests.len(),
            &refused[..refused.len().min(3)]
        );
    }
    let (repeat, took_repeat) = call(&mut client, auth, &requests).await?;
    Ok(BatchFigures {
        first: took_first,
        repeat: took_repeat,
        created: first.results.len(),
        same_outcomes: outcomes(&first) == outcomes(&repeat),
    })
}
