import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { ContactChangeState } from "./contact_change_service_pb.js";
import type { ActivationRequest, Mailbox, Member } from "./resources_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/event_service.proto.
 */
export declare const file_pec_v1_event_service: GenFile;
/**
 * WatchEventsRequest is the input of WatchEvents.
 *
 * @generated from message pec.v1.WatchEventsRequest
 */
export type WatchEventsRequest = Message<"pec.v1.WatchEventsRequest"> & {
    /**
     * Optional. The cursor of the last event processed (an `Event.cursor` or a
     * `Heartbeat.cursor`): the stream starts with the event after it. Empty: the stream starts
     * with the events committed from now on (or with the oldest event held, if `from_oldest`).
     *
     * @generated from field: string cursor = 1;
     */
    cursor: string;
    /**
     * Optional. With an empty `cursor`, start with the oldest event still held instead of now.
     *
     * @generated from field: bool from_oldest = 2;
     */
    fromOldest: boolean;
    /**
     * Optional. Only events of these kinds; empty: every kind the key may see.
     *
     * @generated from field: repeated pec.v1.EventKind kinds = 3;
     */
    kinds: EventKind[];
    /**
     * Optional. Only events of this Ordine (admin and operator keys; an ordine key always sees
     * only its own, and naming another is PERMISSION_DENIED).
     *
     * @generated from field: string ordine_code = 4;
     */
    ordineCode: string;
};
/**
 * Describes the message pec.v1.WatchEventsRequest.
 * Use `create(WatchEventsRequestSchema)` to create a new message.
 */
export declare const WatchEventsRequestSchema: GenMessage<WatchEventsRequest>;
/**
 * WatchEventsResponse is one message of the stream: an event or a heartbeat.
 *
 * @generated from message pec.v1.WatchEventsResponse
 */
