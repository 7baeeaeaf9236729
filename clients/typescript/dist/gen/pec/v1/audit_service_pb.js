// The audit trail: who did what, when.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file pec/v1/audit_service.proto.
 */
export const file_pec_v1_audit_service = /*@__PURE__*/ fileDesc("ChpwZWMvdjEvYXVkaXRfc2VydmljZS5wcm90bxIGcGVjLnYxIrACChZMaXN0QXVkaXRFdmVudHNSZXF1ZXN0EhEKCXBhZ2Vfc2l6ZRgBIAEoBRISCgpwYWdlX3Rva2VuGAIgASgJEiwKC3RhcmdldF90eXBlGAMgASgOMhcucGVjLnYxLkF1ZGl0VGFyZ2V0VHlwZRIRCgl0YXJnZXRfaWQYBCABKAkSFAoMYWN0b3Jfa2V5X2lkGAUgASgJEg4KBmFjdGlvbhgGIAEoCRIuCgpzdGFydF90aW1lGAcgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIsCghlbmRfdGltZRgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASEwoLb3JkaW5lX2NvZGUYCSABKAkSFQoNc2VjdXJpdHlfb25seRgKIAEoCCJWChdMaXN0QXVkaXRFdmVudHNSZXNwb25zZRIiCgZldmVudHMYASADKAsyEi5wZWMudjEuQXVkaXRFdmVudBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkinAIKCkF1ZGl0RXZlbnQSCgoCaWQYASABKAkSKAoEdGltZRgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASFAoMYWN0b3Jfa2V5X2lkGAMgASgJEhYKDmFjdG9yX2tleV9uYW1lGAQgASgJEhYKDmFjdG9yX2tleV9yb2xlGAUgASgJEg4KBmFjdGlvbhgGIAEoCRIsCgt0YXJnZXRfdHlwZRgHIAEoDjIXLnBlYy52MS5BdWRpdFRhcmdldFR5cGUSEQoJdGFyZ2V0X2lkGAggASgJEhMKC29yZGluZV9jb2RlGAkgASgJEhQKDGRldGFpbHNfanNvbhgKIAEoCRIWCg5zZWN1cml0eV9ldmVudBgLIAEoCCrAAgoPQXVkaXRUYXJnZXRUeXBlEiEKHUFVRElUX1RBUkdFVF9UWVBFX1VOU1BFQ0lGSUVEEAASHAoYQVVESVRfVEFSR0VUX1RZUEVfTUVNQkVSEAESHQoZQVVESVRfVEFSR0VUX1RZUEVfTUFJTEJPWBACEigKJEFVRElUX1RBUkdFVF9UWVBFX0FDVElWQVRJT05fUkVRVUVTVBADEiQKIEFVRElUX1RBUkdFVF9UWVBFX0NPTlRBQ1RfQ0hBTkdFEAQSHQoZQVVESVRfVEFSR0VUX1RZUEVfQVBJX0tFWRAFEhwKGEFVRElUX1RBUkdFVF9UWVBFX09SRElORRAGEiIKHkFVRElUX1RBUkdFVF9UWVBFX05PVElGSUNBVElPThAHEhwKGEFVRElUX1RBUkdFVF9UWVBFX01FVEhPRBAIMmIKDEF1ZGl0U2VydmljZRJSCg9MaXN0QXVkaXRFdmVudHMSHi5wZWMudjEuTGlzdEF1ZGl0RXZlbnRzUmVxdWVzdBofLnBlYy52MS5MaXN0QXVkaXRFdmVudHNSZXNwb25zZUKcAQoUb3JnLnRzcm1wc3RycC5wZWMudjFCEUF1ZGl0U2VydmljZVByb3RvUAFaKnBlYy50c3JtLXBzdHJwLm9yZy9jbGllbnRzL2dvL3BlYy92MTtwZWN2MaoCBlBlYy5WMcoCEFRzcm1Qc3RycFxQZWNcVjHiAhxUc3JtUHN0cnBcUGVjXEdQQk1ldGFkYXRhXFYx6gIHUGVjOjpWMWIGcHJvdG8z", [file_google_protobuf_timestamp]);
/**
 * Describes the message pec.v1.ListAuditEventsRequest.
 * Use `create(ListAuditEventsRequestSchema)` to create a new message.
 */
