//! Delivery: one tailer per process polls the `events` table (after running the PostgreSQL
//! sequencer) and fans each batch out to every watcher through a `tokio::sync::broadcast`
//! channel, so 100 watchers cost one query per poll, not 100. A watcher first catches up from
//! the database from its cursor, then follows the fan-out; a watcher that lagged behind the
//! channel, or that sees a batch starting past its position, reads the table again.
//!
//! The resources ("as they are now") are loaded once per batch by the tailer, and once per
//! page by a watcher catching up.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use tokio::sync::{broadcast, mpsc, watch};

use super::{EventKind, ResourceType, Stored, bounds, read_after, sequence, sweep};
use crate::db::Db;
use crate::entities::{activation_request, contact_change, mailbox, member};
use crate::error::{ServiceError, ServiceResult};

/// Events read per query, by the tailer and by a watcher catching up.
const PAGE: i64 = 500;
/// Batches the fan-out keeps for a slow watcher before it must read the table instead.
const CHANNEL_BATCHES: usize = 256;
/// Items queued to one watcher's stream before its task waits for the client.
const WATCHER_QUEUE: usize = 64;

/// How the feed runs.
#[derive(Debug, Clone)]
pub struct FeedSettings {
    /// How often the tailer polls the table (and runs the sequencer on PostgreSQL).
    pub poll_interval: Duration,
    /// A quiet stream gets a heartbeat this often.
    pub heartbeat: Duration,
    /// Events older than this are deleted.
    pub retention: Duration,
}

impl Default for FeedSettings {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_millis(200),
            heartbeat: Duration::from_secs(15),
            retention: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

impl FeedSettings {
    /// How often old events are swept: a tenth of the retention, between 1 s and an hour.
    fn sweep_interval(&self) -> Duration {
        (self.retention / 10).clamp(Duration::from_secs(1), Duration::from_secs(3600))
    }
}

/// The resource of an event, as loaded when it was read.
#[derive(Debug, Clone)]
pub enum Resource {
    Member(member::Model),
    ActivationRequest(activation_request::Model),
    Mailbox(mailbox::Model),
    ContactChange(Box<contact_change::Model>),
}

/// An event with its resource (absent if it no longer exists).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub stored: Stored,
    pub kind: EventKind,
    pub resource: Option<Resource>,
}

/// What the tailer read in one query: every event in `(after, last]`.
#[derive(Debug)]
struct Batch {
    after: i64,
    last: i64,
    events: Vec<Arc<Loaded>>,
}

/// Who watches: decides which events a watcher gets, and whether with their resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Admin and operator keys: everything, or one Ordine's.
    All { ordine: Option<String> },
    /// The albo key: the register's events and the members' answers to assignments, of every
    /// Ordine or one.
    Albo { ordine: Option<String> },
    /// An ordine key: its own Ordine's events.
    Ordine(String),
}

/// How an event reaches a watcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Hidden,
    /// The event without its resource (an Ordine that the resource left).
    WithoutResource,
    Full,
}

fn touches(stored: &Stored, ordine: &str) -> bool {
    stored.ordine_code.as_deref() == Some(ordine)
        || stored.previous_ordine_code.as_deref() == Some(ordine)
}

impl Audience {
    /// Whether (and how) this watcher sees `event`.
    pub fn sees(&self, event: &Loaded) -> Visibility {
        let stored = &event.stored;
        let visible = match self {
            Audience::All { ordine } => ordine.as_deref().is_none_or(|o| touches(stored, o)),
            Audience::Albo { ordine } => {
                matches!(
                    event.kind,
                    EventKind::MemberCreated
                        | EventKind::MemberUpdated
                        | EventKind::ActivationRequestAccepted
                        | EventKind::ActivationRequestDeclined
                ) && ordine.as_deref().is_none_or(|o| touches(stored, o))
            }
            Audience::Ordine(own) => {
                if stored.ordine_code.as_deref() == Some(own.as_str()) {
                    return Visibility::Full;
                }
                // A member or mailbox that moved away: the old Ordine learns where it went,
                // not what it now holds.
                if stored.previous_ordine_code.as_deref() == Some(own.as_str()) {
                    return Visibility::WithoutResource;
                }
                false
            }
        };
        if visible {
            Visibility::Full
        } else {
            Visibility::Hidden
        }
    }

