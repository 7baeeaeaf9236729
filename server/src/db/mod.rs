//! Opening the database (SQLite by default, PostgreSQL in production) and the write
//! transactions every use case runs in.

use std::ops::Deref;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, EntityTrait,
    Select, SqlxPostgresConnector, SqlxSqliteConnector, TransactionTrait,
};
use sqlx::ConnectOptions;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use tokio::sync::{Mutex, OwnedMutexGuard};

use crate::error::ServiceError;

mod batched_reads;
pub mod bulk_members;
pub mod clock;
mod sqlite_readers;
mod sqlite_writer;
pub use batched_reads::BatchedReads;
pub use sqlite_readers::{SqliteReaders, read_mailbox};
pub use sqlite_writer::SqliteWriter;

/// The database handle shared by handlers and workers.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    /// SQLite allows one writer at a time, and a deferred transaction that upgrades to a write
    /// after another writer committed fails at once instead of waiting. Serialising our own
    /// write transactions in the process avoids that; PostgreSQL needs no such lock.
    write_lock: Option<Arc<Mutex<()>>>,
    /// SQLite file only: plain handles for the hottest point reads.
    readers: Option<Arc<SqliteReaders>>,
    /// SQLite file only: a plain handle for bulk writes (`SyncMembers`).
    writer: Option<Arc<SqliteWriter>>,
    /// PostgreSQL only: `GetMailbox` reads, coalesced.
    mailbox_reads: Option<Arc<BatchedReads<crate::entities::mailbox::Entity>>>,
}

/// A write transaction; on SQLite it also holds the process-wide writer lock.
pub struct WriteTxn {
    txn: DatabaseTransaction,
    _guard: Option<OwnedMutexGuard<()>>,
}

