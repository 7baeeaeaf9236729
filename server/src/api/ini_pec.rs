//! `pec.v1.IniPecService`: an Ordine's INI-PEC upload file, streamed.

use std::pin::Pin;
use std::sync::Arc;

use tokio_stream::Stream;
use tonic::{Request, Response, Status};

use super::AppState;
use super::convert::timestamp;
use crate::auth::Action;
use crate::error::ServiceError;
use crate::ini_pec::{self, Change, Export, Mode};
use crate::proto::ini_pec_service_server::IniPecService;
use crate::proto::*;

/// Bytes of the file per message.
const CHUNK: usize = 64 * 1024;

pub struct IniPecApi {
    state: Arc<AppState>,
}

impl IniPecApi {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

fn mode_to_proto(mode: Mode) -> IniPecExportMode {
    match mode {
        Mode::SinceLast => IniPecExportMode::SinceLast,
        Mode::Full => IniPecExportMode::Full,
    }
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The summary first, then the file in chunks.
fn messages(
    export: &Export,
    csv: &[u8],
    resent: bool,
) -> Vec<Result<ExportIniPecResponse, Status>> {
    let summary = IniPecExport {
        id: export.id.clone(),
        ordine_code: export.ordine_code.clone(),
        mode: mode_to_proto(export.mode) as i32,
        create_time: timestamp(export.created_at),
        row_count: count(export.rows.len()),
        inserted_count: count(export.count(Change::Insert)),
        updated_count: count(export.count(Change::Update)),
        deleted_count: count(export.count(Change::Delete)),
        size_bytes: i64::try_from(csv.len()).unwrap_or(i64::MAX),
        sha256: ini_pec::sha256_hex(csv),
        resent,
    };
    let mut out = Vec::with_capacity(csv.len() / CHUNK + 2);
    out.push(Ok(ExportIniPecResponse {
        content: Some(export_ini_pec_response::Content::Export(summary)),
    }));
    for chunk in csv.chunks(CHUNK) {
        out.push(Ok(ExportIniPecResponse {
            content: Some(export_ini_pec_response::Content::CsvChunk(chunk.to_vec())),
        }));
    }
    out
}

type ExportStream = Pin<Box<dyn Stream<Item = Result<ExportIniPecResponse, Status>> + Send>>;

#[tonic::async_trait]
impl IniPecService for IniPecApi {
    type ExportIniPecStream = ExportStream;

    async fn export_ini_pec(
        &self,
        request: Request<ExportIniPecRequest>,
    ) -> Result<Response<Self::ExportIniPecStream>, Status> {
        let caller = self.state.authorize(&request, Action::ExportIniPec).await?;
        let req = request.into_inner();
        let actor = caller.actor();
        let ordine = Some(req.ordine_code.as_str());
        let mode = IniPecExportMode::try_from(req.mode).map_err(|_| {
            ServiceError::invalid_field(
                "mode",
                "unknown export mode",
                "Modalità di esportazione non valida.",
            )
        })?;
        if !req.export_id.trim().is_empty() && mode != IniPecExportMode::Again {
            return Err(ServiceError::invalid_field(
                "export_id",
                "an export id is taken with mode AGAIN only",
                "L'identificativo di un'esportazione si indica solo per inviarla di nuovo.",
            )
            .into());
        }
        let db = &self.state.db;
        let (export, resent) = match mode {
            IniPecExportMode::Again => (
                ini_pec::again(db.conn(), &actor, ordine, Some(req.export_id.as_str())).await?,
                true,
            ),
            IniPecExportMode::Full => (
                ini_pec::export(db, &actor, ordine, Mode::Full).await?,
                false,
            ),
            IniPecExportMode::Unspecified | IniPecExportMode::SinceLast => (
                ini_pec::export(db, &actor, ordine, Mode::SinceLast).await?,
                false,
            ),
        };
        let csv = export.to_csv(&self.state.settings.ini_pec_codes)?;
        let out = messages(&export, &csv, resent);
        Ok(Response::new(Box::pin(tokio_stream::iter(out))))
    }
}