    /// Admin and operator keys: they may read everything elsewhere (contact change ids).
    pub fn is_federation_staff(&self) -> bool {
        matches!(self, Audience::All { .. })
    }
}

/// What a watcher asked for.
#[derive(Debug, Clone)]
pub struct WatchRequest {
    pub audience: Audience,
    /// Only these kinds; empty: all.
    pub kinds: HashSet<EventKind>,
    pub start: Start,
}

/// Where a watch starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// After this position (a cursor).
    After(i64),
    /// With the events committed from now on.
    Now,
    /// With the oldest event held.
    Oldest,
}

/// One item of a watch.
#[derive(Debug, Clone)]
pub enum Item {
    Event {
        event: Arc<Loaded>,
        visibility: Visibility,
    },
    /// Nothing new; resume from `position`.
    Heartbeat { position: i64 },
}

/// The process's feed: the fan-out every watcher subscribes to.
pub struct Feed {
    db: Db,
    settings: FeedSettings,
    fan_out: broadcast::Sender<Arc<Batch>>,
    draining: watch::Receiver<bool>,
}

impl Feed {
    /// The feed of this process; `draining` turns true when the server starts shutting down
    /// (watches then end). Run `tail` beside the server.
    pub fn new(db: Db, settings: FeedSettings, draining: watch::Receiver<bool>) -> Arc<Self> {
        let (fan_out, _) = broadcast::channel(CHANNEL_BATCHES);
        Arc::new(Self {
            db,
            settings,
            fan_out,
            draining,
        })
    }

    pub fn settings(&self) -> &FeedSettings {
        &self.settings
    }

    /// The tailer: polls, sequences (PostgreSQL), fans out, and sweeps old events, until
    /// `stop` turns true.
    pub async fn tail(self: Arc<Self>, mut stop: watch::Receiver<bool>) {
        let conn = self.db.conn().clone();
        let mut position = loop {
            match bounds(&conn).await {
                Ok(b) => break b.map_or(0, |(_, newest)| newest),
                Err(err) => {
                    tracing::warn!(error = %err, "event feed: reading the head failed");
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                        _ = stop.wait_for(|s| *s) => return,
                    }
                }
            }
        };
        let mut poll = tokio::time::interval(self.settings.poll_interval);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut swept = tokio::time::Instant::now();
        loop {
            tokio::select! {
                _ = poll.tick() => {}
                _ = stop.wait_for(|s| *s) => return,
            }
            if let Err(err) = self.poll_once(&conn, &mut position).await {
                tracing::warn!(error = %err, "event feed: poll failed");
            }
            if swept.elapsed() >= self.settings.sweep_interval() {
                swept = tokio::time::Instant::now();
                self.sweep_once().await;
            }
        }
    }

    async fn poll_once(&self, conn: &DatabaseConnection, position: &mut i64) -> Result<(), DbErr> {
        sequence(conn).await?;
        if self.fan_out.receiver_count() == 0 {
            // Nobody watches: nothing to load (a sync can write 250,000 events). A watcher that
            // subscribes later reads the table from its own cursor, and the next batch's
            // `after` shows it the positions skipped here.
            if let Some((_, newest)) = bounds(conn).await? {
                *position = (*position).max(newest);
            }
            return Ok(());
        }
        loop {
            let rows = read_after(conn, *position, PAGE).await?;
            let full = rows.len() as i64 >= PAGE;
            let Some(last) = rows.last().map(|r| r.pos) else {
                return Ok(());
            };
            let events = load(conn, rows).await?;
            let batch = Batch {
                after: *position,
                last,
                events,
            };
            *position = last;
            // No receiver: nobody watches now; later watchers read the table.
            let _ = self.fan_out.send(Arc::new(batch));
            if !full {
                return Ok(());
            }
        }
    }

    async fn sweep_once(&self) {
        let retention = i64::try_from(self.settings.retention.as_millis()).unwrap_or(i64::MAX);
        let result = async {
            let txn = self.db.begin().await?;
            let deleted = sweep(&*txn, retention).await?;
            txn.commit().await?;
            Ok::<u64, DbErr>(deleted)
        }
        .await;
        match result {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "old events deleted"),
            Err(err) => tracing::warn!(error = %err, "event retention sweep failed"),
        }
    }

    /// Starts a watch: checks the cursor, then streams its items until the client goes away
    /// or the server drains (then the stream's last item is an error). An expired cursor
    /// fails at once.
    pub async fn watch(
        self: &Arc<Self>,
        request: WatchRequest,
    ) -> ServiceResult<mpsc::Receiver<ServiceResult<Item>>> {
        // Subscribed before reading the table: no batch can fall between the two.
        let fan_out = self.fan_out.subscribe();
        let conn = self.db.conn();
        // "From now" includes what committed before this call but waits to be numbered.
        sequence(conn).await?;
        let held = bounds(conn).await?;
        let position = match (request.start, held) {
            (Start::After(cursor), Some((oldest, _))) if cursor.saturating_add(1) < oldest => {
                return Err(ServiceError::CursorExpired {
                    oldest_cursor: encode_cursor(oldest - 1),
                });
            }
            (Start::After(cursor), _) => cursor,
            (Start::Now, held) => held.map_or(0, |(_, newest)| newest),
            (Start::Oldest, held) => held.map_or(0, |(oldest, _)| oldest - 1),
        };
        let (out, items) = mpsc::channel(WATCHER_QUEUE);
        let watcher = Watcher {
            feed: self.clone(),
            request,
            position,
            out,
        };
        tokio::spawn(watcher.run(fan_out));
        Ok(items)
    }
}

