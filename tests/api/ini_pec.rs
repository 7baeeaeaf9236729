//! The INI-PEC export: a full export, then deltas after an activation, a change of details, a
//! transfer and a closure; the file parsed back with a CSV reader; stored exports sent again;
//! scoping; concurrent exports of one Ordine; the command line.

use std::collections::HashMap;
use std::process::Command;

use futures::future::join_all;
use pecd::auth::Role;
use pecd::proto::ini_pec_service_client::IniPecServiceClient;
use pecd::proto::*;
use sha2::{Digest, Sha256};
use tonic::{Code, Status};

use crate::helpers::*;
use crate::on_both_backends;

/// One parsed row: PEC, Nome, Cognome, NumeroIscrizione, CodiceFiscale, Stato,
/// DataIscrizione, DataCancellazione.
type CsvRow = Vec<String>;

/// The file read back with a CSV reader (`;`, no header); every row has the eight fields.
fn parse(bytes: &[u8]) -> Vec<CsvRow> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert!(!text.starts_with('\u{feff}'), "no BOM");
    let rows: Vec<CsvRow> = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect();
    for row in &rows {
        assert_eq!(row.len(), 8, "eight fields: {row:?}");
    }
    rows
}

/// Rows by address.
fn by_address(rows: &[CsvRow]) -> HashMap<String, CsvRow> {
    rows.iter().map(|r| (r[0].clone(), r.clone())).collect()
}

/// Calls ExportIniPec and collects the summary and the file, checking size and SHA-256.
async fn export(
    app: &TestApp,
    key: &str,
    request: ExportIniPecRequest,
) -> Result<(IniPecExport, Vec<u8>), Status> {
    let mut stream = IniPecServiceClient::new(app.channel.clone())
        .export_ini_pec(authed(key, request))
        .await?
        .into_inner();
    let first = stream.message().await?.expect("a first message");
    let Some(export_ini_pec_response::Content::Export(summary)) = first.content else {
        panic!("the first message is the summary: {first:?}");
    };
    let mut file = Vec::new();
    while let Some(message) = stream.message().await? {
        let Some(export_ini_pec_response::Content::CsvChunk(chunk)) = message.content else {
            panic!("only chunks follow the summary");
        };
        assert!(!chunk.is_empty() && chunk.len() <= 64 * 1024);
        file.extend_from_slice(&chunk);
    }
    assert_eq!(summary.size_bytes, i64::try_from(file.len()).expect("size"));
    assert_eq!(summary.sha256, hex::encode(Sha256::digest(&file)));
    assert_eq!(
        usize::try_from(summary.row_count).expect("count"),
        parse(&file).len()
    );
    Ok((summary, file))
}

fn request(ordine: &str, mode: IniPecExportMode) -> ExportIniPecRequest {
    ExportIniPecRequest {
        ordine_code: ordine.to_owned(),
        mode: mode as i32,
        export_id: String::new(),
    }
}

/// Rome's calendar day of now, as the file writes it.
fn today() -> String {
    pecd::notify::italian_date(pecd::db::now_ms())
}