export const ListAuditEventsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_audit_service, 0);
/**
 * Describes the message pec.v1.ListAuditEventsResponse.
 * Use `create(ListAuditEventsResponseSchema)` to create a new message.
 */
export const ListAuditEventsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_audit_service, 1);
/**
 * Describes the message pec.v1.AuditEvent.
 * Use `create(AuditEventSchema)` to create a new message.
 */
export const AuditEventSchema = /*@__PURE__*/ messageDesc(file_pec_v1_audit_service, 2);
/**
 * AuditTargetType is the kind of thing an entry is about.
 *
 * @generated from enum pec.v1.AuditTargetType
 */
export var AuditTargetType;
(function (AuditTargetType) {
    /**
     * Any kind (as a filter); never the kind of an entry.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_UNSPECIFIED = 0;
     */
    AuditTargetType[AuditTargetType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A member of the register; the id is the codice fiscale. A SyncMembers batch writes one
     * entry per Ordine with the id `*` and the codici fiscali created in `details_json`.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_MEMBER = 1;
     */
    AuditTargetType[AuditTargetType["MEMBER"] = 1] = "MEMBER";
    /**
     * A mailbox; the id is its address.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_MAILBOX = 2;
     */
    AuditTargetType[AuditTargetType["MAILBOX"] = 2] = "MAILBOX";
    /**
     * An activation request; the id is the request's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_ACTIVATION_REQUEST = 3;
     */
    AuditTargetType[AuditTargetType["ACTIVATION_REQUEST"] = 3] = "ACTIVATION_REQUEST";
    /**
     * A contact change; the id is the change's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_CONTACT_CHANGE = 4;
     */
    AuditTargetType[AuditTargetType["CONTACT_CHANGE"] = 4] = "CONTACT_CHANGE";
    /**
     * An API key; the id is the key's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_API_KEY = 5;
     */
    AuditTargetType[AuditTargetType["API_KEY"] = 5] = "API_KEY";
    /**
     * An Ordine; the id is its code.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_ORDINE = 6;
     */
    AuditTargetType[AuditTargetType["ORDINE"] = 6] = "ORDINE";
    /**
     * A notification (email or SMS); the id is the notification's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_NOTIFICATION = 7;
     */
    AuditTargetType[AuditTargetType["NOTIFICATION"] = 7] = "NOTIFICATION";
    /**
     * A method of the API, the target of security events; the id is the full method name, such
     * as `/pec.v1.MailboxService/SuspendMailbox`.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_METHOD = 8;
     */
    AuditTargetType[AuditTargetType["METHOD"] = 8] = "METHOD";
})(AuditTargetType || (AuditTargetType = {}));
/**
 * Describes the enum pec.v1.AuditTargetType.
 */
export const AuditTargetTypeSchema = /*@__PURE__*/ enumDesc(file_pec_v1_audit_service, 0);
/**
 * AuditService reads the audit trail. Every change pecd makes writes one entry in the change's
 * own transaction, and every refused call (no key or an unknown key, a role that may not call
 * the method, another Ordine's resource, a rate limit) writes a security event. The trail is
 * append-only: no call changes or deletes it; only the retention the operators configure
 * removes entries older than it. Callers: admin and operator read everything; an ordine key
 * reads its own Ordine's entries only; other keys are refused with PERMISSION_DENIED.
 *
 * @generated from service pec.v1.AuditService
 */
export const AuditService = /*@__PURE__*/ serviceDesc(file_pec_v1_audit_service, 0);
//# sourceMappingURL=audit_service_pb.js.map