impl Deref for WriteTxn {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

impl WriteTxn {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

/// The SQLite file and its WAL and shared-memory files, readable by their user only: created
/// 0600 when missing (SQLite gives the WAL and SHM the mode of the database file), tightened
/// when an older version left them open.
fn private_sqlite_files(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    if path.as_os_str().is_empty() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false).mode(0o600);
    options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::set_permissions(&name, std::fs::Permissions::from_mode(0o600)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                return Err(err).with_context(|| {
                    format!("cannot make {} private (0600)", Path::new(&name).display())
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// The file of a SQLite URL (`sqlite://PATH?…`, `sqlite:PATH`), if it is one (not in memory).
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

/// A database URL as it may be printed: the SQLite file, or the PostgreSQL host and database
/// without the credentials.
pub fn describe_url(url: &str) -> String {
    if let Some(path) = sqlite_path(url) {
        let shown = std::fs::canonicalize(&path).unwrap_or(path);
        return format!("SQLite {}", shown.display());
    }
    format!("PostgreSQL {}", without_credentials(url))
}

/// `scheme://host[:port]/path` of a URL: no user, no password, no query (which may hold a
/// token).
pub fn without_credentials(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let rest = rest.rsplit_once('@').map_or(rest, |(_, rest)| rest);
    let rest = rest.split('?').next().unwrap_or_default();
    if scheme.is_empty() || scheme.starts_with("postgres") {
        rest.to_owned()
    } else {
        format!("{scheme}://{rest}")
    }
}

/// The SQLite file used when no database URL is given.
pub fn default_sqlite_url(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data_dir.join("pecd.db").display())
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) with a small pool, for one-off
    /// commands (migrate, keys).
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        Self::connect_with(url, Some(2)).await
    }

    /// Connects with at most `max_connections` pooled connections (default: 3 on SQLite,
    /// 16 on PostgreSQL).
    pub async fn connect_with(url: &str, max_connections: Option<u32>) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .context("invalid SQLite database URL")?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // WAL with NORMAL is durable against application crashes; a power loss may
                // lose the last transactions, as documented for SQLite.
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                // Each connection keeps a private 4 MiB page cache and no memory map: only
                // the bulk writer maps the file (`SqliteWriter`); each further map would
                // count its resident pages once more.
                .pragma("cache_size", "-4096")
                .pragma("temp_store", "memory")
                // Checkpoint every ~40 MB of WAL instead of every 4 MB: bulk upserts touch the
                // same index pages again and again, and each checkpoint writes them out.
                .pragma("wal_autocheckpoint", "10000")
                // sqlx logs every statement at INFO by default: at thousands of calls per
                // second that formatting costs more than the queries (and bulk INSERTs are huge).
                .disable_statement_logging();
            if let Some(parent) = options.get_filename().parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent).with_context(|| {
                    format!("cannot create the database folder {}", parent.display())
                })?;
            }
            // Each sqlx SQLite connection is a thread of its own, and WAL lets readers run
            // beside the one writer: 3 connections let a long read or a bulk write run
            // without stalling the other calls.
            let max = max_connections.unwrap_or(3).max(1);
            let path = options.get_filename().to_path_buf();
            let in_memory = path.as_os_str() == ":memory:" || url.contains("mode=memory");
            if !in_memory {
                private_sqlite_files(&path)?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(max)
                .min_connections(max)
                .connect_with(options)
                .await
                .context("cannot open the SQLite database")?;
            // One reader per core: a reader runs on the calling runtime thread.
            let (readers, writer) = if in_memory {
                (None, None)
            } else {
                let cores = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
                (
                    Some(Arc::new(SqliteReaders::open(&path, cores)?)),
                    Some(Arc::new(SqliteWriter::open(&path)?)),
                )
            };
            Ok(Self {
                conn: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
                write_lock: Some(Arc::new(Mutex::new(()))),
                readers,
                writer,
                mailbox_reads: None,
            })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url)
                .context("invalid PostgreSQL URL")?
                .disable_statement_logging();
            let max = max_connections.unwrap_or(16).max(1);
            // Connections are opened up front: opening one under load (SCRAM authentication)
            // would stall the calls queued behind it.
            let pool = PgPoolOptions::new()
                .max_connections(max)
                .min_connections(max)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .context("cannot connect to PostgreSQL")?;
            let conn = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
            // Two queries at a time: one runs while the next batch gathers. Measured at 64
            // calls in flight: 4 at a time gave smaller batches, 7,958 calls/s and a p99 of
            // 16.5 ms; 2 gave 9,703 calls/s and 13.2 ms.
            let mailbox_reads = BatchedReads::<crate::entities::mailbox::Entity>::spawn(
                conn.clone(),
                "SELECT * FROM mailboxes WHERE address = ANY($1)",
                |m| m.address.as_str(),
                "address",
                2,
            );
            Ok(Self {
                conn,
                write_lock: None,
                readers: None,
                writer: None,
                mailbox_reads: Some(Arc::new(mailbox_reads)),
            })
        } else {
            anyhow::bail!("unsupported database URL: expected sqlite:// or postgres://")
        }
    }

    /// Applies pending migrations.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        Migrator::up(&self.conn, None)
            .await
            .context("database migration failed")
    }

    /// The connection, for reads.
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// The plain SQLite handles for hot point reads (SQLite file databases only).
    pub fn sqlite_readers(&self) -> Option<&SqliteReaders> {
        self.readers.as_deref()
    }

    /// Whether `sqlite_write` is available (SQLite file databases only).
    pub fn has_sqlite_writer(&self) -> bool {
        self.writer.is_some()
    }

    /// Runs `write` on the plain SQLite write handle, on a blocking thread, holding the
    /// process's writer lock until it returns (even if the caller stops waiting). Check
    /// `has_sqlite_writer` first: PostgreSQL and in-memory SQLite have no such handle.
    pub async fn sqlite_write<R: Send + 'static>(
        &self,
        write: impl FnOnce(&mut rusqlite::Connection) -> rusqlite::Result<R> + Send + 'static,
    ) -> Result<R, ServiceError> {
        let writer = Arc::clone(self.writer.as_ref().ok_or_else(|| {
            ServiceError::Internal(anyhow::anyhow!("this database has no SQLite write handle"))
        })?);
        let guard = match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let (done, result) = tokio::sync::oneshot::channel();
        // Bulk work: at a lower priority than the calls running beside it.
        let started = crate::background::run(true, move || {
            let _ = done.send(writer.with(write));
            drop(guard);
            // On this thread, after the answer and the lock: the next write runs meanwhile.
            writer.checkpoint();
        });
        tokio::spawn(async move {
            if let Err(err) = started.await {
                tracing::error!(error = %err, "SQLite bulk write");
            }
        });
        match result.await {
            Ok(result) => result.map_err(ServiceError::from),
            // The sender is dropped unsent only if `write` panicked.
            Err(_) => Err(ServiceError::Internal(anyhow::anyhow!(
                "the SQLite bulk write panicked"
            ))),
        }
    }

    /// The coalescing reader of mailboxes by address (PostgreSQL only).
    pub fn mailbox_reads(&self) -> Option<&BatchedReads<crate::entities::mailbox::Entity>> {
        self.mailbox_reads.as_deref()
    }

    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// Starts a write transaction. On SQLite it takes the database's write lock at `BEGIN`
    /// (IMMEDIATE), waiting for it up to the busy timeout: a deferred transaction that read
    /// first and then wrote failed at once when another process (the CLI beside the server)
    /// had written in between.
    pub async fn begin(&self) -> Result<WriteTxn, DbErr> {
        let guard = match &self.write_lock {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let txn = if self.backend() == DbBackend::Sqlite {
            self.conn
                .begin_with_options(sea_orm::TransactionOptions {
                    sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
                    ..Default::default()
                })
                .await?
        } else {
            self.conn.begin().await?
        };
        Ok(WriteTxn { txn, _guard: guard })
    }

    pub async fn close(self) {
        if let Err(err) = self.conn.close().await {
            tracing::warn!(error = %err, "closing the database pool failed");
        }
    }
}

