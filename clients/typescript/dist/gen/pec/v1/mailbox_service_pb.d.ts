import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Mailbox, MailboxState } from "./resources_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/mailbox_service.proto.
 */
export declare const file_pec_v1_mailbox_service: GenFile;
/**
 * GetMailboxRequest is the input of GetMailbox.
 *
 * @generated from message pec.v1.GetMailboxRequest
 */
export type GetMailboxRequest = Message<"pec.v1.GetMailboxRequest"> & {
    /**
     * Required. The mailbox address (any case).
     *
     * @generated from field: string address = 1;
     */
    address: string;
};
/**
 * Describes the message pec.v1.GetMailboxRequest.
 * Use `create(GetMailboxRequestSchema)` to create a new message.
 */
export declare const GetMailboxRequestSchema: GenMessage<GetMailboxRequest>;
/**
 * GetMailboxResponse is the output of GetMailbox.
 *
 * @generated from message pec.v1.GetMailboxResponse
 */
export type GetMailboxResponse = Message<"pec.v1.GetMailboxResponse"> & {
    /**
     * The mailbox.
     *
     * @generated from field: pec.v1.Mailbox mailbox = 1;
     */
    mailbox?: Mailbox | undefined;
};
/**
 * Describes the message pec.v1.GetMailboxResponse.
 * Use `create(GetMailboxResponseSchema)` to create a new message.
 */
export declare const GetMailboxResponseSchema: GenMessage<GetMailboxResponse>;
/**
 * ListMailboxesRequest is the input of ListMailboxes.
 *
 * @generated from message pec.v1.ListMailboxesRequest
 */
export type ListMailboxesRequest = Message<"pec.v1.ListMailboxesRequest"> & {
    /**
     * Optional. Maximum number of mailboxes to return: default 50, at most 1000.
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
     * Optional. Only mailboxes of this Ordine. An ordine key always sees only its own.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Optional. Only mailboxes in this state.
     *
     * @generated from field: pec.v1.MailboxState state = 4;
     */
    state: MailboxState;
    /**
     * Optional. Only mailboxes of this member.
     *
     * @generated from field: string codice_fiscale = 5;
     */
    codiceFiscale: string;
};
/**
 * Describes the message pec.v1.ListMailboxesRequest.
 * Use `create(ListMailboxesRequestSchema)` to create a new message.
 */
export declare const ListMailboxesRequestSchema: GenMessage<ListMailboxesRequest>;
/**
 * ListMailboxesResponse is the output of ListMailboxes.
 *
 * @generated from message pec.v1.ListMailboxesResponse
 */