on_both_backends! {
    async fn full_export_then_deltas(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let turin = app.key(Role::Ordine, Some("TO")).await;
        let niccolo_cf = cf("DAngelo", "Niccolo", 1);
        let anna_cf = cf("SantAnna", "Anna Maria", 2);
        let luca_cf = cf("Bianchi", "Luca", 3);
        let sara_cf = cf("Verdi", "Sara", 4);
        let pending_cf = cf("Neri", "Paolo", 5);
        app.upsert(member(&niccolo_cf, "Niccolò", "D'Angelo", "TO")).await;
        let mut anna = member(&anna_cf, "Anna Maria", "Sant'Anna", "TO");
        app.upsert(anna.clone()).await;
        let mut luca = member(&luca_cf, "Luca", "Bianchi", "TO");
        app.upsert(luca.clone()).await;
        app.upsert(member(&sara_cf, "Sara", "Verdi", "TO")).await;
        app.upsert(member(&pending_cf, "Paolo", "Neri", "TO")).await;
        let niccolo = app.active_mailbox(&niccolo_cf).await.address;
        let anna_pec = app.active_mailbox(&anna_cf).await.address;
        let luca_pec = app.active_mailbox(&luca_cf).await.address;
        // Offered but never accepted: NON_ATTIVO is not published.
        app.offered_mailbox(&pending_cf).await;

        // The first export, full: every active mailbox, each a new position.
        let (full, file) = export(&app, &turin, request("", IniPecExportMode::Full)).await.expect("full");
        assert_eq!(full.ordine_code, "TO");
        assert_eq!(full.mode, IniPecExportMode::Full as i32);
        assert!(!full.resent && !full.id.is_empty());
        assert_eq!((full.row_count, full.inserted_count), (3, 3));
        let rows = by_address(&parse(&file));
        assert_eq!(
            rows[&niccolo],
            [niccolo.as_str(), "Niccolò", "D'Angelo", "1234", niccolo_cf.as_str(), "2", "", ""]
        );
        assert_eq!(rows[&anna_pec][1..3], ["Anna Maria", "Sant'Anna"]);
        assert_eq!(rows[&luca_pec][5], "2");
        assert!(String::from_utf8(file.clone()).expect("UTF-8").ends_with("\r\n"));

        // Nothing changed: an empty delta (the summary alone).
        let (empty, file) = export(&app, &turin, request("TO", IniPecExportMode::SinceLast)).await.expect("delta");
        assert_eq!((empty.row_count, file.len()), (0, 0));

        // An activation, a change of details, a transfer to Milan and a closure.
        let sara = app.active_mailbox(&sara_cf).await.address;
        luca.given_name = "Luca Maria".into();
        app.upsert(luca).await;
        anna.ordine_code = "MI".into();
        anna.registration_number = "5678".into();
        app.upsert(anna).await;
        app.mailboxes()
            .close_mailbox(authed(&app.admin, CloseMailboxRequest { address: niccolo.clone(), note: String::new() }))
            .await
            .expect("close");

        let (delta, delta_file) = export(&app, &turin, request("", IniPecExportMode::Unspecified)).await.expect("delta");
        assert_eq!(delta.mode, IniPecExportMode::SinceLast as i32);
        assert_eq!(
            (delta.row_count, delta.inserted_count, delta.updated_count, delta.deleted_count),
            (4, 1, 1, 2)
        );
        let rows = by_address(&parse(&delta_file));
        assert_eq!(rows[&sara][1..6], ["Sara", "Verdi", "1234", sara_cf.as_str(), "2"]);
        assert_eq!(rows[&luca_pec][1..6], ["Luca Maria", "Bianchi", "1234", luca_cf.as_str(), "1"]);
        // Ceased positions carry what was sent before, Stato 3 and the day they ceased.
        assert_eq!(
            rows[&niccolo],
            [niccolo.as_str(), "Niccolò", "D'Angelo", "1234", niccolo_cf.as_str(), "3", "", today().as_str()]
        );
        assert_eq!(rows[&anna_pec][1..8], ["Anna Maria", "Sant'Anna", "1234", anna_cf.as_str(), "3", "", today().as_str()]);

        // In Milan the transferred mailbox is a new position, with its new numero iscrizione.
        let (milan, milan_file) = export(&app, &app.admin, request("MI", IniPecExportMode::SinceLast)).await.expect("Milan");
        assert_eq!((milan.row_count, milan.inserted_count), (1, 1));
        assert_eq!(
            parse(&milan_file)[0],
            [anna_pec.as_str(), "Anna Maria", "Sant'Anna", "5678", anna_cf.as_str(), "2", "", ""]
        );

        // The baseline moved: the next delta is empty; the delta can be had again, unchanged.
        let (next, _) = export(&app, &turin, request("TO", IniPecExportMode::SinceLast)).await.expect("next");
        assert_eq!(next.row_count, 0);
        let (again, again_file) = export(
            &app,
            &turin,
            ExportIniPecRequest { export_id: delta.id.clone(), ..request("", IniPecExportMode::Again) },
        )
        .await
        .expect("again");
        assert!(again.resent);
        assert_eq!((again.id.as_str(), again.sha256.as_str()), (delta.id.as_str(), delta.sha256.as_str()));
        assert_eq!(again_file, delta_file);
        let (latest, _) = export(&app, &turin, request("", IniPecExportMode::Again)).await.expect("latest");
        assert_eq!(latest.id, next.id);

        // A full export again: the two active positions as updates; ceased ones are not repeated.
        let (full, file) = export(&app, &turin, request("TO", IniPecExportMode::Full)).await.expect("full");
        assert_eq!((full.row_count, full.updated_count), (2, 2));
        let rows = by_address(&parse(&file));
        assert_eq!((rows[&sara][5].as_str(), rows[&luca_pec][5].as_str()), ("1", "1"));

        // A reactivated position is new again: suspend and reactivate Sara's mailbox.
        app.mailboxes()
            .suspend_mailbox(authed(&turin, SuspendMailboxRequest { address: sara.clone(), note: String::new() }))
            .await
            .expect("suspend");
        let (suspended, file) = export(&app, &turin, request("TO", IniPecExportMode::SinceLast)).await.expect("delta");
        assert_eq!((suspended.deleted_count, parse(&file)[0][5].as_str()), (1, "3"));
        app.mailboxes()
            .reactivate_mailbox(authed(&turin, ReactivateMailboxRequest { address: sara.clone() }))
            .await
            .expect("reactivate");
        let (back, file) = export(&app, &turin, request("TO", IniPecExportMode::SinceLast)).await.expect("delta");
        assert_eq!((back.inserted_count, parse(&file)[0][0].as_str()), (1, sara.as_str()));
        assert_eq!(
            app.scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action = 'ini_pec.export'").await,
            8
        );
    }

    async fn export_is_scoped(app: TestApp) {
        app.ordine("TO", true).await;
        app.ordine("MI", true).await;
        let turin = app.key(Role::Ordine, Some("TO")).await;
        let milan = app.key(Role::Ordine, Some("MI")).await;
        let albo = app.key(Role::Albo, None).await;
        let self_service = app.key(Role::SelfService, None).await;
        let operator = app.key(Role::Operator, None).await;

        let err = export(&app, &turin, request("MI", IniPecExportMode::SinceLast)).await.expect_err("another Ordine");
        assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        for key in [&albo, &self_service] {
            let err = export(&app, key, request("TO", IniPecExportMode::SinceLast)).await.expect_err("role");
            assert_status(&err, Code::PermissionDenied, "PERMISSION_DENIED_ROLE");
        }
        let err = export(&app, &app.admin, request("", IniPecExportMode::SinceLast)).await.expect_err("no Ordine");
        assert_eq!(bad_fields(&err), ["ordine_code"]);
        let err = export(&app, &operator, request("XX", IniPecExportMode::SinceLast)).await.expect_err("unknown");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let err = export(
            &app,
            &turin,
            ExportIniPecRequest { export_id: "x".into(), ..request("", IniPecExportMode::Full) },
        )
        .await
        .expect_err("an id without AGAIN");
        assert_eq!(bad_fields(&err), ["export_id"]);
        let err = export(&app, &turin, request("", IniPecExportMode::Again)).await.expect_err("none yet");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");

        let (milan_export, _) = export(&app, &operator, request("mi", IniPecExportMode::Full)).await.expect("operator");
        assert_eq!(milan_export.ordine_code, "MI");
        let err = export(
            &app,
            &turin,
            ExportIniPecRequest { export_id: milan_export.id.clone(), ..request("", IniPecExportMode::Again) },
        )
        .await
        .expect_err("Milan's export");
        assert_status(&err, Code::NotFound, "RESOURCE_NOT_FOUND");
        let again = ExportIniPecRequest { export_id: milan_export.id, ..request("", IniPecExportMode::Again) };
        export(&app, &milan, again.clone()).await.expect("Milan's own");

        // Past the retention the rows are gone: sending it again is a clear refusal.
        assert_eq!(pecd::ini_pec::prune(&app.db, std::time::Duration::ZERO).await.expect("prune"), 1);
        let err = export(&app, &milan, again).await.expect_err("pruned");
        assert_status(&err, Code::FailedPrecondition, "INVALID_STATE");
    }

    async fn concurrent_exports_share_out_one_delta(app: TestApp) {
        app.ordine("TO", true).await;
        let turin = app.key(Role::Ordine, Some("TO")).await;
        let mut addresses = Vec::new();
        for n in 0..3 {
            let code = cf("Rossi", "Mario", 10 + n);
            app.upsert(member(&code, "Mario", "Rossi", "TO")).await;
            addresses.push(app.active_mailbox(&code).await.address);
        }
        for round in 0..2 {
            let calls = (0..8).map(|_| {
                let channel = app.channel.clone();
                let key = turin.clone();
                tokio::spawn(async move {
                    let mut stream = IniPecServiceClient::new(channel)
                        .export_ini_pec(authed(&key, request("TO", IniPecExportMode::SinceLast)))
                        .await
                        .expect("export")
                        .into_inner();
                    let mut summary = None;
                    while let Some(message) = stream.message().await.expect("message") {
                        if let Some(export_ini_pec_response::Content::Export(s)) = message.content {
                            summary = Some(s);
                        }
                    }
                    summary.expect("a summary")
                })
            });
            let summaries: Vec<IniPecExport> =
                join_all(calls).await.into_iter().map(|r| r.expect("task")).collect();
            let with_rows: Vec<&IniPecExport> = summaries.iter().filter(|s| s.row_count > 0).collect();
            assert_eq!(with_rows.len(), 1, "exactly one export holds the delta: {summaries:?}");
            let expected = if round == 0 { 3 } else { 1 };
            assert_eq!(with_rows[0].inserted_count, expected);
            // One more activation for the second round.
            let code = cf("Rossi", "Mario", 20 + round);
            app.upsert(member(&code, "Mario", "Rossi", "TO")).await;
            app.active_mailbox(&code).await;
        }
        // The baseline holds every position exported, once, as published.
        assert_eq!(
            app.scalar_i64("SELECT COUNT(*) FROM ini_pec_positions WHERE ordine_code = 'TO' AND published").await,
            4
        );
        let (last, _) = export(&app, &turin, request("TO", IniPecExportMode::SinceLast)).await.expect("last");
        assert_eq!(last.inserted_count, 1, "the activation after the second round");
    }
}