/// Milliseconds since the Unix epoch, the unit of every stored time: the system clock, plus
/// the test clock's offset when a test moved it (`clock`; always 0 in production).
pub fn now_ms() -> i64 {
    chrono::Utc::now()
        .timestamp_millis()
        .saturating_add(clock::offset_ms())
}

/// `.one()` for lookups by primary or unique key, without the `LIMIT ?` SeaORM adds: SQLite
/// re-prepares a statement whose LIMIT is a bound parameter on every run, which cost a fifth
/// of the CPU of a `GetMailbox`.
pub trait SelectUnique<E: EntityTrait> {
    fn unique<C: ConnectionTrait>(
        self,
        db: &C,
    ) -> impl Future<Output = Result<Option<E::Model>, DbErr>> + Send;
}

impl<E> SelectUnique<E> for Select<E>
where
    E: EntityTrait,
    E::Model: Send + Sync,
{
    async fn unique<C: ConnectionTrait>(self, db: &C) -> Result<Option<E::Model>, DbErr> {
        Ok(self.all(db).await?.into_iter().next())
    }
}

/// The state enums as rusqlite reads and binds them (the plain SQLite handles): their stored
/// names, and an error for any other text, as through sea-orm.
mod sqlite_values {
    use rusqlite::ToSql;
    use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};

    use crate::domain::{ActivationState, MailboxState, RegisterStatus, SuspensionCause};

    macro_rules! stored_name {
        ($($name:ident),+) => {$(
            impl FromSql for $name {
                fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                    let text = value.as_str()?;
                    $name::parse(text).ok_or_else(|| {
                        FromSqlError::Other(
                            format!(concat!("unexpected value for ", stringify!($name), ": {}"), text)
                                .into(),
                        )
                    })
                }
            }

            impl ToSql for $name {
                fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                    Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.as_str().as_bytes())))
                }
            }
        )+};
    }

    stored_name!(
        ActivationState,
        MailboxState,
        RegisterStatus,
        SuspensionCause
    );
}

/// The names of a hand-written column list (`a, b, c`), for the tests that tie such lists to
/// their entities.
#[cfg(test)]
fn column_list(list: &str) -> Vec<String> {
    list.split(',').map(|c| c.trim().to_owned()).collect()
}
