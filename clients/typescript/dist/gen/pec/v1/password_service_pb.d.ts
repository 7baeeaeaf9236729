import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/password_service.proto.
 */
export declare const file_pec_v1_password_service: GenFile;
/**
 * RequestPasswordResetRequest is the input of RequestPasswordReset.
 *
 * @generated from message pec.v1.RequestPasswordResetRequest
 */
export type RequestPasswordResetRequest = Message<"pec.v1.RequestPasswordResetRequest"> & {
    /**
     * Required. The PEC mailbox address (the username).
     *
     * @generated from field: string mailbox_address = 1;
     */
    mailboxAddress: string;
    /**
     * The holder's codice fiscale. Exactly one of `codice_fiscale` and `partita_iva` is required.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
    /**
     * The holder's partita IVA, for members registered with one.
     *
     * @generated from field: string partita_iva = 3;
     */
    partitaIva: string;
};
/**
 * Describes the message pec.v1.RequestPasswordResetRequest.
 * Use `create(RequestPasswordResetRequestSchema)` to create a new message.
 */
export declare const RequestPasswordResetRequestSchema: GenMessage<RequestPasswordResetRequest>;
/**
 * RequestPasswordResetResponse is the output of RequestPasswordReset.
 *
 * @generated from message pec.v1.RequestPasswordResetResponse
 */
export type RequestPasswordResetResponse = Message<"pec.v1.RequestPasswordResetResponse"> & {
    /**
     * The personal email the link was sent to, masked as `fa*********@gmail.com`; empty when
     * the details did not match.
     *
     * @generated from field: string masked_email = 1;
     */
    maskedEmail: string;
    /**
     * A message for the member, in Italian.
     *
     * @generated from field: string message_it = 2;
     */
    messageIt: string;
};
/**
 * Describes the message pec.v1.RequestPasswordResetResponse.
 * Use `create(RequestPasswordResetResponseSchema)` to create a new message.
 */
export declare const RequestPasswordResetResponseSchema: GenMessage<RequestPasswordResetResponse>;
/**
 * CompletePasswordResetRequest is the input of CompletePasswordReset.
 *
 * @generated from message pec.v1.CompletePasswordResetRequest
 */
export type CompletePasswordResetRequest = Message<"pec.v1.CompletePasswordResetRequest"> & {
    /**
     * Required. The token from the link (`?token=…`).
     *
     * @generated from field: string token = 1;
     */
    token: string;
    /**
     * Required. The new password: 10 to 128 characters, not containing the mailbox name, the
     * codice fiscale or the member's names, not a common password, not the current one.
     *
     * @generated from field: string new_password = 2;
     */
    newPassword: string;
};
/**
 * Describes the message pec.v1.CompletePasswordResetRequest.
 * Use `create(CompletePasswordResetRequestSchema)` to create a new message.
 */
export declare const CompletePasswordResetRequestSchema: GenMessage<CompletePasswordResetRequest>;
/**
 * CompletePasswordResetResponse is the output of CompletePasswordReset.
 *
 * @generated from message pec.v1.CompletePasswordResetResponse
 */
export type CompletePasswordResetResponse = Message<"pec.v1.CompletePasswordResetResponse"> & {
    /**
     * The mailbox whose password was set.
     *
     * @generated from field: string mailbox_address = 1;
     */
    mailboxAddress: string;
};
/**
 * Describes the message pec.v1.CompletePasswordResetResponse.
 * Use `create(CompletePasswordResetResponseSchema)` to create a new message.
 */
export declare const CompletePasswordResetResponseSchema: GenMessage<CompletePasswordResetResponse>;
/**
 * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
 * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
 * minutes) to the personal email on record. Either link's token completes with
 * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
 * albo, admin.
 *
 * @generated from service pec.v1.PasswordService
 */
export declare const PasswordService: GenService<{
    /**
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     *
     * @generated from rpc pec.v1.PasswordService.RequestPasswordReset
     */
    requestPasswordReset: {
        methodKind: "unary";
        input: typeof RequestPasswordResetRequestSchema;
        output: typeof RequestPasswordResetResponseSchema;
    };
    /**
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     *
     * @generated from rpc pec.v1.PasswordService.CompletePasswordReset
     */
    completePasswordReset: {
        methodKind: "unary";
        input: typeof CompletePasswordResetRequestSchema;
        output: typeof CompletePasswordResetResponseSchema;
    };
}>;
