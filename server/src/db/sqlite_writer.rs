//! Bulk writes on SQLite without sqlx's worker thread.
//!
//! Through sqlx, a bulk insert is built as one statement of thousands of bound values on the
//! async side, then handed to the connection's thread: the two halves never overlap, and
//! building the values costs about as much as SQLite's own work. A plain handle running
//! prepared statements row by row on a blocking thread does the same work with neither.
//! Only `SyncMembers` uses it; every other write goes through sea-orm.
//!
//! Checkpoints took a third of a bulk commit's time, so a second handle checkpoints after
//! each write, on another thread, while the next batch is written (a WAL checkpoint runs
//! beside readers and the writer). But the WAL only restarts from its beginning when a write
//! finds it fully checkpointed, which never happens while the next write races the
//! checkpoint: the writer still checkpoints itself every 10,000 pages (as the pool's
//! connections do), finding most pages already copied, so the WAL stays near 40 MB.
//!
//! The writer reads through a 128 MiB memory map. A sync in the Albo's order looks up
//! thousands of keys spread over the whole table per batch, more pages than its 8 MiB cache
//! holds, and copying each from the kernel (`pread`) was a tenth of an identical re-sync's
//! CPU (`copy_page_to_iter` under `moveToChild`). The point readers have no map of their own
//! (`SqliteReaders`): a second map of the same pages would count them twice.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags};

/// The one plain write handle on the database file, and its checkpointer.
pub struct SqliteWriter {
    conn: Mutex<Connection>,
    checkpointer: Mutex<Connection>,
}

impl SqliteWriter {
    /// Opens a handle on `path` with the settings of the sqlx pool's connections (WAL is a
    /// property of the file, already set by the pool).
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        let open = || {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )
            .with_context(|| format!("cannot open {} for writing", path.display()))?;
            conn.busy_timeout(Duration::from_secs(10))?;
            conn.execute_batch(
                "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                 PRAGMA cache_size = -8192; PRAGMA temp_store = MEMORY; \
                 PRAGMA wal_autocheckpoint = 10000; PRAGMA mmap_size = 134217728;",
            )
            .context("cannot configure the SQLite bulk writer")?;
            anyhow::Ok(conn)
        };
        Ok(Self {
            conn: Mutex::new(open()?),
            checkpointer: Mutex::new(open()?),
        })
    }

    /// Runs `write` on the handle, on the calling thread (a blocking one).
    pub fn with<R>(
        &self,
        write: impl FnOnce(&mut Connection) -> rusqlite::Result<R>,
    ) -> rusqlite::Result<R> {
        // A panic while writing leaves no transaction open (rusqlite rolls back on drop), so
        // a poisoned lock still guards a usable handle.
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        write(&mut conn)
    }

    /// Copies what the WAL holds back into the database file, without waiting for readers
    /// or the writer (PASSIVE); skipped while a checkpoint is already running. Blocking.
    pub fn checkpoint(&self) {
        let Ok(conn) = self.checkpointer.try_lock() else {
            return;
        };
        if let Err(err) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(error = %err, "WAL checkpoint after a bulk write failed");
        }
    }
}
