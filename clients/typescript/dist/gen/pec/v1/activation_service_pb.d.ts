import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { ActivationRequest, ActivationState, Assignment, Mailbox, RowError } from "./resources_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/activation_service.proto.
 */
export declare const file_pec_v1_activation_service: GenFile;
/**
 * CreateActivationRequestRequest is the input of CreateActivationRequest.
 *
 * @generated from message pec.v1.CreateActivationRequestRequest
 */
export type CreateActivationRequestRequest = Message<"pec.v1.CreateActivationRequestRequest"> & {
    /**
     * Optional. A client-chosen id (1 to 64 characters of `A-Z a-z 0-9 - _`, a UUID is ideal)
     * that makes the call safe to retry: a repeat with the same id and payload returns the first
     * answer; the same id with another payload is refused with ALREADY_EXISTS
     * (reason REQUEST_ID_REUSED). Ids are kept for 7 days, per API key.
     *
     * @generated from field: string request_id = 1;
     */
    requestId: string;
    /**
     * Required. Codice fiscale of the member.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
    /**
     * Optional. The mailbox domain, one of the convention's domains; default `tsrm-pstrp.org`.
     *
     * @generated from field: string domain = 3;
     */
    domain: string;
};
/**
 * Describes the message pec.v1.CreateActivationRequestRequest.
 * Use `create(CreateActivationRequestRequestSchema)` to create a new message.
 */
export declare const CreateActivationRequestRequestSchema: GenMessage<CreateActivationRequestRequest>;
/**
 * CreateActivationRequestResponse is the output of CreateActivationRequest.
 *
 * @generated from message pec.v1.CreateActivationRequestResponse
 */
export type CreateActivationRequestResponse = Message<"pec.v1.CreateActivationRequestResponse"> & {
    /**
     * The recorded request, in state RICHIESTA, with its reserved address.
     *
     * @generated from field: pec.v1.ActivationRequest activation_request = 1;
     */
    activationRequest?: ActivationRequest | undefined;
};
/**
 * Describes the message pec.v1.CreateActivationRequestResponse.
 * Use `create(CreateActivationRequestResponseSchema)` to create a new message.
 */
export declare const CreateActivationRequestResponseSchema: GenMessage<CreateActivationRequestResponse>;
/**
 * BatchCreateActivationRequestsRequest is the input of BatchCreateActivationRequests.
 *
 * @generated from message pec.v1.BatchCreateActivationRequestsRequest
 */
export type BatchCreateActivationRequestsRequest = Message<"pec.v1.BatchCreateActivationRequestsRequest"> & {
    /**
     * Required. The requests, 1 to 1000; each may carry its own `request_id`.
     *
     * @generated from field: repeated pec.v1.CreateActivationRequestRequest requests = 1;
     */
    requests: CreateActivationRequestRequest[];
};
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsRequest.
 * Use `create(BatchCreateActivationRequestsRequestSchema)` to create a new message.
 */
export declare const BatchCreateActivationRequestsRequestSchema: GenMessage<BatchCreateActivationRequestsRequest>;
/**
 * BatchCreateActivationRequestsResponse is the output of BatchCreateActivationRequests.
 *
 * @generated from message pec.v1.BatchCreateActivationRequestsResponse
 */
export type BatchCreateActivationRequestsResponse = Message<"pec.v1.BatchCreateActivationRequestsResponse"> & {
    /**
     * One result per request, in the order sent.
     *
     * @generated from field: repeated pec.v1.BatchCreateActivationRequestsResult results = 1;
     */
    results: BatchCreateActivationRequestsResult[];
};
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsResponse.
 * Use `create(BatchCreateActivationRequestsResponseSchema)` to create a new message.
 */
export declare const BatchCreateActivationRequestsResponseSchema: GenMessage<BatchCreateActivationRequestsResponse>;
/**
 * BatchCreateActivationRequestsResult is the outcome of one item of a batch.
 *
 * @generated from message pec.v1.BatchCreateActivationRequestsResult
 */
