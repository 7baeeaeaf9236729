// The outbox of emails (and, later, SMS) sent to members.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file pec/v1/notification_service.proto.
 */
export const file_pec_v1_notification_service = /*@__PURE__*/ fileDesc("CiFwZWMvdjEvbm90aWZpY2F0aW9uX3NlcnZpY2UucHJvdG8SBnBlYy52MSLPAgoMTm90aWZpY2F0aW9uEgoKAmlkGAEgASgJEg8KB2NoYW5uZWwYAiABKAkSEAoIdGVtcGxhdGUYAyABKAkSEQoJcmVjaXBpZW50GAQgASgJEg8KB3N1YmplY3QYBSABKAkSEgoKbWVzc2FnZV9pZBgGIAEoCRIoCgVzdGF0ZRgHIAEoDjIZLnBlYy52MS5Ob3RpZmljYXRpb25TdGF0ZRIQCghhdHRlbXB0cxgIIAEoBRISCgpsYXN0X2Vycm9yGAkgASgJEhQKDHJlbGF0ZWRfdHlwZRgKIAEoCRISCgpyZWxhdGVkX2lkGAsgASgJEi8KC2NyZWF0ZV90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBItCglzZW5kX3RpbWUYDSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wImsKGExpc3ROb3RpZmljYXRpb25zUmVxdWVzdBIRCglwYWdlX3NpemUYASABKAUSEgoKcGFnZV90b2tlbhgCIAEoCRIoCgVzdGF0ZRgDIAEoDjIZLnBlYy52MS5Ob3RpZmljYXRpb25TdGF0ZSJhChlMaXN0Tm90aWZpY2F0aW9uc1Jlc3BvbnNlEisKDW5vdGlmaWNhdGlvbnMYASADKAsyFC5wZWMudjEuTm90aWZpY2F0aW9uEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSImChhSZXRyeU5vdGlmaWNhdGlvblJlcXVlc3QSCgoCaWQYASABKAkiRwoZUmV0cnlOb3RpZmljYXRpb25SZXNwb25zZRIqCgxub3RpZmljYXRpb24YASABKAsyFC5wZWMudjEuTm90aWZpY2F0aW9uKpMBChFOb3RpZmljYXRpb25TdGF0ZRIiCh5OT1RJRklDQVRJT05fU1RBVEVfVU5TUEVDSUZJRUQQABIeChpOT1RJRklDQVRJT05fU1RBVEVfUEVORElORxABEhsKF05PVElGSUNBVElPTl9TVEFURV9TRU5UEAISHQoZTk9USUZJQ0FUSU9OX1NUQVRFX0ZBSUxFRBADMskBChNOb3RpZmljYXRpb25TZXJ2aWNlElgKEUxpc3ROb3RpZmljYXRpb25zEiAucGVjLnYxLkxpc3ROb3RpZmljYXRpb25zUmVxdWVzdBohLnBlYy52MS5MaXN0Tm90aWZpY2F0aW9uc1Jlc3BvbnNlElgKEVJldHJ5Tm90aWZpY2F0aW9uEiAucGVjLnYxLlJldHJ5Tm90aWZpY2F0aW9uUmVxdWVzdBohLnBlYy52MS5SZXRyeU5vdGlmaWNhdGlvblJlc3BvbnNlQqMBChRvcmcudHNybXBzdHJwLnBlYy52MUIYTm90aWZpY2F0aW9uU2VydmljZVByb3RvUAFaKnBlYy50c3JtLXBzdHJwLm9yZy9jbGllbnRzL2dvL3BlYy92MTtwZWN2MaoCBlBlYy5WMcoCEFRzcm1Qc3RycFxQZWNcVjHiAhxUc3JtUHN0cnBcUGVjXEdQQk1ldGFkYXRhXFYx6gIHUGVjOjpWMWIGcHJvdG8z", [file_google_protobuf_timestamp]);
/**
 * Describes the message pec.v1.Notification.
 * Use `create(NotificationSchema)` to create a new message.
 */
export const NotificationSchema = /*@__PURE__*/ messageDesc(file_pec_v1_notification_service, 0);
/**
 * Describes the message pec.v1.ListNotificationsRequest.
 * Use `create(ListNotificationsRequestSchema)` to create a new message.
 */
export const ListNotificationsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_notification_service, 1);
/**
 * Describes the message pec.v1.ListNotificationsResponse.
 * Use `create(ListNotificationsResponseSchema)` to create a new message.
 */
export const ListNotificationsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_notification_service, 2);
/**
 * Describes the message pec.v1.RetryNotificationRequest.
 * Use `create(RetryNotificationRequestSchema)` to create a new message.
 */
export const RetryNotificationRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_notification_service, 3);
/**
 * Describes the message pec.v1.RetryNotificationResponse.
 * Use `create(RetryNotificationResponseSchema)` to create a new message.
 */
export const RetryNotificationResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_notification_service, 4);
/**
 * NotificationState is the delivery state of a notification.
 *
 * @generated from enum pec.v1.NotificationState
 */
export var NotificationState;
(function (NotificationState) {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: NOTIFICATION_STATE_UNSPECIFIED = 0;
     */
    NotificationState[NotificationState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Waiting for (another) delivery attempt.
     *
     * @generated from enum value: NOTIFICATION_STATE_PENDING = 1;
     */
    NotificationState[NotificationState["PENDING"] = 1] = "PENDING";
    /**
     * Accepted by the mail server (or written to the local outbox folder).
     *
     * @generated from enum value: NOTIFICATION_STATE_SENT = 2;
     */
    NotificationState[NotificationState["SENT"] = 2] = "SENT";
    /**
     * Every attempt failed, or the server refused it for good; see `last_error`.
     *
     * @generated from enum value: NOTIFICATION_STATE_FAILED = 3;
     */
    NotificationState[NotificationState["FAILED"] = 3] = "FAILED";
})(NotificationState || (NotificationState = {}));
/**
 * Describes the enum pec.v1.NotificationState.
 */
export const NotificationStateSchema = /*@__PURE__*/ enumDesc(file_pec_v1_notification_service, 0);
/**
 * NotificationService lets operators watch the outbox and retry what failed. Every message is
 * recorded with the change that caused it and delivered in the background with retries; after
 * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
 * operator.
 *
 * @generated from service pec.v1.NotificationService
 */
export const NotificationService = /*@__PURE__*/ serviceDesc(file_pec_v1_notification_service, 0);
//# sourceMappingURL=notification_service_pb.js.map