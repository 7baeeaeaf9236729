// The INI-PEC export: the file an Ordine uploads to INI-PEC to publish its members' PEC
// addresses (CAD art. 6-bis).
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file pec/v1/ini_pec_service.proto.
 */
export const file_pec_v1_ini_pec_service = /*@__PURE__*/ fileDesc("ChxwZWMvdjEvaW5pX3BlY19zZXJ2aWNlLnByb3RvEgZwZWMudjEiZQoTRXhwb3J0SW5pUGVjUmVxdWVzdBITCgtvcmRpbmVfY29kZRgBIAEoCRImCgRtb2RlGAIgASgOMhgucGVjLnYxLkluaVBlY0V4cG9ydE1vZGUSEQoJZXhwb3J0X2lkGAMgASgJIpUCCgxJbmlQZWNFeHBvcnQSCgoCaWQYASABKAkSEwoLb3JkaW5lX2NvZGUYAiABKAkSJgoEbW9kZRgDIAEoDjIYLnBlYy52MS5JbmlQZWNFeHBvcnRNb2RlEi8KC2NyZWF0ZV90aW1lGAQgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIRCglyb3dfY291bnQYBSABKAUSFgoOaW5zZXJ0ZWRfY291bnQYBiABKAUSFQoNdXBkYXRlZF9jb3VudBgHIAEoBRIVCg1kZWxldGVkX2NvdW50GAggASgFEhIKCnNpemVfYnl0ZXMYCSABKAMSDgoGc2hhMjU2GAogASgJEg4KBnJlc2VudBgLIAEoCCJeChRFeHBvcnRJbmlQZWNSZXNwb25zZRImCgZleHBvcnQYASABKAsyFC5wZWMudjEuSW5pUGVjRXhwb3J0SAASEwoJY3N2X2NodW5rGAIgASgMSABCCQoHY29udGVudCqYAQoQSW5pUGVjRXhwb3J0TW9kZRIjCh9JTklfUEVDX0VYUE9SVF9NT0RFX1VOU1BFQ0lGSUVEEAASIgoeSU5JX1BFQ19FWFBPUlRfTU9ERV9TSU5DRV9MQVNUEAESHAoYSU5JX1BFQ19FWFBPUlRfTU9ERV9GVUxMEAISHQoZSU5JX1BFQ19FWFBPUlRfTU9ERV9BR0FJThADMlwKDUluaVBlY1NlcnZpY2USSwoMRXhwb3J0SW5pUGVjEhsucGVjLnYxLkV4cG9ydEluaVBlY1JlcXVlc3QaHC5wZWMudjEuRXhwb3J0SW5pUGVjUmVzcG9uc2UwAUKdAQoUb3JnLnRzcm1wc3RycC5wZWMudjFCEkluaVBlY1NlcnZpY2VQcm90b1ABWipwZWMudHNybS1wc3RycC5vcmcvY2xpZW50cy9nby9wZWMvdjE7cGVjdjGqAgZQZWMuVjHKAhBUc3JtUHN0cnBcUGVjXFYx4gIcVHNybVBzdHJwXFBlY1xHUEJNZXRhZGF0YVxWMeoCB1BlYzo6VjFiBnByb3RvMw", [file_google_protobuf_timestamp]);
/**
 * Describes the message pec.v1.ExportIniPecRequest.
 * Use `create(ExportIniPecRequestSchema)` to create a new message.
 */
export const ExportIniPecRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_ini_pec_service, 0);
/**
 * Describes the message pec.v1.IniPecExport.
 * Use `create(IniPecExportSchema)` to create a new message.
 */
export const IniPecExportSchema = /*@__PURE__*/ messageDesc(file_pec_v1_ini_pec_service, 1);
/**
 * Describes the message pec.v1.ExportIniPecResponse.
 * Use `create(ExportIniPecResponseSchema)` to create a new message.
 */
export const ExportIniPecResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_ini_pec_service, 2);
/**
 * IniPecExportMode says what an export holds.
 *
 * @generated from enum pec.v1.IniPecExportMode
 */
export var IniPecExportMode;
(function (IniPecExportMode) {
    /**
     * Not set: as SINCE_LAST.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_UNSPECIFIED = 0;
     */
    IniPecExportMode[IniPecExportMode["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A new export of what changed since the Ordine's previous export: new positions
     * (inserimento), positions whose holder's details changed (aggiornamento), and positions
     * sent before that are no longer the Ordine's active mailboxes (cancellazione): closed,
     * suspended, or moved to another Ordine (where they are new positions). The first export of
     * an Ordine holds every position.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_SINCE_LAST = 1;
     */
    IniPecExportMode[IniPecExportMode["SINCE_LAST"] = 1] = "SINCE_LAST";
    /**
     * A new export of every position (aggiornamento for those already sent), plus the
     * cancellations not yet sent.
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_FULL = 2;
     */
    IniPecExportMode[IniPecExportMode["FULL"] = 2] = "FULL";
    /**
     * A stored export sent again as it was made (the codes as configured now), without moving
     * the baseline: the one named by `export_id`, or the Ordine's latest. Rows are kept 90 days:
     * an older export is FAILED_PRECONDITION (make a FULL export instead).
     *
     * @generated from enum value: INI_PEC_EXPORT_MODE_AGAIN = 3;
     */
    IniPecExportMode[IniPecExportMode["AGAIN"] = 3] = "AGAIN";
})(IniPecExportMode || (IniPecExportMode = {}));
/**
 * Describes the enum pec.v1.IniPecExportMode.
 */
export const IniPecExportModeSchema = /*@__PURE__*/ enumDesc(file_pec_v1_ini_pec_service, 0);
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
export const IniPecService = /*@__PURE__*/ serviceDesc(file_pec_v1_ini_pec_service, 0);
//# sourceMappingURL=ini_pec_service_pb.js.map