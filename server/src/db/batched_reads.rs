//! PostgreSQL: concurrent point reads of one table coalesced into `= ANY($1)` queries.
//!
//! Under load, a point read's socket round trip and per-statement work cost PostgreSQL and
//! pecd more than the index lookup itself. Lookups queue here; at most `max_in_flight`
//! queries run at once, and each takes every lookup queued meanwhile (up to `MAX_BATCH`).
//! An idle server sends a lone lookup at once, so nothing waits for a batch to fill.

use std::collections::HashMap;
use std::sync::Arc;

use sea_orm::{
    DatabaseConnection, DbBackend, DbErr, EntityTrait, Statement, Value, sea_query::ArrayType,
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
    /// a row's key, to hand each row to the lookups that asked for it.
    pub fn spawn(
        conn: DatabaseConnection,
        sql: &'static str,
        key_of: fn(&E::Model) -> &str,
        max_in_flight: usize,
    ) -> Self {
        let (tx, rx) = mpsc::channel(4096);
        tokio::spawn(dispatch::<E>(conn, sql, key_of, max_in_flight.max(1), rx));
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

async fn dispatch<E>(
    conn: DatabaseConnection,
    sql: &'static str,
    key_of: fn(&E::Model) -> &str,
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
            let result = E::find().from_raw_sql(stmt).all(&conn).await;
            drop(permit);
            match result {
                Ok(rows) => {
                    let by_key: HashMap<&str, &E::Model> =
                        rows.iter().map(|row| (key_of(row), row)).collect();
                    for (key, reply) in batch {
                        let _ = reply.send(Ok(by_key.get(key.as_str()).map(|&row| row.clone())));
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