/// Loads the resources of `rows`, one query per kind of resource. A kind this build does
/// not know (written by a newer replica during a rolling upgrade) is skipped with a warning:
/// failing would stop the feed at that row on every poll.
async fn load(conn: &DatabaseConnection, rows: Vec<Stored>) -> Result<Vec<Arc<Loaded>>, DbErr> {
    let mut ids: HashMap<ResourceType, Vec<String>> = HashMap::new();
    let mut known = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(kind) = EventKind::parse(&row.kind) else {
            tracing::warn!(kind = %row.kind, pos = row.pos, "event of an unknown kind skipped");
            continue;
        };
        ids.entry(kind.resource_type())
            .or_default()
            .push(row.resource_id.clone());
        known.push((row, kind));
    }
    let mut found: HashMap<(ResourceType, String), Resource> = HashMap::new();
    for (resource_type, mut keys) in ids {
        keys.sort_unstable();
        keys.dedup();
        for chunk in keys.chunks(PAGE as usize) {
            let chunk = chunk.to_vec();
            match resource_type {
                ResourceType::Member => {
                    for m in member::Entity::find()
                        .filter(member::Column::CodiceFiscale.is_in(chunk))
                        .all(conn)
                        .await?
                    {
                        found.insert(
                            (resource_type, m.codice_fiscale.clone()),
                            Resource::Member(m),
                        );
                    }
                }
                ResourceType::ActivationRequest => {
                    for r in activation_request::Entity::find()
                        .filter(activation_request::Column::Id.is_in(chunk))
                        .all(conn)
                        .await?
                    {
                        found.insert(
                            (resource_type, r.id.clone()),
                            Resource::ActivationRequest(r),
                        );
                    }
                }
                ResourceType::Mailbox => {
                    for m in mailbox::Entity::find()
                        .filter(mailbox::Column::Address.is_in(chunk))
                        .all(conn)
                        .await?
                    {
                        found.insert((resource_type, m.address.clone()), Resource::Mailbox(m));
                    }
                }
                ResourceType::ContactChange => {
                    for c in contact_change::Entity::find()
                        .filter(contact_change::Column::Id.is_in(chunk))
                        .all(conn)
                        .await?
                    {
                        found.insert(
                            (resource_type, c.id.clone()),
                            Resource::ContactChange(Box::new(c)),
                        );
                    }
                }
            }
        }
    }
    Ok(known
        .into_iter()
        .map(|(stored, kind)| {
            let resource = found
                .get(&(kind.resource_type(), stored.resource_id.clone()))
                .cloned();
            Arc::new(Loaded {
                stored,
                kind,
                resource,
            })
        })
        .collect())
}

