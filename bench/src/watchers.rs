//! Connected `WatchEvents` streams, held open while another phase is measured: what 100
//! watchers cost the other calls (the feed's fan-out is meant to make them nearly free).

use anyhow::{Context, Result};
use pecd::proto::WatchEventsRequest;
use pecd::proto::event_service_client::EventServiceClient;
use tokio::task::JoinHandle;
use tonic::metadata::{Ascii, MetadataValue};

use crate::load;

/// Streams per HTTP/2 connection, below pecd's default `MAX_CONCURRENT_STREAMS` of 100.
const STREAMS_PER_CONNECTION: usize = 50;

/// Open watches, each counting the messages it receives until stopped.
pub struct Watchers {
    tasks: Vec<JoinHandle<u64>>,
}

/// Opens `n` watches from now on `addr`; returns once every one is established.
pub async fn start(addr: std::net::SocketAddr, key: &str, n: usize) -> Result<Watchers> {
    let auth: MetadataValue<Ascii> = format!("Bearer {key}")
        .parse()
        .context("API key is not a header value")?;
    let channels = load::connect(addr, n.div_ceil(STREAMS_PER_CONNECTION).max(1)).await?;
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let mut client = EventServiceClient::new(channels[i % channels.len()].clone());
        let mut request = tonic::Request::new(WatchEventsRequest::default());
        request.metadata_mut().insert("authorization", auth.clone());
        let mut stream = client
            .watch_events(request)
            .await
            .context("WatchEvents")?
            .into_inner();
        tasks.push(tokio::spawn(async move {
            let mut received = 0u64;
            while let Ok(Some(_)) = stream.message().await {
                received += 1;
            }
            received
        }));
    }
    Ok(Watchers { tasks })
}

impl Watchers {
    /// How many watches are still open (a closed one means pecd ended it).
    pub fn open(&self) -> usize {
        self.tasks.iter().filter(|t| !t.is_finished()).count()
    }

    /// Closes every watch.
    pub fn stop(self) {
        for task in self.tasks {
            task.abort();
        }
    }
}
