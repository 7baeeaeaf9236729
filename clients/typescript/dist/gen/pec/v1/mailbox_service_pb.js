// The PEC mailboxes of the convention.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_pec_v1_resources } from "./resources_pb.js";
/**
 * Describes the file pec/v1/mailbox_service.proto.
 */
export const file_pec_v1_mailbox_service = /*@__PURE__*/ fileDesc("ChxwZWMvdjEvbWFpbGJveF9zZXJ2aWNlLnByb3RvEgZwZWMudjEiJAoRR2V0TWFpbGJveFJlcXVlc3QSDwoHYWRkcmVzcxgBIAEoCSI2ChJHZXRNYWlsYm94UmVzcG9uc2USIAoHbWFpbGJveBgBIAEoCzIPLnBlYy52MS5NYWlsYm94Io8BChRMaXN0TWFpbGJveGVzUmVxdWVzdBIRCglwYWdlX3NpemUYASABKAUSEgoKcGFnZV90b2tlbhgCIAEoCRITCgtvcmRpbmVfY29kZRgDIAEoCRIjCgVzdGF0ZRgEIAEoDjIULnBlYy52MS5NYWlsYm94U3RhdGUSFgoOY29kaWNlX2Zpc2NhbGUYBSABKAkiVAoVTGlzdE1haWxib3hlc1Jlc3BvbnNlEiIKCW1haWxib3hlcxgBIAMoCzIPLnBlYy52MS5NYWlsYm94EhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSI2ChVTdXNwZW5kTWFpbGJveFJlcXVlc3QSDwoHYWRkcmVzcxgBIAEoCRIMCgRub3RlGAIgASgJIjoKFlN1c3BlbmRNYWlsYm94UmVzcG9uc2USIAoHbWFpbGJveBgBIAEoCzIPLnBlYy52MS5NYWlsYm94IisKGFJlYWN0aXZhdGVNYWlsYm94UmVxdWVzdBIPCgdhZGRyZXNzGAEgASgJIj0KGVJlYWN0aXZhdGVNYWlsYm94UmVzcG9uc2USIAoHbWFpbGJveBgBIAEoCzIPLnBlYy52MS5NYWlsYm94IjQKE0Nsb3NlTWFpbGJveFJlcXVlc3QSDwoHYWRkcmVzcxgBIAEoCRIMCgRub3RlGAIgASgJIjgKFENsb3NlTWFpbGJveFJlc3BvbnNlEiAKB21haWxib3gYASABKAsyDy5wZWMudjEuTWFpbGJveDKZAwoOTWFpbGJveFNlcnZpY2USQwoKR2V0TWFpbGJveBIZLnBlYy52MS5HZXRNYWlsYm94UmVxdWVzdBoaLnBlYy52MS5HZXRNYWlsYm94UmVzcG9uc2USTAoNTGlzdE1haWxib3hlcxIcLnBlYy52MS5MaXN0TWFpbGJveGVzUmVxdWVzdBodLnBlYy52MS5MaXN0TWFpbGJveGVzUmVzcG9uc2USTwoOU3VzcGVuZE1haWxib3gSHS5wZWMudjEuU3VzcGVuZE1haWxib3hSZXF1ZXN0Gh4ucGVjLnYxLlN1c3BlbmRNYWlsYm94UmVzcG9uc2USWAoRUmVhY3RpdmF0ZU1haWxib3gSIC5wZWMudjEuUmVhY3RpdmF0ZU1haWxib3hSZXF1ZXN0GiEucGVjLnYxLlJlYWN0aXZhdGVNYWlsYm94UmVzcG9uc2USSQoMQ2xvc2VNYWlsYm94EhsucGVjLnYxLkNsb3NlTWFpbGJveFJlcXVlc3QaHC5wZWMudjEuQ2xvc2VNYWlsYm94UmVzcG9uc2VCngEKFG9yZy50c3JtcHN0cnAucGVjLnYxQhNNYWlsYm94U2VydmljZVByb3RvUAFaKnBlYy50c3JtLXBzdHJwLm9yZy9jbGllbnRzL2dvL3BlYy92MTtwZWN2MaoCBlBlYy5WMcoCEFRzcm1Qc3RycFxQZWNcVjHiAhxUc3JtUHN0cnBcUGVjXEdQQk1ldGFkYXRhXFYx6gIHUGVjOjpWMWIGcHJvdG8z", [file_pec_v1_resources]);
/**
 * Describes the message pec.v1.GetMailboxRequest.
 * Use `create(GetMailboxRequestSchema)` to create a new message.
 */
export const GetMailboxRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 0);
/**
 * Describes the message pec.v1.GetMailboxResponse.
 * Use `create(GetMailboxResponseSchema)` to create a new message.
 */
export const GetMailboxResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 1);
/**
 * Describes the message pec.v1.ListMailboxesRequest.
 * Use `create(ListMailboxesRequestSchema)` to create a new message.
 */
export const ListMailboxesRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 2);
/**
 * Describes the message pec.v1.ListMailboxesResponse.
 * Use `create(ListMailboxesResponseSchema)` to create a new message.
 */
export const ListMailboxesResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 3);
/**
 * Describes the message pec.v1.SuspendMailboxRequest.
 * Use `create(SuspendMailboxRequestSchema)` to create a new message.
 */
export const SuspendMailboxRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 4);
/**
 * Describes the message pec.v1.SuspendMailboxResponse.
 * Use `create(SuspendMailboxResponseSchema)` to create a new message.
 */
export const SuspendMailboxResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 5);
/**
 * Describes the message pec.v1.ReactivateMailboxRequest.
 * Use `create(ReactivateMailboxRequestSchema)` to create a new message.
 */
export const ReactivateMailboxRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 6);
/**
 * Describes the message pec.v1.ReactivateMailboxResponse.
 * Use `create(ReactivateMailboxResponseSchema)` to create a new message.
 */
export const ReactivateMailboxResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 7);
/**
 * Describes the message pec.v1.CloseMailboxRequest.
 * Use `create(CloseMailboxRequestSchema)` to create a new message.
 */
export const CloseMailboxRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 8);
/**
 * Describes the message pec.v1.CloseMailboxResponse.
 * Use `create(CloseMailboxResponseSchema)` to create a new message.
 */
export const CloseMailboxResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_mailbox_service, 9);
/**
 * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
 * ATTIVO → CESSATO. A closed address is never given to anyone else.
 *
 * @generated from service pec.v1.MailboxService
 */
export const MailboxService = /*@__PURE__*/ serviceDesc(file_pec_v1_mailbox_service, 0);
//# sourceMappingURL=mailbox_service_pb.js.map