/// The opaque cursor of a position: URL-safe base64 of a version byte and the position.
pub fn encode_cursor(position: i64) -> String {
    use base64::Engine;
    let mut bytes = [0u8; 9];
    bytes[0] = 1;
    bytes[1..].copy_from_slice(&position.to_be_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The position of a cursor made by `encode_cursor`; `None` for anything else.
pub fn decode_cursor(cursor: &str) -> Option<i64> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()?;
    let (version, position) = bytes.split_first()?;
    let position = i64::from_be_bytes(position.try_into().ok()?);
    (*version == 1 && position >= 0).then_some(position)
}

/// One watch's task.
struct Watcher {
    feed: Arc<Feed>,
    request: WatchRequest,
    /// The last position this watch has gone past (sent or filtered out).
    position: i64,
    out: mpsc::Sender<ServiceResult<Item>>,
}

/// What woke a watch up.
enum Wake {
    Draining,
    Gone,
    Quiet,
    Fanned(Result<Arc<Batch>, broadcast::error::RecvError>),
}

/// The end of a watch the client should resume elsewhere or shortly: UNAVAILABLE (reason
/// SHUTTING_DOWN), which clients retry.
fn unavailable() -> ServiceError {
    ServiceError::ShuttingDown
}

/// Why a watch stopped.
enum Stop {
    /// The client went away.
    Gone,
    /// End the stream with this error.
    Fail(ServiceError),
}

impl From<DbErr> for Stop {
    fn from(err: DbErr) -> Self {
        Stop::Fail(err.into())
    }
}

impl Watcher {
    async fn run(mut self, mut fan_out: broadcast::Receiver<Arc<Batch>>) {
        let result = self.follow(&mut fan_out).await;
        if let Err(Stop::Fail(err)) = result {
            let _ = self.out.send(Err(err)).await;
        }
    }

    async fn follow(&mut self, fan_out: &mut broadcast::Receiver<Arc<Batch>>) -> Result<(), Stop> {
        let mut draining = self.feed.draining.clone();
        self.catch_up().await?;
        let heartbeat = self.feed.settings.heartbeat;
        let mut quiet_until = tokio::time::Instant::now() + heartbeat;
        loop {
            let wake = tokio::select! {
                _ = draining.wait_for(|d| *d) => Wake::Draining,
                () = self.out.closed() => Wake::Gone,
                () = tokio::time::sleep_until(quiet_until) => Wake::Quiet,
                received = fan_out.recv() => Wake::Fanned(received),
            };
            let sent = match wake {
                // The client reconnects (to another replica) with its last cursor.
                Wake::Draining => return Err(Stop::Fail(unavailable())),
                Wake::Gone => return Err(Stop::Gone),
                Wake::Quiet => {
                    self.send(Item::Heartbeat {
                        position: self.position,
                    })
                    .await?;
                    true
                }
                Wake::Fanned(Ok(batch)) if batch.after > self.position => self.catch_up().await?,
                Wake::Fanned(Ok(batch)) => {
                    let mut sent = false;
                    let start = self.position;
                    for event in batch.events.iter().filter(|e| e.stored.pos > start) {
                        sent |= self.offer(event.clone()).await?;
                    }
                    self.position = self.position.max(batch.last);
                    sent
                }
                Wake::Fanned(Err(broadcast::error::RecvError::Lagged(_))) => {
                    self.catch_up().await?
                }
                Wake::Fanned(Err(broadcast::error::RecvError::Closed)) => {
                    return Err(Stop::Fail(unavailable()));
                }
            };
            if sent {
                quiet_until = tokio::time::Instant::now() + heartbeat;
            }
        }
    }

    /// Reads the table from the watch's position to its end. Returns whether it sent anything.
    async fn catch_up(&mut self) -> Result<bool, Stop> {
        let feed = self.feed.clone();
        let conn = feed.db.conn();
        let mut sent = false;
        loop {
            let rows = read_after(conn, self.position, PAGE).await?;
            let full = rows.len() as i64 >= PAGE;
            // Resources are loaded for the events this watch will send only.
            let wanted: Vec<Stored> = rows
                .iter()
                .filter(|r| EventKind::parse(&r.kind).is_some_and(|k| self.wants_kind(k)))
                .cloned()
                .collect();
            let last = rows.last().map(|r| r.pos);
            for event in load(conn, wanted).await? {
                sent |= self.offer(event).await?;
            }
            if let Some(last) = last {
                self.position = self.position.max(last);
            }
            if !full {
                return Ok(sent);
            }
        }
    }

    fn wants_kind(&self, kind: EventKind) -> bool {
        self.request.kinds.is_empty() || self.request.kinds.contains(&kind)
    }

    /// Sends `event` if this watch wants it; moves the position past it either way.
    async fn offer(&mut self, event: Arc<Loaded>) -> Result<bool, Stop> {
        let pos = event.stored.pos;
        let visibility = self.request.audience.sees(&event);
        let wanted = visibility != Visibility::Hidden && self.wants_kind(event.kind);
        if wanted {
            self.send(Item::Event { event, visibility }).await?;
        }
        self.position = self.position.max(pos);
        Ok(wanted)
    }

    async fn send(&self, item: Item) -> Result<(), Stop> {
        self.out.send(Ok(item)).await.map_err(|_| Stop::Gone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A watcher that stops reading while more batches than the fan-out keeps go by falls
    /// back to the table, and still gets every event once, in order.
    #[tokio::test]
    async fn a_lagging_watcher_reads_the_table_and_misses_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = crate::db::default_sqlite_url(dir.path());
        let db = Db::connect(&url).await.expect("database");
        db.migrate().await.expect("migrations");
        let (_drain, draining) = watch::channel(false);
        let feed = Feed::new(db.clone(), FeedSettings::default(), draining);
        let mut items = feed
            .watch(WatchRequest {
                audience: Audience::All { ordine: None },
                kinds: HashSet::new(),
                start: Start::Now,
            })
            .await
            .expect("watch");
        // The watcher's queue fills at once; the fan-out then drops its oldest batches.
        let total = CHANNEL_BATCHES + WATCHER_QUEUE + 50;
        let mut position = 0;
        for n in 0..total {
            let txn = db.begin().await.expect("begin");
            crate::events::publish(
                &*txn,
                &crate::auth::Actor::system(),
                EventKind::MemberCreated,
                &format!("M{n}"),
                "TO",
            )
            .await
            .expect("publish");
            txn.commit().await.expect("commit");
            feed.poll_once(db.conn(), &mut position)
                .await
                .expect("poll");
        }
        let mut seen = Vec::new();
        while seen.len() < total {
            let item = tokio::time::timeout(Duration::from_secs(10), items.recv())
                .await
                .expect("an item within 10 s")
                .expect("open")
                .expect("no error");
            if let Item::Event { event, .. } = item {
                seen.push(event.stored.resource_id.clone());
            }
        }
        let expected: Vec<String> = (0..total).map(|n| format!("M{n}")).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        for position in [0, 1, 42, i64::MAX] {
            assert_eq!(decode_cursor(&encode_cursor(position)), Some(position));
        }
        assert_eq!(decode_cursor(""), None);
        assert_eq!(decode_cursor("not a cursor"), None);
        assert_eq!(decode_cursor(&encode_cursor(5)[..6]), None);
    }

    fn loaded(kind: EventKind, ordine: &str, previous: Option<&str>) -> Loaded {
        Loaded {
            stored: Stored {
                pos: 1,
                kind: kind.as_str().to_owned(),
                resource_type: kind.resource_type().as_str().to_owned(),
                resource_id: "X".to_owned(),
                ordine_code: Some(ordine.to_owned()),
                previous_ordine_code: previous.map(str::to_owned),
                actor_key_id: None,
                at: 0,
            },
            kind,
            resource: None,
        }
    }

    #[test]
    fn each_audience_sees_its_own() {
        let to = Audience::Ordine("TO".to_owned());
        let moved = loaded(EventKind::MemberUpdated, "MI", Some("TO"));
        assert_eq!(
            to.sees(&loaded(EventKind::MailboxSuspended, "TO", None)),
            Visibility::Full
        );
        assert_eq!(
            to.sees(&loaded(EventKind::MailboxSuspended, "MI", None)),
            Visibility::Hidden
        );
        assert_eq!(to.sees(&moved), Visibility::WithoutResource);

        let albo = Audience::Albo { ordine: None };
        assert_eq!(albo.sees(&moved), Visibility::Full);
        assert_eq!(
            albo.sees(&loaded(EventKind::ActivationRequestAccepted, "MI", None)),
            Visibility::Full
        );
        assert_eq!(
            albo.sees(&loaded(EventKind::MailboxSuspended, "MI", None)),
            Visibility::Hidden
        );

        let mi = Audience::All {
            ordine: Some("MI".to_owned()),
        };
        assert_eq!(mi.sees(&moved), Visibility::Full);
        assert_eq!(
            mi.sees(&loaded(EventKind::MailboxClosed, "TO", None)),
            Visibility::Hidden
        );
    }
}
