//! The INI-PEC export: the file an Ordine uploads to INI-PEC (CAD art. 6-bis) to publish its
//! members' PEC addresses.
//!
//! A position is a mailbox in state ATTIVO of the Ordine (`mailboxes.ordine_code`, which
//! follows the member's transfers), with its holder's name, surname, numero iscrizione and
//! codice fiscale from the register. SOSPESO, NON_ATTIVO and CESSATO mailboxes are not
//! published: a legal notice sent to them would not be delivered.
//!
//! pecd remembers, per Ordine and address, what that Ordine last sent (`ini_pec_positions`).
//! A delta (`SinceLast`) holds the positions new to that baseline (inserimento), those whose
//! content differs from it (aggiornamento), and those it last sent as published that are no
//! longer the Ordine's active mailboxes (cancellazione, with the day they ceased): closed,
//! suspended, or moved to another Ordine, where the same address is a new position of the new
//! Ordine's next export. A full export holds every position (aggiornamento for those already
//! sent) plus the cancellations not yet sent, so the baseline is always exactly what the
//! Ordine has sent.
//!
//! Every export, empty or not, is stored with its rows under an id, and the baseline advances
//! in the same transaction that reads it: an export that never reached INI-PEC (a lost file, a
//! broken stream) is fetched again by id or as the Ordine's latest (`again`), never lost and
//! never silently folded into the next delta. Its rows are kept `ROW_RETENTION` (90 days; the
//! hourly sweep deletes older ones, keeping the record). On PostgreSQL the transaction first takes an
//! advisory lock per Ordine, on SQLite the process-wide writer lock, so two exports of one
//! Ordine at once run one after the other: the second sees the first's baseline.
//!
//! The file: UTF-8 without BOM, no header line, `;` between fields, CRLF line ends, quoting
//! (RFC 4180) only where a field holds `;`, `"` or a line break, every row with all eight
//! fields `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;
//! DataCancellazione` (empty fields keep their separators). DataIscrizione is empty: the
//! register gives pecd no enrolment date. DataCancellazione is `dd/mm/yyyy`, Rome's calendar
//! day. The Stato codes are configuration (`StatoCodes`), defaults 1/2/3 as inipec.gov.it
//! lists them; they must be checked against the current INI-PEC specification before the
//! first upload.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::time::Duration;

use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use sha2::{Digest, Sha256};

use crate::audit;
use crate::auth::{Actor, scoped_ordine};
use crate::db::{Db, SelectUnique, now_ms};
use crate::domain::MailboxState;
use crate::entities::{
    ini_pec_export, ini_pec_export_row, ini_pec_position, mailbox, member, ordine,
};
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult};

/// Rows per `IN (…)` lookup and per multi-row insert (well under SQLite's variable limit).
const CHUNK: usize = 500;

/// How long an export's rows are kept to be sent again; its record (when, by whom, counts)
/// stays.
pub const ROW_RETENTION: Duration = Duration::from_secs(90 * 24 * 3600);

/// The Stato values of the file, one per kind of change. The defaults are the order in which
/// inipec.gov.it ("come mandare i dati") lists them: 1 aggiornamento, 2 inserimento,
/// 3 cancellazione. Check them against the current INI-PEC specification before the first
/// upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatoCodes {
    /// A position already sent, updated.
    pub aggiornamento: String,
    /// A new position.
    pub inserimento: String,
    /// A position no longer published.
    pub cancellazione: String,
}

impl Default for StatoCodes {
    fn default() -> Self {
        Self {
            aggiornamento: "1".to_owned(),
            inserimento: "2".to_owned(),
            cancellazione: "3".to_owned(),
        }
    }
}

impl StatoCodes {
    /// Refuses codes that are empty, would need quoting in the file, or are not distinct.
    pub fn check(&self) -> Result<(), String> {
        let codes = [
            ("aggiornamento", &self.aggiornamento),
            ("inserimento", &self.inserimento),
            ("cancellazione", &self.cancellazione),
        ];
        for (name, code) in codes {
            if code.is_empty()
                || code.chars().count() > 16
                || code.chars().any(|c| c == ';' || c == '"' || c.is_control())
            {
                return Err(format!(
                    "the INI-PEC Stato code for {name} must be 1 to 16 characters without ';', '\"' or control characters"
                ));
            }
        }
        if self.aggiornamento == self.inserimento
            || self.aggiornamento == self.cancellazione
            || self.inserimento == self.cancellazione
        {
            return Err("the three INI-PEC Stato codes must differ".to_owned());
        }
        Ok(())
    }

