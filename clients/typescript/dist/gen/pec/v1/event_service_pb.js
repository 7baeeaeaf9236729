// The change feed: every change of members, activation requests, mailboxes and contact
// changes, in commit order, resumable from an opaque cursor.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
import { file_pec_v1_contact_change_service } from "./contact_change_service_pb.js";
import { file_pec_v1_resources } from "./resources_pb.js";
/**
 * Describes the file pec/v1/event_service.proto.
 */
export const file_pec_v1_event_service = /*@__PURE__*/ fileDesc("ChpwZWMvdjEvZXZlbnRfc2VydmljZS5wcm90bxIGcGVjLnYxInAKEldhdGNoRXZlbnRzUmVxdWVzdBIOCgZjdXJzb3IYASABKAkSEwoLZnJvbV9vbGRlc3QYAiABKAgSIAoFa2luZHMYAyADKA4yES5wZWMudjEuRXZlbnRLaW5kEhMKC29yZGluZV9jb2RlGAQgASgJImgKE1dhdGNoRXZlbnRzUmVzcG9uc2USHgoFZXZlbnQYASABKAsyDS5wZWMudjEuRXZlbnRIABImCgloZWFydGJlYXQYAiABKAsyES5wZWMudjEuSGVhcnRiZWF0SABCCQoHbWVzc2FnZSKDAwoFRXZlbnQSDgoGY3Vyc29yGAEgASgJEh8KBGtpbmQYAiABKA4yES5wZWMudjEuRXZlbnRLaW5kEigKBHRpbWUYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEhQKDGFjdG9yX2tleV9pZBgEIAEoCRITCgtvcmRpbmVfY29kZRgFIAEoCRIcChRwcmV2aW91c19vcmRpbmVfY29kZRgGIAEoCRIgCgZtZW1iZXIYByABKAsyDi5wZWMudjEuTWVtYmVySAASNwoSYWN0aXZhdGlvbl9yZXF1ZXN0GAggASgLMhkucGVjLnYxLkFjdGl2YXRpb25SZXF1ZXN0SAASIgoHbWFpbGJveBgJIAEoCzIPLnBlYy52MS5NYWlsYm94SAASNgoOY29udGFjdF9jaGFuZ2UYCiABKAsyHC5wZWMudjEuQ29udGFjdENoYW5nZVN1bW1hcnlIABITCgtyZXNvdXJjZV9pZBgLIAEoCUIKCghyZXNvdXJjZSJmChRDb250YWN0Q2hhbmdlU3VtbWFyeRIKCgJpZBgBIAEoCRIXCg9tYWlsYm94X2FkZHJlc3MYAiABKAkSKQoFc3RhdGUYAyABKA4yGi5wZWMudjEuQ29udGFjdENoYW5nZVN0YXRlIkUKCUhlYXJ0YmVhdBIOCgZjdXJzb3IYASABKAkSKAoEdGltZRgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAqrgYKCUV2ZW50S2luZBIaChZFVkVOVF9LSU5EX1VOU1BFQ0lGSUVEEAASHQoZRVZFTlRfS0lORF9NRU1CRVJfQ1JFQVRFRBABEh0KGUVWRU5UX0tJTkRfTUVNQkVSX1VQREFURUQQAhIpCiVFVkVOVF9LSU5EX0FDVElWQVRJT05fUkVRVUVTVF9DUkVBVEVEEAMSLQopRVZFTlRfS0lORF9BQ1RJVkFUSU9OX1JFUVVFU1RfSU5fUFJPR1JFU1MQBBIqCiZFVkVOVF9LSU5EX0FDVElWQVRJT05fUkVRVUVTVF9BU1NJR05FRBAFEioKJkVWRU5UX0tJTkRfQUNUSVZBVElPTl9SRVFVRVNUX0FDQ0VQVEVEEAYSKgomRVZFTlRfS0lORF9BQ1RJVkFUSU9OX1JFUVVFU1RfREVDTElORUQQBxIrCidFVkVOVF9LSU5EX0FDVElWQVRJT05fUkVRVUVTVF9DQU5DRUxMRUQQCBIoCiRFVkVOVF9LSU5EX0FDVElWQVRJT05fUkVRVUVTVF9GQUlMRUQQCRIpCiVFVkVOVF9LSU5EX0FDVElWQVRJT05fUkVRVUVTVF9FWFBJUkVEEAoSHgoaRVZFTlRfS0lORF9NQUlMQk9YX0NSRUFURUQQCxIgChxFVkVOVF9LSU5EX01BSUxCT1hfQUNUSVZBVEVEEAwSIAocRVZFTlRfS0lORF9NQUlMQk9YX1NVU1BFTkRFRBANEiIKHkVWRU5UX0tJTkRfTUFJTEJPWF9SRUFDVElWQVRFRBAOEh0KGUVWRU5UX0tJTkRfTUFJTEJPWF9DTE9TRUQQDxIeChpFVkVOVF9LSU5EX01BSUxCT1hfVVBEQVRFRBAQEicKI0VWRU5UX0tJTkRfQ09OVEFDVF9DSEFOR0VfU1VCTUlUVEVEEBESJgoiRVZFTlRfS0lORF9DT05UQUNUX0NIQU5HRV9BUFBST1ZFRBASEiYKIkVWRU5UX0tJTkRfQ09OVEFDVF9DSEFOR0VfUkVKRUNURUQQExInCiNFVkVOVF9LSU5EX0NPTlRBQ1RfQ0hBTkdFX0NBTkNFTExFRBAUMlgKDEV2ZW50U2VydmljZRJICgtXYXRjaEV2ZW50cxIaLnBlYy52MS5XYXRjaEV2ZW50c1JlcXVlc3QaGy5wZWMudjEuV2F0Y2hFdmVudHNSZXNwb25zZTABQpwBChRvcmcudHNybXBzdHJwLnBlYy52MUIRRXZlbnRTZXJ2aWNlUHJvdG9QAVoqcGVjLnRzcm0tcHN0cnAub3JnL2NsaWVudHMvZ28vcGVjL3YxO3BlY3YxqgIGUGVjLlYxygIQVHNybVBzdHJwXFBlY1xWMeICHFRzcm1Qc3RycFxQZWNcR1BCTWV0YWRhdGFcVjHqAgdQZWM6OlYxYgZwcm90bzM", [file_google_protobuf_timestamp, file_pec_v1_contact_change_service, file_pec_v1_resources]);
/**
 * Describes the message pec.v1.WatchEventsRequest.
 * Use `create(WatchEventsRequestSchema)` to create a new message.
 */
