// Hand-written convenience layer over the generated code in ./gen (Protobuf-ES v2 messages and
// service descriptors, called through Connect's gRPC transport for Node.js over HTTP/2).
// Kept small on purpose: everything else is the generated API, re-exported below.
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { Http2SessionManager, createGrpcTransport } from "@connectrpc/connect-node";
import { BadRequestSchema, ErrorInfoSchema, LocalizedMessageSchema, RetryInfoSchema, } from "./gen/google/rpc/error_details_pb.js";
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
// The whole generated API: pec.v1 messages, enums and services; google.rpc error details;
// grpc.health.v1. Also reachable per file as "@tsrm-pstrp/pec-client/gen/pec/v1/<file>_pb".
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
/** An interceptor that sends `authorization: Bearer <apiKey>` with every call. */
export function bearerAuth(apiKey) {
    const value = `Bearer ${apiKey}`;
    return (next) => async (req) => {
        req.header.set("authorization", value);
        return await next(req);
    };
}
/** The base URL for an address `host:port` (or a URL), checked against the `tls` option. */
export function baseUrlFor(address, tls) {
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address);
    if (!m) {
        return `${tls === false ? "http" : "https"}://${address}`;
    }
    const scheme = m[1].toLowerCase();
    if (scheme !== "http" && scheme !== "https") {
        throw new Error(`pec-client: unsupported scheme in ${address} (use host:port, http:// or https://)`);
    }
    if (tls !== undefined && tls !== (scheme === "https")) {
        throw new Error(`pec-client: address ${address} contradicts the option tls: ${String(tls)}`);
    }
    return address.replace(/\/+$/, "");
}
/**
 * Connects to pecd over gRPC (HTTP/2), with TLS unless `{ tls: false }`, sending
 * `authorization: Bearer <apiKey>` with every call (no header when `apiKey` is undefined or
 * empty: only Health answers then). The connection opens lazily on the first call.
 *
 *     const pec = connect("pec-api.example.org:443", process.env.PEC_KEY);
 *     const { ordine } = await pec.registry.getOrdine({ code: "TO" });
 */
export function connect(address, apiKey, options = {}) {
    const baseUrl = baseUrlFor(address, options.tls);
    const sessionManager = new Http2SessionManager(baseUrl, options.http2, options.nodeOptions);
    const interceptors = [...(apiKey ? [bearerAuth(apiKey)] : []), ...(options.interceptors ?? [])];
    const transport = createGrpcTransport({
        baseUrl, // the gRPC transport of connect-node v2 is always HTTP/2 (no httpVersion option)
        sessionManager,
        interceptors,
        defaultTimeoutMs: options.timeoutMs,
    });
    return {
        registry: createClient(RegistryService, transport),
        activation: createClient(ActivationService, transport),
        mailbox: createClient(MailboxService, transport),
        password: createClient(PasswordService, transport),
        contactChange: createClient(ContactChangeService, transport),
        review: createClient(ReviewService, transport),
        events: createClient(EventService, transport),
        audit: createClient(AuditService, transport),
        iniPec: createClient(IniPecService, transport),
        notification: createClient(NotificationService, transport),
        health: createClient(Health, transport),
        transport,
        close: () => sessionManager.abort(),
    };
}
/** Same as {@link connect}. */
export const createPecClient = connect;
/**
 * Reads the rich error details of a failed call. Accepts anything thrown by a call (a
 * `ConnectError`; other errors become code UNKNOWN/INTERNAL as `ConnectError.from` does).
 */
export function errorDetails(err) {
    const e = ConnectError.from(err);
    const errorInfo = e.findDetails(ErrorInfoSchema)[0];
    const localizedMessages = e.findDetails(LocalizedMessageSchema);
    const retry = e.findDetails(RetryInfoSchema)[0]?.retryDelay;
    return {
        code: e.code,
        codeName: codeName(e.code),
        message: e.rawMessage,
        errorInfo,
        reason: errorInfo?.reason ?? "",
        fieldViolations: e.findDetails(BadRequestSchema).flatMap((b) => b.fieldViolations),
        localizedMessage: localizedMessages.find((m) => m.locale.toLowerCase() === "it-it") ?? localizedMessages[0],
        localizedMessages,
        retryDelayMs: retry ? Number(retry.seconds) * 1000 + Math.round(retry.nanos / 1e6) : undefined,
    };
}
/** "INVALID_ARGUMENT" for `Code.InvalidArgument`, and so on. */
export function codeName(code) {
    return (Code[code] ?? "UNKNOWN").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}
//# sourceMappingURL=index.js.map