//! Point reads on SQLite without sqlx's worker thread.
//!
//! sqlx runs each SQLite connection on a thread of its own, so every query costs two thread
//! hand-overs; for a primary-key read those cost more than the read itself (a few
//! microseconds). The hottest reads (`GetMailbox`) therefore run on a small set of plain
//! SQLite handles, on the calling thread. A caller that finds every handle busy does not
//! wait: it falls back to the sqlx pool.
//!
//! The handles read with `pread` into a small page cache, not through a memory map: the map
//! is the bulk writer's (`SqliteWriter`), where it pays, and each map counts its resident
//! pages once more in pecd's memory.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::entities::mailbox;

/// Idle read-only handles on the database file.
pub struct SqliteReaders {
    idle: Mutex<Vec<Connection>>,
}

impl SqliteReaders {
    /// Opens `count` handles on the existing database `path` (the sqlx pool has created it
    /// and switched it to WAL, so these readers never block the writer nor wait for it).
    pub fn open(path: &Path, count: usize) -> anyhow::Result<Self> {
        let mut idle = Vec::with_capacity(count);
        for _ in 0..count {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )
            .with_context(|| format!("cannot open {} for reading", path.display()))?;
            conn.busy_timeout(Duration::from_secs(10))?;
            // Opened read-write (a read-only handle on a WAL file needs special care about
            // the -shm file) but unable to write: these handles only ever read.
            conn.execute_batch(
                "PRAGMA query_only = ON; PRAGMA mmap_size = 0; PRAGMA cache_size = -2048;",
            )
            .context("cannot configure an SQLite reader")?;
            idle.push(conn);
        }
        Ok(Self {
            idle: Mutex::new(idle),
        })
    }

    /// Runs `read` on an idle handle, or returns `None` when all are busy.
    pub fn try_read<R>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<R>,
    ) -> Option<rusqlite::Result<R>> {
        let conn = self.idle.lock().ok()?.pop()?;
        let result = read(&conn);
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(conn);
        }
        Some(result)
    }
}

/// The columns of `mailboxes`, in entity order (tied to the entity by
/// `bulk_members::tests::column_lists_follow_the_entities`).
macro_rules! mailbox_columns {
    () => {
        "address, codice_fiscale, ordine_code, state, suspension_cause, suspension_note, \
         scheduled_closure_at, activation_request_id, created_at, activated_at, closed_at, \
         updated_at, recovery_email, mobile_number, residence_country, residence_province, \
         residence_comune, residence_postal_code, residence_street"
    };
}

#[cfg(test)]
pub(super) const MAILBOX_COLUMNS: &str = mailbox_columns!();

/// The mailbox at `address` (`GetMailbox`). A state or suspension cause that is not one of
/// ours is an error, as it is through sea-orm.
pub fn read_mailbox(conn: &Connection, address: &str) -> rusqlite::Result<Option<mailbox::Model>> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT ",
        mailbox_columns!(),
        " FROM mailboxes WHERE address = ?1"
    ))?;
    stmt.query_row([address], |row| {
        Ok(mailbox::Model {
            address: row.get(0)?,
            codice_fiscale: row.get(1)?,
            ordine_code: row.get(2)?,
            state: row.get(3)?,
            suspension_cause: row.get(4)?,
            suspension_note: row.get(5)?,
            scheduled_closure_at: row.get(6)?,
            activation_request_id: row.get(7)?,
            created_at: row.get(8)?,
            activated_at: row.get(9)?,
            closed_at: row.get(10)?,
            updated_at: row.get(11)?,
            recovery_email: row.get(12)?,
            mobile_number: row.get(13)?,
            residence_country: row.get(14)?,
            residence_province: row.get(15)?,
            residence_comune: row.get(16)?,
            residence_postal_code: row.get(17)?,
            residence_street: row.get(18)?,
        })
    })
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_falls_back_when_every_handle_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let setup = Connection::open(&path).unwrap();
        setup
            .execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER); INSERT INTO t VALUES ('a', 1);")
            .unwrap();
        let readers = SqliteReaders::open(&path, 1).unwrap();
        let value = readers
            .try_read(|c| c.query_row("SELECT v FROM t WHERE k = 'a'", [], |r| r.get::<_, i64>(0)))
            .unwrap()
            .unwrap();
        assert_eq!(value, 1);
        // While the only handle is in use, a second caller gets None instead of waiting.
        let nested = readers
            .try_read(|_| Ok(readers.try_read(|_| Ok(())).is_none()))
            .unwrap()
            .unwrap();
        assert!(nested);
        // Readers cannot write.
        let write = readers
            .try_read(|c| c.execute("INSERT INTO t VALUES ('b', 2)", []))
            .unwrap();
        assert!(write.is_err());
    }
}