export const WatchEventsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_event_service, 0);
/**
 * Describes the message pec.v1.WatchEventsResponse.
 * Use `create(WatchEventsResponseSchema)` to create a new message.
 */
export const WatchEventsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_event_service, 1);
/**
 * Describes the message pec.v1.Event.
 * Use `create(EventSchema)` to create a new message.
 */
export const EventSchema = /*@__PURE__*/ messageDesc(file_pec_v1_event_service, 2);
/**
 * Describes the message pec.v1.ContactChangeSummary.
 * Use `create(ContactChangeSummarySchema)` to create a new message.
 */
export const ContactChangeSummarySchema = /*@__PURE__*/ messageDesc(file_pec_v1_event_service, 3);
/**
 * Describes the message pec.v1.Heartbeat.
 * Use `create(HeartbeatSchema)` to create a new message.
 */
export const HeartbeatSchema = /*@__PURE__*/ messageDesc(file_pec_v1_event_service, 4);
/**
 * EventKind says what happened.
 *
 * @generated from enum pec.v1.EventKind
 */
export var EventKind;
(function (EventKind) {
    /**
     * Not set; as a filter, never sent.
     *
     * @generated from enum value: EVENT_KIND_UNSPECIFIED = 0;
     */
    EventKind[EventKind["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A member was added to the register.
     *
     * @generated from enum value: EVENT_KIND_MEMBER_CREATED = 1;
     */
    EventKind[EventKind["MEMBER_CREATED"] = 1] = "MEMBER_CREATED";
    /**
     * A member's data changed: details, register status, or Ordine (a transfer; then
     * `previous_ordine_code` is set).
     *
     * @generated from enum value: EVENT_KIND_MEMBER_UPDATED = 2;
     */
    EventKind[EventKind["MEMBER_UPDATED"] = 2] = "MEMBER_UPDATED";
    /**
     * An Ordine created an activation request (state RICHIESTA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_CREATED = 3;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_CREATED"] = 3] = "ACTIVATION_REQUEST_CREATED";
    /**
     * The provider is creating the mailbox (state IN_LAVORAZIONE).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_IN_PROGRESS = 4;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_IN_PROGRESS"] = 4] = "ACTIVATION_REQUEST_IN_PROGRESS";
    /**
     * The mailbox was created and waits for the member to accept it (state DA_ACCETTARE).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED = 5;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_ASSIGNED"] = 5] = "ACTIVATION_REQUEST_ASSIGNED";
    /**
     * The member accepted the assignment (state ACCETTATA); the mailbox is ATTIVO.
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_ACCEPTED = 6;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_ACCEPTED"] = 6] = "ACTIVATION_REQUEST_ACCEPTED";
    /**
     * The member declined the assignment (state RIFIUTATA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_DECLINED = 7;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_DECLINED"] = 7] = "ACTIVATION_REQUEST_DECLINED";
    /**
     * The Ordine withdrew the request (state ANNULLATA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_CANCELLED = 8;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_CANCELLED"] = 8] = "ACTIVATION_REQUEST_CANCELLED";
    /**
     * The provider could not create the mailbox (state FALLITA; `reason` says why).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_FAILED = 9;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_FAILED"] = 9] = "ACTIVATION_REQUEST_FAILED";
    /**
     * The member did not accept the assignment in time (state SCADUTA): its NON_ATTIVO
     * mailbox is removed, the address stays reserved to the member, and the Ordine may create a
     * new request.
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_EXPIRED = 10;
     */
    EventKind[EventKind["ACTIVATION_REQUEST_EXPIRED"] = 10] = "ACTIVATION_REQUEST_EXPIRED";
    /**
     * A mailbox was created (state NON_ATTIVO, or CESSATO when its request was withdrawn
     * meanwhile).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_CREATED = 11;
     */
    EventKind[EventKind["MAILBOX_CREATED"] = 11] = "MAILBOX_CREATED";
    /**
     * A mailbox became ATTIVO (its member accepted it).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_ACTIVATED = 12;
     */
    EventKind[EventKind["MAILBOX_ACTIVATED"] = 12] = "MAILBOX_ACTIVATED";
    /**
     * A mailbox was suspended (state SOSPESO), by an Ordine, an operator or the register.
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_SUSPENDED = 13;
     */
    EventKind[EventKind["MAILBOX_SUSPENDED"] = 13] = "MAILBOX_SUSPENDED";
    /**
     * A suspension was lifted (state ATTIVO again).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_REACTIVATED = 14;
     */
    EventKind[EventKind["MAILBOX_REACTIVATED"] = 14] = "MAILBOX_REACTIVATED";
    /**
     * A mailbox was closed for good (state CESSATO).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_CLOSED = 15;
     */
    EventKind[EventKind["MAILBOX_CLOSED"] = 15] = "MAILBOX_CLOSED";
    /**
     * Something else of a mailbox changed: its Ordine (a transfer; then `previous_ordine_code`
     * is set), or the cause or scheduled closure of a suspension.
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_UPDATED = 16;
     */
    EventKind[EventKind["MAILBOX_UPDATED"] = 16] = "MAILBOX_UPDATED";
    /**
     * The holder submitted a contact change; it waits for an operator's review.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_SUBMITTED = 17;
     */
    EventKind[EventKind["CONTACT_CHANGE_SUBMITTED"] = 17] = "CONTACT_CHANGE_SUBMITTED";
    /**
     * An operator approved a contact change; the new contacts apply to the mailbox.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_APPROVED = 18;
     */
    EventKind[EventKind["CONTACT_CHANGE_APPROVED"] = 18] = "CONTACT_CHANGE_APPROVED";
    /**
     * An operator rejected a contact change.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_REJECTED = 19;
     */
    EventKind[EventKind["CONTACT_CHANGE_REJECTED"] = 19] = "CONTACT_CHANGE_REJECTED";
    /**
     * A submitted contact change ended without applying: cancelled by the holder, or because
     * its mailbox closed.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_CANCELLED = 20;
     */
    EventKind[EventKind["CONTACT_CHANGE_CANCELLED"] = 20] = "CONTACT_CHANGE_CANCELLED";
})(EventKind || (EventKind = {}));
/**
 * Describes the enum pec.v1.EventKind.
 */
export const EventKindSchema = /*@__PURE__*/ enumDesc(file_pec_v1_event_service, 0);
/**
 * EventService streams the changes a key may see, so that the systems that call pecd react to
 * them as they happen instead of polling the List calls. Every event carries an opaque
 * cursor; a client that reconnects with the last cursor it processed gets every later event,
 * none twice and none missing, as long as that cursor is within the retention (30 days by
 * default). Scoping: an ordine key sees its own Ordine's events only (a member or mailbox
 * moved between Ordini is an event for both); the albo key sees the register's events and
 * the members' answers to assignments; admin and operator keys see everything and may filter
 * by Ordine; self_service keys may not watch.
 *
 * @generated from service pec.v1.EventService
 */
export const EventService = /*@__PURE__*/ serviceDesc(file_pec_v1_event_service, 0);
//# sourceMappingURL=event_service_pb.js.map