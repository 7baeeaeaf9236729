import type { Http2SessionOptions } from "@connectrpc/connect-node";
import type * as http2 from "node:http2";
import { Code } from "@connectrpc/connect";
import type { Client, Interceptor, Transport } from "@connectrpc/connect";
import type { BadRequest_FieldViolation, ErrorInfo, LocalizedMessage } from "./gen/google/rpc/error_details_pb.js";
import { Health } from "./gen/health/v1/health_pb.js";
import { ActivationService } from "./gen/pec/v1/activation_service_pb.js";
import { ContactChangeService } from "./gen/pec/v1/contact_change_service_pb.js";
import { MailboxService } from "./gen/pec/v1/mailbox_service_pb.js";
import { NotificationService } from "./gen/pec/v1/notification_service_pb.js";
import { PasswordService } from "./gen/pec/v1/password_service_pb.js";
import { RegistryService } from "./gen/pec/v1/registry_service_pb.js";
import { ReviewService } from "./gen/pec/v1/review_service_pb.js";
import { EventService } from "./gen/pec/v1/event_service_pb.js";
import { AuditService } from "./gen/pec/v1/audit_service_pb.js";
import { IniPecService } from "./gen/pec/v1/ini_pec_service_pb.js";
export * from "./gen/pec/v1/activation_service_pb.js";
export * from "./gen/pec/v1/contact_change_service_pb.js";
export * from "./gen/pec/v1/mailbox_service_pb.js";
export * from "./gen/pec/v1/notification_service_pb.js";
export * from "./gen/pec/v1/password_service_pb.js";
export * from "./gen/pec/v1/registry_service_pb.js";
export * from "./gen/pec/v1/resources_pb.js";
export * from "./gen/pec/v1/review_service_pb.js";
export * from "./gen/pec/v1/event_service_pb.js";
export * from "./gen/pec/v1/audit_service_pb.js";
export * from "./gen/pec/v1/ini_pec_service_pb.js";
export * from "./gen/google/rpc/error_details_pb.js";
export * from "./gen/health/v1/health_pb.js";
export { Code, ConnectError } from "@connectrpc/connect";
/** Options of {@link connect}. */
export interface ConnectOptions {
    /**
     * TLS (https) is the default. Pass `false` only for a local plaintext server (tests); an
     * address written as `http://host:port` also means plaintext, `https://` means TLS.
     */
    tls?: boolean;
    /** Deadline of every call in milliseconds (a call may pass its own `timeoutMs`). */
    timeoutMs?: number;
    /** Node's `http2.connect` options, e.g. `{ ca }` for a server certificate of a private CA. */
    nodeOptions?: http2.ClientSessionOptions | http2.SecureClientSessionOptions;
    /** HTTP/2 keep-alive settings (`pingIntervalMs`, `idleConnectionTimeoutMs`, ...). */
    http2?: Http2SessionOptions;
    /** More interceptors, run after the one that adds the bearer key. */
    interceptors?: Interceptor[];
}
/** One typed client per service of pecd, sharing one HTTP/2 connection. */
export interface PecClient {
    registry: Client<typeof RegistryService>;
    activation: Client<typeof ActivationService>;
    mailbox: Client<typeof MailboxService>;
    password: Client<typeof PasswordService>;
    contactChange: Client<typeof ContactChangeService>;
    review: Client<typeof ReviewService>;
    /** The change feed (WatchEvents). */
    events: Client<typeof EventService>;
    audit: Client<typeof AuditService>;
    iniPec: Client<typeof IniPecService>;
    notification: Client<typeof NotificationService>;
    /** grpc.health.v1.Health (needs no key). */
    health: Client<typeof Health>;
    /** The underlying transport, for `createClient(SomeService, transport)`. */
    transport: Transport;
    /** Closes the HTTP/2 connection (open calls fail); lets a script's process exit at once. */
    close(): void;
}
/** An interceptor that sends `authorization: Bearer <apiKey>` with every call. */
export declare function bearerAuth(apiKey: string): Interceptor;
/** The base URL for an address `host:port` (or a URL), checked against the `tls` option. */
export declare function baseUrlFor(address: string, tls?: boolean): string;
/**
 * Connects to pecd over gRPC (HTTP/2), with TLS unless `{ tls: false }`, sending
 * `authorization: Bearer <apiKey>` with every call (no header when `apiKey` is undefined or
 * empty: only Health answers then). The connection opens lazily on the first call.
 *
 *     const pec = connect("pec-api.example.org:443", process.env.PEC_KEY);
 *     const { ordine } = await pec.registry.getOrdine({ code: "TO" });
 */
export declare function connect(address: string, apiKey?: string, options?: ConnectOptions): PecClient;
/** Same as {@link connect}. */
export declare const createPecClient: typeof connect;
/** The rich details of a failed call (google.rpc types from `grpc-status-details-bin`). */
export interface ErrorDetails {
    /** gRPC status code, e.g. `Code.InvalidArgument`. */
    code: Code;
    /** Its name as gRPC spells it, e.g. "INVALID_ARGUMENT". */
    codeName: string;
    /** The status message (English, for logs). */
    message: string;
    /** google.rpc.ErrorInfo: a stable machine-readable reason, e.g. "MEMBER_NOT_ACTIVE". */
    errorInfo?: ErrorInfo;
    /** Shortcut for `errorInfo.reason` ("" when absent). */
    reason: string;
    /** google.rpc.BadRequest field violations (empty when none): `field`, `description`, `reason`. */
    fieldViolations: BadRequest_FieldViolation[];
    /** The it-IT google.rpc.LocalizedMessage for the member, else the first one sent. */
    localizedMessage?: LocalizedMessage;
    /** Every LocalizedMessage sent. */
    localizedMessages: LocalizedMessage[];
    /** google.rpc.RetryInfo delay in milliseconds (RESOURCE_EXHAUSTED), when sent. */
    retryDelayMs?: number;
}
/**
 * Reads the rich error details of a failed call. Accepts anything thrown by a call (a
 * `ConnectError`; other errors become code UNKNOWN/INTERNAL as `ConnectError.from` does).
 */
export declare function errorDetails(err: unknown): ErrorDetails;
/** "INVALID_ARGUMENT" for `Code.InvalidArgument`, and so on. */
export declare function codeName(code: Code): string;
