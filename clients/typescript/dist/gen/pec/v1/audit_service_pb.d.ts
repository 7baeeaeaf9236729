import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/audit_service.proto.
 */
export declare const file_pec_v1_audit_service: GenFile;
/**
 * ListAuditEventsRequest is the input of ListAuditEvents. Filters combine: an entry must
 * match all those given.
 *
 * @generated from message pec.v1.ListAuditEventsRequest
 */
export type ListAuditEventsRequest = Message<"pec.v1.ListAuditEventsRequest"> & {
    /**
     * Optional. Maximum number of entries to return: default 50, at most 1000.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. The `next_page_token` of a previous call with the same filters.
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only entries about this kind of target.
     *
     * @generated from field: pec.v1.AuditTargetType target_type = 3;
     */
    targetType: AuditTargetType;
    /**
     * Optional. Only entries about this target: a codice fiscale, an address, an id or an Ordine
     * code, as `AuditTargetType` says (addresses, codici fiscali and codes in any case). Needs
     * `target_type`.
     *
     * @generated from field: string target_id = 4;
     */
    targetId: string;
    /**
     * Optional. Only entries of calls made with this API key id.
     *
     * @generated from field: string actor_key_id = 5;
     */
    actorKeyId: string;
    /**
     * Optional. Only entries of this action, such as `mailbox.suspend`.
     *
     * @generated from field: string action = 6;
     */
    action: string;
    /**
     * Optional. Only entries at or after this time.
     *
     * @generated from field: google.protobuf.Timestamp start_time = 7;
     */
    startTime?: Timestamp | undefined;
    /**
     * Optional. Only entries before this time.
     *
     * @generated from field: google.protobuf.Timestamp end_time = 8;
     */
    endTime?: Timestamp | undefined;
    /**
     * Optional. Only entries of this Ordine. An ordine key always reads only its own; asking for
     * another is PERMISSION_DENIED.
     *
     * @generated from field: string ordine_code = 9;
     */
    ordineCode: string;
    /**
     * Optional. Only security events (refused calls and rate-limit alarms).
     *
     * @generated from field: bool security_only = 10;
     */
    securityOnly: boolean;
};
/**
 * Describes the message pec.v1.ListAuditEventsRequest.
 * Use `create(ListAuditEventsRequestSchema)` to create a new message.
 */
export declare const ListAuditEventsRequestSchema: GenMessage<ListAuditEventsRequest>;
/**
 * ListAuditEventsResponse is the output of ListAuditEvents.
 *
 * @generated from message pec.v1.ListAuditEventsResponse
 */
export type ListAuditEventsResponse = Message<"pec.v1.ListAuditEventsResponse"> & {
    /**
     * The entries of this page, newest first.
     *
     * @generated from field: repeated pec.v1.AuditEvent events = 1;
     */
    events: AuditEvent[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListAuditEventsResponse.
 * Use `create(ListAuditEventsResponseSchema)` to create a new message.
 */
export declare const ListAuditEventsResponseSchema: GenMessage<ListAuditEventsResponse>;
/**
 * AuditEvent is one entry of the audit trail.
 *
 * @generated from message pec.v1.AuditEvent
 */
export type AuditEvent = Message<"pec.v1.AuditEvent"> & {
    /**
     * The entry's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * When it happened (for an aggregated security event, the last refused call of its minute).
     *
     * @generated from field: google.protobuf.Timestamp time = 2;
     */
    time?: Timestamp | undefined;
    /**
     * The API key id of the caller; empty when pecd acted on its own (workers, register
     * effects, the command line) or the caller had no known key.
     *
     * @generated from field: string actor_key_id = 3;
     */
    actorKeyId: string;
    /**
     * The name of that key, if it still exists.
     *
     * @generated from field: string actor_key_name = 4;
     */
    actorKeyName: string;
    /**
     * The role of that key (`admin`, `albo`, `ordine`, `operator`, `self_service`), if it still
     * exists.
     *
     * @generated from field: string actor_key_role = 5;
     */
    actorKeyRole: string;
    /**
     * What was done, such as `mailbox.suspend`, `activation.create` or, for security events,
     * `security.unauthenticated`, `security.permission_denied`, `security.other_ordine`,
     * `security.throttled`.
     *
     * @generated from field: string action = 6;
     */
    action: string;
    /**
     * The kind of target.
     *
     * @generated from field: pec.v1.AuditTargetType target_type = 7;
     */
    targetType: AuditTargetType;
    /**
     * The target's id (see `AuditTargetType`).
     *
     * @generated from field: string target_id = 8;
     */
    targetId: string;
    /**
     * The Ordine the entry belongs to; empty when it belongs to none (the federation's own
     * keys, a target that does not exist).
     *
     * @generated from field: string ordine_code = 9;
     */
    ordineCode: string;
    /**
     * What else the entry records, as a JSON object (never a secret). A security event holds
     * `count` (refused calls of that kind, caller and method within its minute), `first_time`
     * and `last_time` (RFC 3339), and `visitor` (the client's IP address) when the call had no
     * known key.
     *
     * @generated from field: string details_json = 10;
     */
    detailsJson: string;
    /**
     * Whether the entry is a security event: a refused call or a rate-limit alarm.
     *
     * @generated from field: bool security_event = 11;
     */
    securityEvent: boolean;
};
/**
 * Describes the message pec.v1.AuditEvent.
 * Use `create(AuditEventSchema)` to create a new message.
 */
export declare const AuditEventSchema: GenMessage<AuditEvent>;
/**
 * AuditTargetType is the kind of thing an entry is about.
 *
 * @generated from enum pec.v1.AuditTargetType
 */
export declare enum AuditTargetType {
    /**
     * Any kind (as a filter); never the kind of an entry.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A member of the register; the id is the codice fiscale. A SyncMembers batch writes one
     * entry per Ordine with the id `*` and the codici fiscali created in `details_json`.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_MEMBER = 1;
     */
    MEMBER = 1,
    /**
     * A mailbox; the id is its address.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_MAILBOX = 2;
     */
    MAILBOX = 2,
    /**
     * An activation request; the id is the request's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_ACTIVATION_REQUEST = 3;
     */
    ACTIVATION_REQUEST = 3,
    /**
     * A contact change; the id is the change's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_CONTACT_CHANGE = 4;
     */
    CONTACT_CHANGE = 4,
    /**
     * An API key; the id is the key's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_API_KEY = 5;
     */
    API_KEY = 5,
    /**
     * An Ordine; the id is its code.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_ORDINE = 6;
     */
    ORDINE = 6,
    /**
     * A notification (email or SMS); the id is the notification's id.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_NOTIFICATION = 7;
     */
    NOTIFICATION = 7,
    /**
     * A method of the API, the target of security events; the id is the full method name, such
     * as `/pec.v1.MailboxService/SuspendMailbox`.
     *
     * @generated from enum value: AUDIT_TARGET_TYPE_METHOD = 8;
     */
    METHOD = 8
}
/**
 * Describes the enum pec.v1.AuditTargetType.
 */
export declare const AuditTargetTypeSchema: GenEnum<AuditTargetType>;
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
export declare const AuditService: GenService<{
    /**
     * ListAuditEvents lists entries of the trail, newest first, filtered by target, actor key,
     * action and time range.
     *
     * @generated from rpc pec.v1.AuditService.ListAuditEvents
     */
    listAuditEvents: {
        methodKind: "unary";
        input: typeof ListAuditEventsRequestSchema;
        output: typeof ListAuditEventsResponseSchema;
    };
}>;