export type ListMailboxesResponse = Message<"pec.v1.ListMailboxesResponse"> & {
    /**
     * The mailboxes of this page, ordered by address.
     *
     * @generated from field: repeated pec.v1.Mailbox mailboxes = 1;
     */
    mailboxes: Mailbox[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListMailboxesResponse.
 * Use `create(ListMailboxesResponseSchema)` to create a new message.
 */
export declare const ListMailboxesResponseSchema: GenMessage<ListMailboxesResponse>;
/**
 * SuspendMailboxRequest is the input of SuspendMailbox.
 *
 * @generated from message pec.v1.SuspendMailboxRequest
 */
export type SuspendMailboxRequest = Message<"pec.v1.SuspendMailboxRequest"> & {
    /**
     * Required. The mailbox address.
     *
     * @generated from field: string address = 1;
     */
    address: string;
    /**
     * Optional. Why, up to 500 characters; kept on the mailbox and in the audit trail.
     *
     * @generated from field: string note = 2;
     */
    note: string;
};
/**
 * Describes the message pec.v1.SuspendMailboxRequest.
 * Use `create(SuspendMailboxRequestSchema)` to create a new message.
 */
export declare const SuspendMailboxRequestSchema: GenMessage<SuspendMailboxRequest>;
/**
 * SuspendMailboxResponse is the output of SuspendMailbox.
 *
 * @generated from message pec.v1.SuspendMailboxResponse
 */
export type SuspendMailboxResponse = Message<"pec.v1.SuspendMailboxResponse"> & {
    /**
     * The mailbox, now SOSPESO.
     *
     * @generated from field: pec.v1.Mailbox mailbox = 1;
     */
    mailbox?: Mailbox | undefined;
};
/**
 * Describes the message pec.v1.SuspendMailboxResponse.
 * Use `create(SuspendMailboxResponseSchema)` to create a new message.
 */
export declare const SuspendMailboxResponseSchema: GenMessage<SuspendMailboxResponse>;
/**
 * ReactivateMailboxRequest is the input of ReactivateMailbox.
 *
 * @generated from message pec.v1.ReactivateMailboxRequest
 */
export type ReactivateMailboxRequest = Message<"pec.v1.ReactivateMailboxRequest"> & {
    /**
     * Required. The mailbox address.
     *
     * @generated from field: string address = 1;
     */
    address: string;
};
/**
 * Describes the message pec.v1.ReactivateMailboxRequest.
 * Use `create(ReactivateMailboxRequestSchema)` to create a new message.
 */
export declare const ReactivateMailboxRequestSchema: GenMessage<ReactivateMailboxRequest>;
/**
 * ReactivateMailboxResponse is the output of ReactivateMailbox.
 *
 * @generated from message pec.v1.ReactivateMailboxResponse
 */
export type ReactivateMailboxResponse = Message<"pec.v1.ReactivateMailboxResponse"> & {
    /**
     * The mailbox, now ATTIVO.
     *
     * @generated from field: pec.v1.Mailbox mailbox = 1;
     */
    mailbox?: Mailbox | undefined;
};
/**
 * Describes the message pec.v1.ReactivateMailboxResponse.
 * Use `create(ReactivateMailboxResponseSchema)` to create a new message.
 */
export declare const ReactivateMailboxResponseSchema: GenMessage<ReactivateMailboxResponse>;
/**
 * CloseMailboxRequest is the input of CloseMailbox.
 *
 * @generated from message pec.v1.CloseMailboxRequest
 */
export type CloseMailboxRequest = Message<"pec.v1.CloseMailboxRequest"> & {
    /**
     * Required. The mailbox address.
     *
     * @generated from field: string address = 1;
     */
    address: string;
    /**
     * Optional. Why, up to 500 characters; kept in the audit trail.
     *
     * @generated from field: string note = 2;
     */
    note: string;
};
/**
 * Describes the message pec.v1.CloseMailboxRequest.
 * Use `create(CloseMailboxRequestSchema)` to create a new message.
 */
export declare const CloseMailboxRequestSchema: GenMessage<CloseMailboxRequest>;
/**
 * CloseMailboxResponse is the output of CloseMailbox.
 *
 * @generated from message pec.v1.CloseMailboxResponse
 */
export type CloseMailboxResponse = Message<"pec.v1.CloseMailboxResponse"> & {
    /**
     * The mailbox, now CESSATO.
     *
     * @generated from field: pec.v1.Mailbox mailbox = 1;
     */
    mailbox?: Mailbox | undefined;
};
/**
 * Describes the message pec.v1.CloseMailboxResponse.
 * Use `create(CloseMailboxResponseSchema)` to create a new message.
 */
export declare const CloseMailboxResponseSchema: GenMessage<CloseMailboxResponse>;
/**
 * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
 * ATTIVO → CESSATO. A closed address is never given to anyone else.
 *
 * @generated from service pec.v1.MailboxService
 */
export declare const MailboxService: GenService<{
    /**
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     *
     * @generated from rpc pec.v1.MailboxService.GetMailbox
     */
    getMailbox: {
        methodKind: "unary";
        input: typeof GetMailboxRequestSchema;
        output: typeof GetMailboxResponseSchema;
    };
    /**
     * ListMailboxes lists mailboxes ordered by address.
     *
     * @generated from rpc pec.v1.MailboxService.ListMailboxes
     */
    listMailboxes: {
        methodKind: "unary";
        input: typeof ListMailboxesRequestSchema;
        output: typeof ListMailboxesResponseSchema;
    };
    /**
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     *
     * @generated from rpc pec.v1.MailboxService.SuspendMailbox
     */
    suspendMailbox: {
        methodKind: "unary";
        input: typeof SuspendMailboxRequestSchema;
        output: typeof SuspendMailboxResponseSchema;
    };
    /**
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     *
     * @generated from rpc pec.v1.MailboxService.ReactivateMailbox
     */
    reactivateMailbox: {
        methodKind: "unary";
        input: typeof ReactivateMailboxRequestSchema;
        output: typeof ReactivateMailboxResponseSchema;
    };
    /**
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     *
     * @generated from rpc pec.v1.MailboxService.CloseMailbox
     */
    closeMailbox: {
        methodKind: "unary";
        input: typeof CloseMailboxRequestSchema;
        output: typeof CloseMailboxResponseSchema;
    };
}>;
