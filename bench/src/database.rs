//! The databases pecd runs on during the bench: a fresh SQLite file or a fresh PostgreSQL
//! database per run, and the direct SQL that seeds mailboxes and provider accounts (not
//! measured).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::PgConnection;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{
    Connection, Database, Encode, Executor, IntoArguments, QueryBuilder, SqliteConnection, Type,
};

/// Rows per INSERT: 5 bound values each keeps a statement well under SQLite's 32,766 and
/// PostgreSQL's 65,535 bind limits.
const SEED_BATCH: usize = 2_000;

/// One mailbox to seed.
pub struct SeedMailbox {
    pub address: String,
    pub codice_fiscale: String,
}

/// The database URL pecd expects for an SQLite file.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// A database created for one run on a PostgreSQL cluster, dropped by `drop`.
pub struct PgDatabase {
    admin_url: String,
    pub name: String,
    pub url: String,
}

impl PgDatabase {
    /// Creates `pecd_bench_<random>` on the cluster that `admin_url` reaches.
    pub async fn create(admin_url: &str) -> Result<Self> {
        let name = format!("pecd_bench_{}", uuid::Uuid::new_v4().simple());
        let mut conn = PgConnection::connect(admin_url)
            .await
            .with_context(|| format!("connecting to PostgreSQL at {}", redact(admin_url)))?;
        // The name is ours (letters, digits, underscore), so formatting it in is safe.
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .with_context(|| format!("creating database {name}"))?;
        conn.close().await?;
        let mut url = url::Url::parse(admin_url).context("parsing the PostgreSQL URL")?;
        url.set_path(&name);
        Ok(PgDatabase {
            admin_url: admin_url.to_owned(),
            name,
            url: url.to_string(),
        })
    }

    /// Drops the database; pecd must have stopped (FORCE ends stray sessions anyway).
    pub async fn drop(self) -> Result<()> {
        let mut conn = PgConnection::connect(&self.admin_url).await?;
        conn.execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .await
        .with_context(|| format!("dropping database {}", self.name))?;
        conn.close().await?;
        Ok(())
    }
}

/// Hides the password of a URL for messages.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Only fails for URLs that cannot have a password, which this one has.
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// Where the seed goes.
#[derive(Clone, Copy)]
pub enum Target<'a> {
    Sqlite(&'a PathBuf),
    Postgres(&'a str),
}

/// The database's size on disk: the SQLite file with its WAL, or PostgreSQL's
/// `pg_database_size`.
pub async fn size_bytes(target: Target<'_>) -> Result<u64> {
    match target {
        Target::Sqlite(path) => {
            let mut total = 0;
            for suffix in ["", "-wal"] {
                let mut name = path.as_os_str().to_owned();
                name.push(suffix);
                match std::fs::metadata(&name) {
                    Ok(m) => total += m.len(),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e).context("reading the database file's size"),
                }
            }
            Ok(total)
        }
        Target::Postgres(url) => {
            let mut conn = PgConnection::connect(url).await?;
            let size: i64 = sqlx::query_scalar("SELECT pg_database_size(current_database())")
                .fetch_one(&mut conn)
                .await?;
            conn.close().await?;
            Ok(u64::try_from(size)?)
        }
    }
}

/// One account at the built-in provider: password flows need one per mailbox.
pub struct SeedAccount {
    pub address: String,
    /// The current password's Argon2 hash; none before the member first sets one.
    pub password_hash: Option<String>,
}

/// Inserts one ATTIVO mailbox per row, and the provider accounts, in one transaction of
/// multi-row INSERTs.
pub async fn seed_mailboxes(
    target: Target<'_>,
    ordine_code: &str,
    rows: &[SeedMailbox],
    accounts: &[SeedAccount],
) -> Result<()> {
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis(),
    )?;
    match target {
        Target::Sqlite(path) => {
            // pecd holds the same file open; wait for its locks rather than fail.
            let options = SqliteConnectOptions::new()
                .filename(path)
                .busy_timeout(Duration::from_secs(30));
            let mut conn = SqliteConnection::connect_with(&options).await?;
            insert_mailboxes(&mut conn, ordine_code, now, rows, accounts).await?;
            conn.close().await?;
        }
        Target::Postgres(url) => {
            let mut conn = PgConnection::connect(url).await?;
            insert_mailboxes(&mut conn, ordine_code, now, rows, accounts).await?;
            conn.close().await?;
        }
    }
    Ok(())
}

async fn insert_mailboxes<C, DB>(
    conn: &mut C,
    ordine_code: &str,
    now: i64,
    rows: &[SeedMailbox],
    accounts: &[SeedAccount],
) -> Result<()>
where
    C: Connection<Database = DB>,
    DB: Database,
    <DB as Database>::Arguments: Default + IntoArguments<DB>,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'t> String: Encode<'t, DB> + Type<DB>,
    for<'t> i64: Encode<'t, DB> + Type<DB>,
    for<'t> Option<String>: Encode<'t, DB> + Type<DB>,
{
    let mut tx = conn.begin().await?;
    for batch in rows.chunks(SEED_BATCH) {
        let mut insert = QueryBuilder::<DB>::new(
            "INSERT INTO mailboxes (address, codice_fiscale, ordine_code, state, \
             activation_request_id, created_at, updated_at) ",
        );
        insert.push_values(batch, |mut row, mailbox| {
            row.push_bind(mailbox.address.clone())
                .push_bind(mailbox.codice_fiscale.clone())
                .push_bind(ordine_code.to_owned())
                .push("'ATTIVO'")
                .push("'bench-seed'")
                .push_bind(now)
                .push_bind(now);
        });
        insert
            .build()
            .execute(&mut *tx)
            .await
            .context("inserting seed mailboxes")?;
    }
    for batch in accounts.chunks(SEED_BATCH) {
        let mut insert = QueryBuilder::<DB>::new(
            "INSERT INTO provider_accounts (address, state, password_hash, created_at, \
             updated_at) ",
        );
        insert.push_values(batch, |mut row, account| {
            row.push_bind(account.address.clone())
                .push("'ATTIVO'")
                .push_bind(account.password_hash.clone())
                .push_bind(now)
                .push_bind(now);
        });
        insert
            .build()
            .execute(&mut *tx)
            .await
            .context("inserting seed provider accounts")?;
    }
    tx.commit().await?;
    Ok(())
}
