import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/notification_service.proto.
 */
export declare const file_pec_v1_notification_service: GenFile;
/**
 * Notification is one message of the outbox.
 *
 * @generated from message pec.v1.Notification
 */
export type Notification = Message<"pec.v1.Notification"> & {
    /**
     * Server-assigned identifier (a UUID).
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * `EMAIL` (SMS in later versions).
     *
     * @generated from field: string channel = 2;
     */
    channel: string;
    /**
     * Which message it is, e.g. `assignment_pending`, `mailbox_suspended`.
     *
     * @generated from field: string template = 3;
     */
    template: string;
    /**
     * The recipient's address.
     *
     * @generated from field: string recipient = 4;
     */
    recipient: string;
    /**
     * The subject line.
     *
     * @generated from field: string subject = 5;
     */
    subject: string;
    /**
     * The Message-ID header, stable across retries so that duplicates can be recognised.
     *
     * @generated from field: string message_id = 6;
     */
    messageId: string;
    /**
     * Delivery state.
     *
     * @generated from field: pec.v1.NotificationState state = 7;
     */
    state: NotificationState;
    /**
     * Delivery attempts so far.
     *
     * @generated from field: int32 attempts = 8;
     */
    attempts: number;
    /**
     * The last delivery error, if any.
     *
     * @generated from field: string last_error = 9;
     */
    lastError: string;
    /**
     * What the message is about, e.g. `mailbox` or `activation_request`.
     *
     * @generated from field: string related_type = 10;
     */
    relatedType: string;
    /**
     * The id or address of that resource.
     *
     * @generated from field: string related_id = 11;
     */
    relatedId: string;
    /**
     * When the message was queued.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 12;
     */
    createTime?: Timestamp | undefined;
    /**
     * When it was delivered, if it was.
     *
     * @generated from field: google.protobuf.Timestamp send_time = 13;
     */
    sendTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.Notification.
 * Use `create(NotificationSchema)` to create a new message.
 */
export declare const NotificationSchema: GenMessage<Notification>;
/**
 * ListNotificationsRequest is the input of ListNotifications.
 *
 * @generated from message pec.v1.ListNotificationsRequest
 */
export type ListNotificationsRequest = Message<"pec.v1.ListNotificationsRequest"> & {
    /**
     * Optional. Maximum number of notifications to return: default 50, at most 1000.
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
     * Optional. Only notifications in this state.
     *
     * @generated from field: pec.v1.NotificationState state = 3;
     */
    state: NotificationState;
};
/**
 * Describes the message pec.v1.ListNotificationsRequest.
 * Use `create(ListNotificationsRequestSchema)` to create a new message.
 */
export declare const ListNotificationsRequestSchema: GenMessage<ListNotificationsRequest>;
/**
 * ListNotificationsResponse is the output of ListNotifications.
 *
 * @generated from message pec.v1.ListNotificationsResponse
 */
export type ListNotificationsResponse = Message<"pec.v1.ListNotificationsResponse"> & {
    /**
     * The notifications of this page, newest first.
     *
     * @generated from field: repeated pec.v1.Notification notifications = 1;
     */
    notifications: Notification[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListNotificationsResponse.
 * Use `create(ListNotificationsResponseSchema)` to create a new message.
 */
export declare const ListNotificationsResponseSchema: GenMessage<ListNotificationsResponse>;
/**
 * RetryNotificationRequest is the input of RetryNotification.
 *
 * @generated from message pec.v1.RetryNotificationRequest
 */
export type RetryNotificationRequest = Message<"pec.v1.RetryNotificationRequest"> & {
    /**
     * Required. The notification's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message pec.v1.RetryNotificationRequest.
 * Use `create(RetryNotificationRequestSchema)` to create a new message.
 */
export declare const RetryNotificationRequestSchema: GenMessage<RetryNotificationRequest>;
/**
 * RetryNotificationResponse is the output of RetryNotification.
 *
 * @generated from message pec.v1.RetryNotificationResponse
 */
export type RetryNotificationResponse = Message<"pec.v1.RetryNotificationResponse"> & {
    /**
     * The notification, now PENDING again.
     *
     * @generated from field: pec.v1.Notification notification = 1;
     */
    notification?: Notification | undefined;
};
/**
 * Describes the message pec.v1.RetryNotificationResponse.
 * Use `create(RetryNotificationResponseSchema)` to create a new message.
 */
export declare const RetryNotificationResponseSchema: GenMessage<RetryNotificationResponse>;
/**
 * NotificationState is the delivery state of a notification.
 *
 * @generated from enum pec.v1.NotificationState
 */
export declare enum NotificationState {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: NOTIFICATION_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Waiting for (another) delivery attempt.
     *
     * @generated from enum value: NOTIFICATION_STATE_PENDING = 1;
     */
    PENDING = 1,
    /**
     * Accepted by the mail server (or written to the local outbox folder).
     *
     * @generated from enum value: NOTIFICATION_STATE_SENT = 2;
     */
    SENT = 2,
    /**
     * Every attempt failed, or the server refused it for good; see `last_error`.
     *
     * @generated from enum value: NOTIFICATION_STATE_FAILED = 3;
     */
    FAILED = 3
}
/**
 * Describes the enum pec.v1.NotificationState.
 */
export declare const NotificationStateSchema: GenEnum<NotificationState>;
/**
 * NotificationService lets operators watch the outbox and retry what failed. Every message is
 * recorded with the change that caused it and delivered in the background with retries; after
 * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
 * operator.
 *
 * @generated from service pec.v1.NotificationService
 */
export declare const NotificationService: GenService<{
    /**
     * ListNotifications lists notifications, newest first.
     *
     * @generated from rpc pec.v1.NotificationService.ListNotifications
     */
    listNotifications: {
        methodKind: "unary";
        input: typeof ListNotificationsRequestSchema;
        output: typeof ListNotificationsResponseSchema;
    };
    /**
     * RetryNotification queues a FAILED notification again.
     *
     * @generated from rpc pec.v1.NotificationService.RetryNotification
     */
    retryNotification: {
        methodKind: "unary";
        input: typeof RetryNotificationRequestSchema;
        output: typeof RetryNotificationResponseSchema;
    };
}>;