    fn code(&self, change: Change) -> &str {
        match change {
            Change::Update => &self.aggiornamento,
            Change::Insert => &self.inserimento,
            Change::Delete => &self.cancellazione,
        }
    }
}

/// What an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// What changed since the Ordine's previous export.
    SinceLast,
    /// Every position, plus the cancellations not yet sent.
    Full,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::SinceLast => "SINCE_LAST",
            Mode::Full => "FULL",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Mode::SinceLast, Mode::Full]
            .into_iter()
            .find(|m| m.as_str() == text)
    }
}

/// The change a row tells INI-PEC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    Insert,
    Update,
    Delete,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Insert => "INSERT",
            Change::Update => "UPDATE",
            Change::Delete => "DELETE",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Change::Insert, Change::Update, Change::Delete]
            .into_iter()
            .find(|c| c.as_str() == text)
    }
}

/// What INI-PEC is told of a position (the baseline compares this).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub given_name: String,
    pub family_name: String,
    pub registration_number: String,
    pub codice_fiscale: String,
}

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub address: String,
    pub holder: Holder,
    pub change: Change,
    /// When the position ceased (`Delete` only), Unix milliseconds.
    pub ceased_at: Option<i64>,
}

/// An export: its record and its rows, in address order.
#[derive(Debug, Clone)]
pub struct Export {
    pub id: String,
    pub ordine_code: String,
    pub mode: Mode,
    pub created_at: i64,
    pub rows: Vec<Row>,
}

impl Export {
    /// How many rows of `change`.
    pub fn count(&self, change: Change) -> usize {
        self.rows.iter().filter(|r| r.change == change).count()
    }

    /// The file, as bytes (see the module's documentation for its format).
    pub fn to_csv(&self, codes: &StatoCodes) -> ServiceResult<Vec<u8>> {
        let mut out = Vec::with_capacity(self.rows.len() * 96);
        write_csv(&self.rows, codes, &mut out)?;
        Ok(out)
    }
}

/// Writes `rows` as the INI-PEC file.
pub fn write_csv(rows: &[Row], codes: &StatoCodes, out: impl Write) -> ServiceResult<()> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .has_headers(false)
        .from_writer(out);
    let internal = |e: csv::Error| ServiceError::Internal(e.into());
    for row in rows {
        let ceased = row
            .ceased_at
            .map(crate::notify::italian_date)
            .unwrap_or_default();
        writer
            .write_record([
                row.address.as_str(),
                row.holder.given_name.as_str(),
                row.holder.family_name.as_str(),
                row.holder.registration_number.as_str(),
                row.holder.codice_fiscale.as_str(),
                codes.code(row.change),
                "",
                ceased.as_str(),
            ])
            .map_err(internal)?;
    }
    writer.flush().map_err(|e| ServiceError::Internal(e.into()))
}

/// The SHA-256 of a file, hex, for the caller to check a download.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The Ordine an export is for: an Ordine's key may name only its own (and may leave it out);
/// admins and operators must name one.
fn target_ordine(actor: &Actor, requested: Option<&str>) -> ServiceResult<String> {
    let requested = requested
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty());
    scoped_ordine(&actor.scope, requested.as_deref())?
        .ok_or_else(|| ServiceError::InvalidFields(vec![FieldViolation::required("ordine_code")]))
}

/// Serialises the exports of one Ordine until the transaction ends (PostgreSQL; SQLite's
/// writer lock already admits one write transaction at a time).
async fn lock_ordine(db: &impl ConnectionTrait, code: &str) -> ServiceResult<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let digest = Sha256::digest(format!("ini_pec_export:{code}").as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1)",
        [i64::from_be_bytes(bytes).into()],
    ))
    .await?;
    Ok(())
}