fn pecd(database_url: &str, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args(args)
        .env("PEC_DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .output()
        .expect("run pecd")
}

fn succeeded(output: &std::process::Output) -> (Vec<u8>, String) {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "pecd failed: {stderr}");
    (output.stdout.clone(), stderr)
}

async fn cli_export(backend: Backend) {
    let app = spawn_app(backend).await;
    app.ordine("TO", true).await;
    let code = cf("DAngelo", "Niccolo", 1);
    app.upsert(member(&code, "Niccolò", "D'Angelo", "TO")).await;
    let address = app.active_mailbox(&code).await.address;
    let url = &app.database_url;

    let (file, stderr) = succeeded(&pecd(url, &["export", "ini-pec", "--ordine", "to"], &[]));
    let rows = parse(&file);
    assert_eq!(
        rows,
        [[
            address.as_str(),
            "Niccolò",
            "D'Angelo",
            "1234",
            code.as_str(),
            "2",
            "",
            ""
        ]]
    );
    assert!(stderr.contains("1 rows: 1 new"), "{stderr}");
    // After the line naming the database, the export's summary: "made export ID of …".
    assert!(
        stderr.starts_with("pecd: database SQLite ")
            || stderr.starts_with("pecd: database PostgreSQL "),
        "{stderr}"
    );
    let id = stderr
        .lines()
        .find(|l| l.contains("export") && !l.starts_with("pecd: database"))
        .and_then(|l| l.split_whitespace().nth(2))
        .expect("the export id")
        .to_owned();

    // The delta after it is empty; the first export can be written again, by id, with the codes
    // as configured now.
    let (file, _) = succeeded(&pecd(
        url,
        &["export", "ini-pec", "--ordine", "TO", "--since-last"],
        &[],
    ));
    assert!(file.is_empty());
    let (file, stderr) = succeeded(&pecd(
        url,
        &[
            "export",
            "ini-pec",
            "--ordine",
            "TO",
            "--again",
            "--export-id",
            &id,
        ],
        &[("PEC_INI_PEC_STATO_INSERIMENTO", "I")],
    ));
    assert_eq!(parse(&file)[0][5], "I");
    assert!(stderr.contains("wrote again"), "{stderr}");
    let (file, _) = succeeded(&pecd(
        url,
        &["export", "ini-pec", "--ordine", "TO", "--full"],
        &[],
    ));
    assert_eq!(parse(&file)[0][5], "1");

    for (args, env) in [
        (
            vec![
                "export",
                "ini-pec",
                "--ordine",
                "TO",
                "--full",
                "--since-last",
            ],
            vec![],
        ),
        (
            vec!["export", "ini-pec", "--ordine", "TO"],
            vec![("PEC_INI_PEC_STATO_CANCELLAZIONE", "2")],
        ),
        (vec!["export", "ini-pec", "--ordine", "XX"], vec![]),
    ] {
        let output = pecd(url, &args, &env);
        assert!(!output.status.success(), "{args:?} {env:?} must fail");
        assert!(output.stdout.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_export_sqlite() {
    cli_export(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_export_postgres() {
    cli_export(Backend::Postgres).await;
}