export type WatchEventsResponse = Message<"pec.v1.WatchEventsResponse"> & {
    /**
     * What this message is.
     *
     * @generated from oneof pec.v1.WatchEventsResponse.message
     */
    message: {
        /**
         * A change.
         *
         * @generated from field: pec.v1.Event event = 1;
         */
        value: Event;
        case: "event";
    } | {
        /**
         * Nothing new; sent after a quiet interval (15 s by default) so that proxies keep the
         * stream open.
         *
         * @generated from field: pec.v1.Heartbeat heartbeat = 2;
         */
        value: Heartbeat;
        case: "heartbeat";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message pec.v1.WatchEventsResponse.
 * Use `create(WatchEventsResponseSchema)` to create a new message.
 */
export declare const WatchEventsResponseSchema: GenMessage<WatchEventsResponse>;
/**
 * Event is one committed change.
 *
 * @generated from message pec.v1.Event
 */
export type Event = Message<"pec.v1.Event"> & {
    /**
     * The event's position in the feed, opaque: pass it as `WatchEventsRequest.cursor` to resume
     * after this event.
     *
     * @generated from field: string cursor = 1;
     */
    cursor: string;
    /**
     * What happened.
     *
     * @generated from field: pec.v1.EventKind kind = 2;
     */
    kind: EventKind;
    /**
     * When the change was committed (to the millisecond).
     *
     * @generated from field: google.protobuf.Timestamp time = 3;
     */
    time?: Timestamp | undefined;
    /**
     * The id of the API key that made the change; empty when pecd made it (a worker, an effect
     * of the register, an expiry).
     *
     * @generated from field: string actor_key_id = 4;
     */
    actorKeyId: string;
    /**
     * The Ordine of the resource when the change was made.
     *
     * @generated from field: string ordine_code = 5;
     */
    ordineCode: string;
    /**
     * The Ordine the resource belonged to before this change, when the change moved it (a
     * member's transfer and its mailbox's); empty otherwise.
     *
     * @generated from field: string previous_ordine_code = 6;
     */
    previousOrdineCode: string;
    /**
     * The resource as it is when the event is sent (a later change may already show); absent
     * for a watcher that may not read it (an Ordine that a member left).
     *
     * @generated from oneof pec.v1.Event.resource
     */
    resource: {
        /**
         * The member (MEMBER_* events).
         *
         * @generated from field: pec.v1.Member member = 7;
         */
        value: Member;
        case: "member";
    } | {
        /**
         * The activation request (ACTIVATION_REQUEST_* events).
         *
         * @generated from field: pec.v1.ActivationRequest activation_request = 8;
         */
        value: ActivationRequest;
        case: "activationRequest";
    } | {
        /**
         * The mailbox (MAILBOX_* events).
         *
         * @generated from field: pec.v1.Mailbox mailbox = 9;
         */
        value: Mailbox;
        case: "mailbox";
    } | {
        /**
         * The contact change, in brief (CONTACT_CHANGE_* events).
         *
         * @generated from field: pec.v1.ContactChangeSummary contact_change = 10;
         */
        value: ContactChangeSummary;
        case: "contactChange";
    } | {
        case: undefined;
        value?: undefined;
    };
    /**
     * The key of the resource, also when `resource` is absent: the member's codice fiscale,
     * the activation request's id, the mailbox address, or the contact change's id (empty for
     * keys other than admin and operator).
     *
     * @generated from field: string resource_id = 11;
     */
    resourceId: string;
};
/**
 * Describes the message pec.v1.Event.
 * Use `create(EventSchema)` to create a new message.
 */
export declare const EventSchema: GenMessage<Event>;
/**
 * ContactChangeSummary is what the feed tells of a contact change: never its contacts or
 * images (operators read those with ReviewService).
 *
 * @generated from message pec.v1.ContactChangeSummary
 */
export type ContactChangeSummary = Message<"pec.v1.ContactChangeSummary"> & {
    /**
     * The change id; set for admin and operator keys only.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The mailbox the change is for.
     *
     * @generated from field: string mailbox_address = 2;
     */
    mailboxAddress: string;
    /**
     * Where the change stands.
     *
     * @generated from field: pec.v1.ContactChangeState state = 3;
     */
    state: ContactChangeState;
};
/**
 * Describes the message pec.v1.ContactChangeSummary.
 * Use `create(ContactChangeSummarySchema)` to create a new message.
 */
export declare const ContactChangeSummarySchema: GenMessage<ContactChangeSummary>;
/**
 * Heartbeat says the stream is alive and nothing new was sent.
 *
 * @generated from message pec.v1.Heartbeat
 */
export type Heartbeat = Message<"pec.v1.Heartbeat"> & {
    /**
     * The cursor to resume from: the last event this stream has gone past (sent, or skipped by
     * the request's filters), or the starting position if none yet.
     *
     * @generated from field: string cursor = 1;
     */
    cursor: string;
    /**
     * When the heartbeat was sent.
     *
     * @generated from field: google.protobuf.Timestamp time = 2;
     */
    time?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.Heartbeat.
 * Use `create(HeartbeatSchema)` to create a new message.
 */
export declare const HeartbeatSchema: GenMessage<Heartbeat>;
/**
 * EventKind says what happened.
 *
 * @generated from enum pec.v1.EventKind
 */
export declare enum EventKind {
    /**
     * Not set; as a filter, never sent.
     *
     * @generated from enum value: EVENT_KIND_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A member was added to the register.
     *
     * @generated from enum value: EVENT_KIND_MEMBER_CREATED = 1;
     */
    MEMBER_CREATED = 1,
    /**
     * A member's data changed: details, register status, or Ordine (a transfer; then
     * `previous_ordine_code` is set).
     *
     * @generated from enum value: EVENT_KIND_MEMBER_UPDATED = 2;
     */
    MEMBER_UPDATED = 2,
    /**
     * An Ordine created an activation request (state RICHIESTA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_CREATED = 3;
     */
    ACTIVATION_REQUEST_CREATED = 3,
    /**
     * The provider is creating the mailbox (state IN_LAVORAZIONE).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_IN_PROGRESS = 4;
     */
    ACTIVATION_REQUEST_IN_PROGRESS = 4,
    /**
     * The mailbox was created and waits for the member to accept it (state DA_ACCETTARE).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED = 5;
     */
    ACTIVATION_REQUEST_ASSIGNED = 5,
    /**
     * The member accepted the assignment (state ACCETTATA); the mailbox is ATTIVO.
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_ACCEPTED = 6;
     */
    ACTIVATION_REQUEST_ACCEPTED = 6,
    /**
     * The member declined the assignment (state RIFIUTATA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_DECLINED = 7;
     */
    ACTIVATION_REQUEST_DECLINED = 7,
    /**
     * The Ordine withdrew the request (state ANNULLATA).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_CANCELLED = 8;
     */
    ACTIVATION_REQUEST_CANCELLED = 8,
    /**
     * The provider could not create the mailbox (state FALLITA; `reason` says why).
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_FAILED = 9;
     */
    ACTIVATION_REQUEST_FAILED = 9,
    /**
     * The member did not accept the assignment in time (state SCADUTA): its NON_ATTIVO
     * mailbox is removed, the address stays reserved to the member, and the Ordine may create a
     * new request.
     *
     * @generated from enum value: EVENT_KIND_ACTIVATION_REQUEST_EXPIRED = 10;
     */
    ACTIVATION_REQUEST_EXPIRED = 10,
    /**
     * A mailbox was created (state NON_ATTIVO, or CESSATO when its request was withdrawn
     * meanwhile).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_CREATED = 11;
     */
    MAILBOX_CREATED = 11,
    /**
     * A mailbox became ATTIVO (its member accepted it).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_ACTIVATED = 12;
     */
    MAILBOX_ACTIVATED = 12,
    /**
     * A mailbox was suspended (state SOSPESO), by an Ordine, an operator or the register.
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_SUSPENDED = 13;
     */
    MAILBOX_SUSPENDED = 13,
    /**
     * A suspension was lifted (state ATTIVO again).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_REACTIVATED = 14;
     */
    MAILBOX_REACTIVATED = 14,
    /**
     * A mailbox was closed for good (state CESSATO).
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_CLOSED = 15;
     */
    MAILBOX_CLOSED = 15,
    /**
     * Something else of a mailbox changed: its Ordine (a transfer; then `previous_ordine_code`
     * is set), or the cause or scheduled closure of a suspension.
     *
     * @generated from enum value: EVENT_KIND_MAILBOX_UPDATED = 16;
     */
    MAILBOX_UPDATED = 16,
    /**
     * The holder submitted a contact change; it waits for an operator's review.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_SUBMITTED = 17;
     */
    CONTACT_CHANGE_SUBMITTED = 17,
    /**
     * An operator approved a contact change; the new contacts apply to the mailbox.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_APPROVED = 18;
     */
    CONTACT_CHANGE_APPROVED = 18,
    /**
     * An operator rejected a contact change.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_REJECTED = 19;
     */
    CONTACT_CHANGE_REJECTED = 19,
    /**
     * A submitted contact change ended without applying: cancelled by the holder, or because
     * its mailbox closed.
     *
     * @generated from enum value: EVENT_KIND_CONTACT_CHANGE_CANCELLED = 20;
     */
    CONTACT_CHANGE_CANCELLED = 20
}
/**
 * Describes the enum pec.v1.EventKind.
 */
export declare const EventKindSchema: GenEnum<EventKind>;
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
export declare const EventService: GenService<{
    /**
     * WatchEvents streams events after the request's cursor, then every new event as it is
     * committed, with a heartbeat when nothing happens. The stream runs until the client
     * cancels it or the server shuts down (UNAVAILABLE, reason SHUTTING_DOWN: reconnect with the
     * last cursor). A cursor older than the oldest event still held is FAILED_PRECONDITION with
     * reason CURSOR_EXPIRED; its `ErrorInfo` metadata `oldest_cursor` is the cursor that resumes
     * with the oldest event still held. A key may hold 8 watches at once (by default): one more
     * is RESOURCE_EXHAUSTED, reason RATE_LIMITED.
     *
     * @generated from rpc pec.v1.EventService.WatchEvents
     */
    watchEvents: {
        methodKind: "server_streaming";
        input: typeof WatchEventsRequestSchema;
        output: typeof WatchEventsResponseSchema;
    };
}>;
