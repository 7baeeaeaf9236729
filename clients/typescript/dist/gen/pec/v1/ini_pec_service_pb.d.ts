import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/ini_pec_service.proto.
 */
export declare const file_pec_v1_ini_pec_service: GenFile;
/**
 * ExportIniPecRequest is the input of ExportIniPec.
 *
 * @generated from message pec.v1.ExportIniPecRequest
 */
export type ExportIniPecRequest = Message<"pec.v1.ExportIniPecRequest"> & {
    /**
     * The Ordine's code. Optional for an ordine key (its own; another Ordine is
     * PERMISSION_DENIED); required for admin and operator.
     *
     * @generated from field: string ordine_code = 1;
     */
    ordineCode: string;
    /**
     * Optional. What to export; default SINCE_LAST.
     *
     * @generated from field: pec.v1.IniPecExportMode mode = 2;
     */
    mode: IniPecExportMode;
    /**
     * Optional, with mode AGAIN only: the export to send again (default: the Ordine's latest).
     * Another Ordine's export is NOT_FOUND.
     *
     * @generated from field: string export_id = 3;
     */
    exportId: string;
};
/**
 * Describes the message pec.v1.ExportIniPecRequest.
 * Use `create(ExportIniPecRequestSchema)` to create a new message.
 */
export declare const ExportIniPecRequestSchema: GenMessage<ExportIniPecRequest>;
/**
 * IniPecExport describes one export.
 *
 * @generated from message pec.v1.IniPecExport
 */
export type IniPecExport = Message<"pec.v1.IniPecExport"> & {
    /**
     * The export's id: keep it to ask for the same file again (mode AGAIN).
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The Ordine's code.
     *
     * @generated from field: string ordine_code = 2;
     */
    ordineCode: string;
    /**
     * SINCE_LAST or FULL: how the export was made.
     *
     * @generated from field: pec.v1.IniPecExportMode mode = 3;
     */
    mode: IniPecExportMode;
    /**
     * When the export was made.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 4;
     */
    createTime?: Timestamp | undefined;
    /**
     * Rows of the file.
     *
     * @generated from field: int32 row_count = 5;
     */
    rowCount: number;
    /**
     * Rows with the Stato of an inserimento.
     *
     * @generated from field: int32 inserted_count = 6;
     */
    insertedCount: number;
    /**
     * Rows with the Stato of an aggiornamento.
     *
     * @generated from field: int32 updated_count = 7;
     */
    updatedCount: number;
    /**
     * Rows with the Stato of a cancellazione.
     *
     * @generated from field: int32 deleted_count = 8;
     */
    deletedCount: number;
    /**
     * Bytes of the file (the sum of the chunks that follow).
     *
     * @generated from field: int64 size_bytes = 9;
     */
    sizeBytes: bigint;
    /**
     * SHA-256 of the file, lowercase hex, to check the download.
     *
     * @generated from field: string sha256 = 10;
     */
    sha256: string;
    /**
     * Whether this call sent a stored export again (mode AGAIN) rather than making it.
     *
     * @generated from field: bool resent = 11;
     */
    resent: boolean;
};
/**
 * Describes the message pec.v1.IniPecExport.
 * Use `create(IniPecExportSchema)` to create a new message.
 */
export declare const IniPecExportSchema: GenMessage<IniPecExport>;
/**
 * ExportIniPecResponse is one message of the export's stream.
 *
 * @generated from message pec.v1.ExportIniPecResponse
 */
export type ExportIniPecResponse = Message<"pec.v1.ExportIniPecResponse"> & {
    /**
     * The first message holds `export`, the others `csv_chunk`.
     *
     * @generated from oneof pec.v1.ExportIniPecResponse.content
     */
    content: {
        /**
         * First message only: the export's description.
         *
         * @generated from field: pec.v1.IniPecExport export = 1;
         */
        value: IniPecExport;
        case: "export";
    } | {
        /**
         * The next bytes of the file (UTF-8 CSV, at most 64 KiB).
         *
         * @generated from field: bytes csv_chunk = 2;
         */
        value: Uint8Array;
        case: "csvChunk";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message pec.v1.ExportIniPecResponse.
 * Use `create(ExportIniPecResponseSchema)` to create a new message.
 */
export declare const ExportIniPecResponseSchema: GenMessage<ExportIniPecResponse>;
/**
 * IniPecExportMode says what an export holds.
 *
 * @generated from enum pec.v1.IniPecExportMode
 */
export declare enum IniPecExportMode {
    /**
     * Not set: as SINCE_LAST.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A new export of what changed since the Ordine's previous export: new positions
     * (inserimento), positions whose holder's details changed (aggiornamento), and positions
     * sent before that are no longer the Ordine's active mailboxes (cancellazione): closed,
     * suspended, or moved to another Ordine (where they are new positions). The first export of
     * an Ordine holds every position.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_SINCE_LAST = 1;
     */
    SINCE_LAST = 1,
    /**
     * A new export of every position (aggiornamento for those already sent), plus the
     * cancellations not yet sent.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_FULL = 2;
     */
    FULL = 2,
    /**
     * A stored export sent again as it was made (the codes as configured now), without moving
     * the baseline: the one named by `export_id`, or the Ordine's latest. Rows are kept 90 days:
     * an older export is FAILED_PRECONDITION (make a FULL export instead).
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_AGAIN = 3;
     */
    AGAIN = 3
}
/**
 * Describes the enum pec.v1.IniPecExportMode.
 */
export declare const IniPecExportModeSchema: GenEnum<IniPecExportMode>;
/**
 * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
 * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
 * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
 * address, what the Ordine last exported, and each export moves that baseline in the same
 * transaction that reads it (two exports of one Ordine at once run one after the other).
 *
 * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
 * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
 * the eight fields
 * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
 * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
 * (cancellazione: a position no longer published) by default; the codes are configuration of
 * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
 * specification before the first upload. DataIscrizione is empty (the register gives pecd no
 * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
 * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
 *
 * @generated from service pec.v1.IniPecService
 */
export declare const IniPecService: GenService<{
    /**
     * ExportIniPec makes an export (or sends a stored one again) and streams it: the first
     * message carries `export` (its id, counts, size and SHA-256), every following message the
     * next bytes of the file in `csv_chunk` (at most 64 KiB each); the file is the chunks
     * concatenated. An export with no rows is one message. If the stream breaks, call again with
     * mode AGAIN and the export id: the baseline has already moved, so the rows are not lost.
     *
     * @generated from rpc pec.v1.IniPecService.ExportIniPec
     */
    exportIniPec: {
        methodKind: "server_streaming";
        input: typeof ExportIniPecRequestSchema;
        output: typeof ExportIniPecResponseSchema;
    };
}>;