fn count_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Makes a new export of `ordine` (the caller's own Ordine if `None`) and advances its baseline,
/// in one transaction.
pub async fn export(
    db: &Db,
    actor: &Actor,
    ordine: Option<&str>,
    mode: Mode,
) -> ServiceResult<Export> {
    let code = target_ordine(actor, ordine)?;
    let txn = db.begin().await?;
    lock_ordine(&*txn, &code).await?;
    if ordine::Entity::find_by_id(code.clone())
        .unique(&*txn)
        .await?
        .is_none()
    {
        return Err(ServiceError::not_found("ordine", code));
    }
    let baseline: HashMap<String, ini_pec_position::Model> = ini_pec_position::Entity::find()
        .filter(ini_pec_position::Column::OrdineCode.eq(code.clone()))
        .all(&*txn)
        .await?
        .into_iter()
        .map(|p| (p.address.clone(), p))
        .collect();
    let active = mailbox::Entity::find()
        .filter(mailbox::Column::OrdineCode.eq(code.clone()))
        .filter(mailbox::Column::State.eq(MailboxState::Attivo))
        .order_by_asc(mailbox::Column::Address)
        .all(&*txn)
        .await?;
    let holders = members_of(&*txn, &active).await?;

    let mut rows = Vec::new();
    let mut current = HashSet::new();
    for mb in &active {
        let Some(m) = holders.get(&mb.codice_fiscale) else {
            tracing::warn!(address = %mb.address, "active mailbox without a member: not exported");
            continue;
        };
        current.insert(mb.address.as_str());
        let holder = Holder {
            given_name: m.given_name.clone(),
            family_name: m.family_name.clone(),
            registration_number: m.registration_number.clone(),
            codice_fiscale: m.codice_fiscale.clone(),
        };
        let change = match baseline.get(&mb.address) {
            Some(sent) if sent.published => {
                if holder_of(sent) != holder || mode == Mode::Full {
                    Some(Change::Update)
                } else {
                    None
                }
            }
            _ => Some(Change::Insert),
        };
        if let Some(change) = change {
            rows.push(Row {
                address: mb.address.clone(),
                holder,
                change,
                ceased_at: None,
            });
        }
    }
    let gone: Vec<&ini_pec_position::Model> = baseline
        .values()
        .filter(|p| p.published && !current.contains(p.address.as_str()))
        .collect();
    let now = now_ms();
    let ceased = ceased_at(&*txn, &gone, now).await?;
    for p in gone {
        rows.push(Row {
            address: p.address.clone(),
            holder: holder_of(p),
            change: Change::Delete,
            ceased_at: Some(ceased.get(&p.address).copied().unwrap_or(now)),
        });
    }
    rows.sort_by(|a, b| a.address.cmp(&b.address));

    let export = Export {
        id: uuid::Uuid::now_v7().to_string(),
        ordine_code: code,
        mode,
        created_at: now,
        rows,
    };
    save(&*txn, actor, &export).await?;
    txn.commit().await?;
    tracing::info!(
        export_id = %export.id,
        ordine = %export.ordine_code,
        mode = export.mode.as_str(),
        rows = export.rows.len(),
        "INI-PEC export"
    );
    Ok(export)
}

fn holder_of(p: &ini_pec_position::Model) -> Holder {
    Holder {
        given_name: p.given_name.clone(),
        family_name: p.family_name.clone(),
        registration_number: p.registration_number.clone(),
        codice_fiscale: p.codice_fiscale.clone(),
    }
}

/// The register's members holding `mailboxes`, by codice fiscale.
async fn members_of(
    db: &impl ConnectionTrait,
    mailboxes: &[mailbox::Model],
) -> ServiceResult<HashMap<String, member::Model>> {
    let mut found = HashMap::with_capacity(mailboxes.len());
    for chunk in mailboxes.chunks(CHUNK) {
        let codes: Vec<String> = chunk.iter().map(|m| m.codice_fiscale.clone()).collect();
        for m in member::Entity::find()
            .filter(member::Column::CodiceFiscale.is_in(codes))
            .all(db)
            .await?
        {
            found.insert(m.codice_fiscale.clone(), m);
        }
    }
    Ok(found)
}

/// When each position in `gone` ceased: its mailbox's closure, else the mailbox's last change
/// (suspension, transfer); `now` if the mailbox is missing.
async fn ceased_at(
    db: &impl ConnectionTrait,
    gone: &[&ini_pec_position::Model],
    now: i64,
) -> ServiceResult<HashMap<String, i64>> {
    let mut found = HashMap::with_capacity(gone.len());
    for chunk in gone.chunks(CHUNK) {
        let addresses: Vec<String> = chunk.iter().map(|p| p.address.clone()).collect();
        for mb in mailbox::Entity::find()
            .filter(mailbox::Column::Address.is_in(addresses))
            .all(db)
            .await?
        {
            let at = mb.closed_at.unwrap_or(mb.updated_at).min(now);
            found.insert(mb.address, at);
        }
    }
    Ok(found)
}

/// Stores the export, its rows and the new baseline, and the trail row.
async fn save(db: &impl ConnectionTrait, actor: &Actor, export: &Export) -> ServiceResult<()> {
    ini_pec_export::Entity::insert(ini_pec_export::ActiveModel {
        id: Set(export.id.clone()),
        ordine_code: Set(export.ordine_code.clone()),
        mode: Set(export.mode.as_str().to_owned()),
        created_at: Set(export.created_at),
        key_id: Set(actor.key_id.clone()),
        row_count: Set(count_i32(export.rows.len())),
        inserted: Set(count_i32(export.count(Change::Insert))),
        updated: Set(count_i32(export.count(Change::Update))),
        deleted: Set(count_i32(export.count(Change::Delete))),
        rows_pruned_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    for (n, chunk) in export.rows.chunks(CHUNK).enumerate() {
        let rows = chunk.iter().enumerate().map(|(i, row)| {
            let position = count_i32(n * CHUNK + i);
            ini_pec_export_row::ActiveModel {
                export_id: Set(export.id.clone()),
                position: Set(position),
                address: Set(row.address.clone()),
                given_name: Set(row.holder.given_name.clone()),
                family_name: Set(row.holder.family_name.clone()),
                registration_number: Set(row.holder.registration_number.clone()),
                codice_fiscale: Set(row.holder.codice_fiscale.clone()),
                change: Set(row.change.as_str().to_owned()),
                ceased_at: Set(row.ceased_at),
            }
        });
        ini_pec_export_row::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
        let positions = chunk.iter().map(|row| ini_pec_position::ActiveModel {
            ordine_code: Set(export.ordine_code.clone()),
            address: Set(row.address.clone()),
            given_name: Set(row.holder.given_name.clone()),
            family_name: Set(row.holder.family_name.clone()),
            registration_number: Set(row.holder.registration_number.clone()),
            codice_fiscale: Set(row.holder.codice_fiscale.clone()),
            published: Set(row.change != Change::Delete),
            export_id: Set(export.id.clone()),
            updated_at: Set(export.created_at),
        });
        ini_pec_position::Entity::insert_many(positions)
            .on_conflict(
                OnConflict::columns([
                    ini_pec_position::Column::OrdineCode,
                    ini_pec_position::Column::Address,
                ])
                .update_columns([
                    ini_pec_position::Column::GivenName,
                    ini_pec_position::Column::FamilyName,
                    ini_pec_position::Column::RegistrationNumber,
                    ini_pec_position::Column::CodiceFiscale,
                    ini_pec_position::Column::Published,
                    ini_pec_position::Column::ExportId,
                    ini_pec_position::Column::UpdatedAt,
                ])
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
    }
    audit::record(
        db,
        actor,
        "ini_pec.export",
        "ordine",
        &export.ordine_code,
        serde_json::json!({
            "export_id": export.id,
            "mode": export.mode.as_str(),
            "inserted": export.count(Change::Insert),
            "updated": export.count(Change::Update),
            "deleted": export.count(Change::Delete),
        }),
    )
    .await?;
    Ok(())
}

/// A stored export of `ordine` again, as it was made: the one with `export_id`, or the
/// Ordine's latest. The baseline does not move. NOT_FOUND for another Ordine's export.
pub async fn again(
    db: &impl ConnectionTrait,
    actor: &Actor,
    ordine: Option<&str>,
    export_id: Option<&str>,
) -> ServiceResult<Export> {
    let code = target_ordine(actor, ordine)?;
    let record = match export_id.map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => ini_pec_export::Entity::find_by_id(id.to_owned())
            .unique(db)
            .await?
            .filter(|e| e.ordine_code == code)
            .ok_or_else(|| ServiceError::not_found("INI-PEC export", id))?,
        None => ini_pec_export::Entity::find()
            .filter(ini_pec_export::Column::OrdineCode.eq(code.clone()))
            .order_by_desc(ini_pec_export::Column::CreatedAt)
            .order_by_desc(ini_pec_export::Column::Id)
            .unique(db)
            .await?
            .ok_or_else(|| {
                ServiceError::not_found("INI-PEC export", format!("(none yet for Ordine {code})"))
            })?,
    };
    if record.rows_pruned_at.is_some() {
        return Err(ServiceError::precondition(
            Reason::InvalidState,
            format!(
                "the rows of INI-PEC export {} were deleted after {} days; make a full export instead",
                record.id,
                ROW_RETENTION.as_secs() / 86_400
            ),
            "Questa esportazione non è più conservata: eseguire un'esportazione completa.",
        ));
    }
    let rows = ini_pec_export_row::Entity::find()
        .filter(ini_pec_export_row::Column::ExportId.eq(record.id.clone()))
        .order_by_asc(ini_pec_export_row::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            let change = Change::parse(&r.change).ok_or_else(|| {
                ServiceError::Internal(anyhow::anyhow!("unknown INI-PEC change {:?}", r.change))
            })?;
            Ok(Row {
                address: r.address,
                holder: Holder {
                    given_name: r.given_name,
                    family_name: r.family_name,
                    registration_number: r.registration_number,
                    codice_fiscale: r.codice_fiscale,
                },
                change,
                ceased_at: r.ceased_at,
            })
        })
        .collect::<ServiceResult<Vec<Row>>>()?;
    let mode = Mode::parse(&record.mode).ok_or_else(|| {
        ServiceError::Internal(anyhow::anyhow!("unknown INI-PEC mode {:?}", record.mode))
    })?;
    Ok(Export {
        id: record.id,
        ordine_code: record.ordine_code,
        mode,
        created_at: record.created_at,
        rows,
    })
}

/// Deletes the rows of exports older than `retention` (the sweep; a hundred exports a run),
/// marking them so that sending one again is a clear refusal. Returns how many.
pub async fn prune(db: &Db, retention: Duration) -> ServiceResult<usize> {
    let now = now_ms();
    let cutoff = now.saturating_sub(i64::try_from(retention.as_millis()).unwrap_or(i64::MAX));
    let txn = db.begin().await?;
    let old: Vec<String> = ini_pec_export::Entity::find()
        .filter(ini_pec_export::Column::CreatedAt.lte(cutoff))
        .filter(ini_pec_export::Column::RowsPrunedAt.is_null())
        .order_by_asc(ini_pec_export::Column::CreatedAt)
        .limit(100)
        .all(&*txn)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    if old.is_empty() {
        return Ok(0);
    }
    ini_pec_export_row::Entity::delete_many()
        .filter(ini_pec_export_row::Column::ExportId.is_in(old.clone()))
        .exec(&*txn)
        .await?;
    ini_pec_export::Entity::update_many()
        .col_expr(
            ini_pec_export::Column::RowsPrunedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(ini_pec_export::Column::Id.is_in(old.clone()))
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(old.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(address: &str, given: &str, family: &str, change: Change) -> Row {
        Row {
            address: address.to_owned(),
            holder: Holder {
                given_name: given.to_owned(),
                family_name: family.to_owned(),
                registration_number: "12".to_owned(),
                codice_fiscale: "RSSMRA80A01H501U".to_owned(),
            },
            change,
            ceased_at: None,
        }
    }

    #[test]
    fn rows_have_eight_fields_and_quote_only_what_needs_it() {
        let mut ceased = row("a@tsrm.org", "Niccolò", "D'Angelo", Change::Delete);
        // 2026-11-28 23:30 UTC is already the 29th in Rome.
        ceased.ceased_at = Some(1_795_908_600_000);
        let rows = [
            row(
                "b@tsrm.org",
                "Anna; Maria",
                "Sant'Anna \"Nina\"",
                Change::Insert,
            ),
            ceased,
        ];
        let mut out = Vec::new();
        write_csv(&rows, &StatoCodes::default(), &mut out).expect("csv");
        let text = String::from_utf8(out).expect("UTF-8");
        assert_eq!(
            text,
            "b@tsrm.org;\"Anna; Maria\";\"Sant'Anna \"\"Nina\"\"\";12;RSSMRA80A01H501U;2;;\r\n\
             a@tsrm.org;Niccolò;D'Angelo;12;RSSMRA80A01H501U;3;;29/11/2026\r\n"
        );
    }

    #[test]
    fn stato_codes_are_checked() {
        assert!(StatoCodes::default().check().is_ok());
        let mut codes = StatoCodes {
            inserimento: "1".to_owned(),
            ..StatoCodes::default()
        };
        assert!(codes.check().is_err());
        codes.inserimento = "I;".to_owned();
        assert!(codes.check().is_err());
        codes.inserimento = String::new();
        assert!(codes.check().is_err());
        codes.inserimento = "I".to_owned();
        assert!(codes.check().is_ok());
    }
}