export type BatchCreateActivationRequestsResult = Message<"pec.v1.BatchCreateActivationRequestsResult"> & {
    /**
     * The outcome: the created request, or why it was refused.
     *
     * @generated from oneof pec.v1.BatchCreateActivationRequestsResult.result
     */
    result: {
        /**
         * The recorded request.
         *
         * @generated from field: pec.v1.ActivationRequest activation_request = 1;
         */
        value: ActivationRequest;
        case: "activationRequest";
    } | {
        /**
         * Why this item was refused (its `index` is its position in the batch).
         *
         * @generated from field: pec.v1.RowError error = 2;
         */
        value: RowError;
        case: "error";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsResult.
 * Use `create(BatchCreateActivationRequestsResultSchema)` to create a new message.
 */
export declare const BatchCreateActivationRequestsResultSchema: GenMessage<BatchCreateActivationRequestsResult>;
/**
 * GetActivationRequestRequest is the input of GetActivationRequest.
 *
 * @generated from message pec.v1.GetActivationRequestRequest
 */
export type GetActivationRequestRequest = Message<"pec.v1.GetActivationRequestRequest"> & {
    /**
     * Required. The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message pec.v1.GetActivationRequestRequest.
 * Use `create(GetActivationRequestRequestSchema)` to create a new message.
 */
export declare const GetActivationRequestRequestSchema: GenMessage<GetActivationRequestRequest>;
/**
 * GetActivationRequestResponse is the output of GetActivationRequest.
 *
 * @generated from message pec.v1.GetActivationRequestResponse
 */
export type GetActivationRequestResponse = Message<"pec.v1.GetActivationRequestResponse"> & {
    /**
     * The request.
     *
     * @generated from field: pec.v1.ActivationRequest activation_request = 1;
     */
    activationRequest?: ActivationRequest | undefined;
};
/**
 * Describes the message pec.v1.GetActivationRequestResponse.
 * Use `create(GetActivationRequestResponseSchema)` to create a new message.
 */
export declare const GetActivationRequestResponseSchema: GenMessage<GetActivationRequestResponse>;
/**
 * ListActivationRequestsRequest is the input of ListActivationRequests.
 *
 * @generated from message pec.v1.ListActivationRequestsRequest
 */
export type ListActivationRequestsRequest = Message<"pec.v1.ListActivationRequestsRequest"> & {
    /**
     * Optional. Maximum number of requests to return: default 50, at most 1000.
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
     * Optional. Only requests of this Ordine. An ordine key always sees only its own.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Optional. Only requests in this state.
     *
     * @generated from field: pec.v1.ActivationState state = 4;
     */
    state: ActivationState;
    /**
     * Optional. Only requests for this member.
     *
     * @generated from field: string codice_fiscale = 5;
     */
    codiceFiscale: string;
};
/**
 * Describes the message pec.v1.ListActivationRequestsRequest.
 * Use `create(ListActivationRequestsRequestSchema)` to create a new message.
 */
export declare const ListActivationRequestsRequestSchema: GenMessage<ListActivationRequestsRequest>;
/**
 * ListActivationRequestsResponse is the output of ListActivationRequests.
 *
 * @generated from message pec.v1.ListActivationRequestsResponse
 */
export type ListActivationRequestsResponse = Message<"pec.v1.ListActivationRequestsResponse"> & {
    /**
     * The requests of this page, newest first.
     *
     * @generated from field: repeated pec.v1.ActivationRequest activation_requests = 1;
     */
    activationRequests: ActivationRequest[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListActivationRequestsResponse.
 * Use `create(ListActivationRequestsResponseSchema)` to create a new message.
 */
export declare const ListActivationRequestsResponseSchema: GenMessage<ListActivationRequestsResponse>;
/**
 * CancelActivationRequestRequest is the input of CancelActivationRequest.
 *
 * @generated from message pec.v1.CancelActivationRequestRequest
 */
export type CancelActivationRequestRequest = Message<"pec.v1.CancelActivationRequestRequest"> & {
    /**
     * Required. The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message pec.v1.CancelActivationRequestRequest.
 * Use `create(CancelActivationRequestRequestSchema)` to create a new message.
 */
export declare const CancelActivationRequestRequestSchema: GenMessage<CancelActivationRequestRequest>;
/**
 * CancelActivationRequestResponse is the output of CancelActivationRequest.
 *
 * @generated from message pec.v1.CancelActivationRequestResponse
 */
export type CancelActivationRequestResponse = Message<"pec.v1.CancelActivationRequestResponse"> & {
    /**
     * The request, now ANNULLATA.
     *
     * @generated from field: pec.v1.ActivationRequest activation_request = 1;
     */
    activationRequest?: ActivationRequest | undefined;
};
/**
 * Describes the message pec.v1.CancelActivationRequestResponse.
 * Use `create(CancelActivationRequestResponseSchema)` to create a new message.
 */
export declare const CancelActivationRequestResponseSchema: GenMessage<CancelActivationRequestResponse>;
/**
 * ListAssignmentsRequest is the input of ListAssignments.
 *
 * @generated from message pec.v1.ListAssignmentsRequest
 */
export type ListAssignmentsRequest = Message<"pec.v1.ListAssignmentsRequest"> & {
    /**
     * Required. Codice fiscale of the member whose user area is shown.
     *
     * @generated from field: string codice_fiscale = 1;
     */
    codiceFiscale: string;
};
/**
 * Describes the message pec.v1.ListAssignmentsRequest.
 * Use `create(ListAssignmentsRequestSchema)` to create a new message.
 */
export declare const ListAssignmentsRequestSchema: GenMessage<ListAssignmentsRequest>;
/**
 * ListAssignmentsResponse is the output of ListAssignments.
 *
 * @generated from message pec.v1.ListAssignmentsResponse
 */
export type ListAssignmentsResponse = Message<"pec.v1.ListAssignmentsResponse"> & {
    /**
     * The member's mailboxes waiting for acceptance (usually zero or one).
     *
     * @generated from field: repeated pec.v1.Assignment assignments = 1;
     */
    assignments: Assignment[];
};
/**
 * Describes the message pec.v1.ListAssignmentsResponse.
 * Use `create(ListAssignmentsResponseSchema)` to create a new message.
 */
export declare const ListAssignmentsResponseSchema: GenMessage<ListAssignmentsResponse>;
/**
 * AcceptAssignmentRequest is the input of AcceptAssignment.
 *
 * @generated from message pec.v1.AcceptAssignmentRequest
 */
export type AcceptAssignmentRequest = Message<"pec.v1.AcceptAssignmentRequest"> & {
    /**
     * Required. The activation request shown in the assignment.
     *
     * @generated from field: string activation_request_id = 1;
     */
    activationRequestId: string;
    /**
     * Required. Codice fiscale of the member accepting; must be the request's member.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
};
/**
 * Describes the message pec.v1.AcceptAssignmentRequest.
 * Use `create(AcceptAssignmentRequestSchema)` to create a new message.
 */
export declare const AcceptAssignmentRequestSchema: GenMessage<AcceptAssignmentRequest>;
/**
 * AcceptAssignmentResponse is the output of AcceptAssignment.
 *
 * @generated from message pec.v1.AcceptAssignmentResponse
 */
export type AcceptAssignmentResponse = Message<"pec.v1.AcceptAssignmentResponse"> & {
    /**
     * The request, now ACCETTATA.
     *
     * @generated from field: pec.v1.ActivationRequest activation_request = 1;
     */
    activationRequest?: ActivationRequest | undefined;
    /**
     * The mailbox, now ATTIVO.
     *
     * @generated from field: pec.v1.Mailbox mailbox = 2;
     */
    mailbox?: Mailbox | undefined;
};
/**
 * Describes the message pec.v1.AcceptAssignmentResponse.
 * Use `create(AcceptAssignmentResponseSchema)` to create a new message.
 */
export declare const AcceptAssignmentResponseSchema: GenMessage<AcceptAssignmentResponse>;
/**
 * DeclineAssignmentRequest is the input of DeclineAssignment.
 *
 * @generated from message pec.v1.DeclineAssignmentRequest
 */
export type DeclineAssignmentRequest = Message<"pec.v1.DeclineAssignmentRequest"> & {
    /**
     * Required. The activation request shown in the assignment.
     *
     * @generated from field: string activation_request_id = 1;
     */
    activationRequestId: string;
    /**
     * Required. Codice fiscale of the member declining; must be the request's member.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
    /**
     * Optional. Why the member declines, up to 500 characters.
     *
     * @generated from field: string reason = 3;
     */
    reason: string;
};
/**
 * Describes the message pec.v1.DeclineAssignmentRequest.
 * Use `create(DeclineAssignmentRequestSchema)` to create a new message.
 */
export declare const DeclineAssignmentRequestSchema: GenMessage<DeclineAssignmentRequest>;
/**
 * DeclineAssignmentResponse is the output of DeclineAssignment.
 *
 * @generated from message pec.v1.DeclineAssignmentResponse
 */
export type DeclineAssignmentResponse = Message<"pec.v1.DeclineAssignmentResponse"> & {
    /**
     * The request, now RIFIUTATA.
     *
     * @generated from field: pec.v1.ActivationRequest activation_request = 1;
     */
    activationRequest?: ActivationRequest | undefined;
};
/**
 * Describes the message pec.v1.DeclineAssignmentResponse.
 * Use `create(DeclineAssignmentResponseSchema)` to create a new message.
 */
export declare const DeclineAssignmentResponseSchema: GenMessage<DeclineAssignmentResponse>;
/**
 * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
 * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
 * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
 *
 * @generated from service pec.v1.ActivationService
 */
export declare const ActivationService: GenService<{
    /**
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     *
     * @generated from rpc pec.v1.ActivationService.CreateActivationRequest
     */
    createActivationRequest: {
        methodKind: "unary";
        input: typeof CreateActivationRequestRequestSchema;
        output: typeof CreateActivationRequestResponseSchema;
    };
    /**
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     *
     * @generated from rpc pec.v1.ActivationService.BatchCreateActivationRequests
     */
    batchCreateActivationRequests: {
        methodKind: "unary";
        input: typeof BatchCreateActivationRequestsRequestSchema;
        output: typeof BatchCreateActivationRequestsResponseSchema;
    };
    /**
     * GetActivationRequest returns one activation request by id.
     *
     * @generated from rpc pec.v1.ActivationService.GetActivationRequest
     */
    getActivationRequest: {
        methodKind: "unary";
        input: typeof GetActivationRequestRequestSchema;
        output: typeof GetActivationRequestResponseSchema;
    };
    /**
     * ListActivationRequests lists activation requests, newest first.
     *
     * @generated from rpc pec.v1.ActivationService.ListActivationRequests
     */
    listActivationRequests: {
        methodKind: "unary";
        input: typeof ListActivationRequestsRequestSchema;
        output: typeof ListActivationRequestsResponseSchema;
    };
    /**
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     *
     * @generated from rpc pec.v1.ActivationService.CancelActivationRequest
     */
    cancelActivationRequest: {
        methodKind: "unary";
        input: typeof CancelActivationRequestRequestSchema;
        output: typeof CancelActivationRequestResponseSchema;
    };
    /**
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     *
     * @generated from rpc pec.v1.ActivationService.ListAssignments
     */
    listAssignments: {
        methodKind: "unary";
        input: typeof ListAssignmentsRequestSchema;
        output: typeof ListAssignmentsResponseSchema;
    };
    /**
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     *
     * @generated from rpc pec.v1.ActivationService.AcceptAssignment
     */
    acceptAssignment: {
        methodKind: "unary";
        input: typeof AcceptAssignmentRequestSchema;
        output: typeof AcceptAssignmentResponseSchema;
    };
    /**
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     *
     * @generated from rpc pec.v1.ActivationService.DeclineAssignment
     */
    declineAssignment: {
        methodKind: "unary";
        input: typeof DeclineAssignmentRequestSchema;
        output: typeof DeclineAssignmentResponseSchema;
    };
}>;
