//! PostgreSQL: concurrent point reads of one table coalesced into `= ANY($1)` queries.
//!
//! Under load, a point read's socket round trip and per-statement work cost PostgreSQL and
//! pecd more than the index lookup itself. Lookups queue here; at most `max_in_flight`
//! queries run at once, and each takes every lookup queued meanwhile (up to `MAX_BATCH`).
//! An idle server sends a lone lookup at once, so nothing waits for a batch to fill.

use std::collections::HashMap;
use std::sync::Arc;

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, FromQueryResult, Statement,
    Value, sea_query::ArrayType,
};
use tokio::sync::{Semaphore, mpsc, oneshot};

/// Most keys in one query; more queue for the next.
const MAX_BATCH: usize = 128;

type Reply<M> = oneshot::Sender<Result<Option<M>, String>>;

/// A batching reader of `E` rows by a text key.
pub struct BatchedReads<E: EntityTrait> {
    tx: mpsc::Sender<(String, Reply<E::Model>)>,
}

impl<E> BatchedReads<E>
where
    E: EntityTrait,
    E::Model: Clone + Send + Sync + 'static,
{
    /// Starts the dispatcher. `sql` selects the rows whose key is `= ANY($1)`; `key_of` gives
    /// a row's key, to hand each row to the lookups that asked for it; `key_column` names it,
    /// to hand a row that fails to load (say, an unknown state) to its own lookups only.
    pub fn spawn(
        conn: DatabaseConnection,
        sql: &'static str,
        key_of: fn(&E::Model) -> &str,
        key_column: &'static str,
        max_in_flight: usize,
    ) -> Self {
        let (tx, rx) = mpsc::channel(4096);
        let row_keys = RowKeys { key_of, key_column };
        tokio::spawn(dispatch::<E>(conn, sql, row_keys, max_in_flight.max(1), rx));
        Self { tx }
    }

    /// The row with this key, if any.
    pub async fn get(&self, key: String) -> Result<Option<E::Model>, DbErr> {
        let (reply, answer) = oneshot::channel();
        let gone = || DbErr::Custom("the batched reader has stopped".into());
        self.tx.send((key, reply)).await.map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?.map_err(DbErr::Custom)
    }
}

/// How a row's key is found: on the loaded model, or in the raw row when it fails to load.
struct RowKeys<M> {
    key_of: fn(&M) -> &str,
    key_column: &'static str,
}

impl<M> Clone for RowKeys<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M> Copy for RowKeys<M> {}

async fn dispatch<E>(
    conn: DatabaseConnection,
    sql: &'static str,
    row_keys: RowKeys<E::Model>,
    max_in_flight: usize,
    mut rx: mpsc::Receiver<(String, Reply<E::Model>)>,
) where
    E: EntityTrait,
    E::Model: Clone + Send + Sync + 'static,
{
    let permits = Arc::new(Semaphore::new(max_in_flight));
    while let Some(first) = rx.recv().await {
        // Wait for a free query slot first: lookups arriving meanwhile join this batch.
        let Ok(permit) = permits.clone().acquire_owned().await else {
            return;
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(lookup) => batch.push(lookup),
                Err(_) => break,
            }
        }
        let conn = conn.clone();
        tokio::spawn(async move {
            let keys: Vec<Value> = batch.iter().map(|(key, _)| key.clone().into()).collect();
            let stmt = Statement::from_sql_and_values(
                DbBackend::Postgres,
                sql,
                [Value::Array(ArrayType::String, Some(Box::new(keys)))],
            );
            let result = conn.query_all_raw(stmt).await;
            drop(permit);
            match result {
                Ok(rows) => {
                    // Loaded row by row, so that a row which fails to load fails the lookups
                    // of its key only, not every lookup of the batch.
                    let mut loaded = Vec::with_capacity(rows.len());
                    let mut broken = HashMap::new();
                    for row in &rows {
                        match E::Model::from_query_result(row, "") {
                            Ok(model) => loaded.push(model),
                            Err(err) => {
                                if let Ok(key) = row.try_get::<String>("", row_keys.key_column) {
                                    broken.insert(key, err.to_string());
                                }
                            }
                        }
                    }
                    let by_key: HashMap<&str, &E::Model> = loaded
                        .iter()
                        .map(|row| ((row_keys.key_of)(row), row))
                        .collect();
                    for (key, reply) in batch {
                        let answer = match broken.get(key.as_str()) {
                            Some(err) => Err(err.clone()),
                            None => Ok(by_key.get(key.as_str()).map(|&row| row.clone())),
                        };
                        let _ = reply.send(answer);
                    }
                }
                Err(err) => {
                    let message = err.to_string();
                    for (_, reply) in batch {
                        let _ = reply.send(Err(message.clone()));
                    }
                }
            }
        });
    }
}
