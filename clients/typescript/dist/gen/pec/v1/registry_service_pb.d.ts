import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { FieldMask } from "@bufbuild/protobuf/wkt";
import type { Member, Ordine, RegisterStatus, RowError } from "./resources_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/registry_service.proto.
 */
export declare const file_pec_v1_registry_service: GenFile;
/**
 * CreateOrdineRequest is the input of CreateOrdine.
 *
 * @generated from message pec.v1.CreateOrdineRequest
 */
export type CreateOrdineRequest = Message<"pec.v1.CreateOrdineRequest"> & {
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
     * Required. The Ordine to create; output-only fields are ignored.
     *
     * @generated from field: pec.v1.Ordine ordine = 2;
     */
    ordine?: Ordine | undefined;
};
/**
 * Describes the message pec.v1.CreateOrdineRequest.
 * Use `create(CreateOrdineRequestSchema)` to create a new message.
 */
export declare const CreateOrdineRequestSchema: GenMessage<CreateOrdineRequest>;
/**
 * CreateOrdineResponse is the output of CreateOrdine.
 *
 * @generated from message pec.v1.CreateOrdineResponse
 */
export type CreateOrdineResponse = Message<"pec.v1.CreateOrdineResponse"> & {
    /**
     * The created Ordine.
     *
     * @generated from field: pec.v1.Ordine ordine = 1;
     */
    ordine?: Ordine | undefined;
};
/**
 * Describes the message pec.v1.CreateOrdineResponse.
 * Use `create(CreateOrdineResponseSchema)` to create a new message.
 */
export declare const CreateOrdineResponseSchema: GenMessage<CreateOrdineResponse>;
/**
 * GetOrdineRequest is the input of GetOrdine.
 *
 * @generated from message pec.v1.GetOrdineRequest
 */
export type GetOrdineRequest = Message<"pec.v1.GetOrdineRequest"> & {
    /**
     * Required. The Ordine's code.
     *
     * @generated from field: string code = 1;
     */
    code: string;
};
/**
 * Describes the message pec.v1.GetOrdineRequest.
 * Use `create(GetOrdineRequestSchema)` to create a new message.
 */
export declare const GetOrdineRequestSchema: GenMessage<GetOrdineRequest>;
/**
 * GetOrdineResponse is the output of GetOrdine.
 *
 * @generated from message pec.v1.GetOrdineResponse
 */
export type GetOrdineResponse = Message<"pec.v1.GetOrdineResponse"> & {
    /**
     * The Ordine.
     *
     * @generated from field: pec.v1.Ordine ordine = 1;
     */
    ordine?: Ordine | undefined;
};
/**
 * Describes the message pec.v1.GetOrdineResponse.
 * Use `create(GetOrdineResponseSchema)` to create a new message.
 */
export declare const GetOrdineResponseSchema: GenMessage<GetOrdineResponse>;
/**
 * ListOrdiniRequest is the input of ListOrdini.
 *
 * @generated from message pec.v1.ListOrdiniRequest
 */
export type ListOrdiniRequest = Message<"pec.v1.ListOrdiniRequest"> & {
    /**
     * Optional. Maximum number of Ordini to return: default 50, at most 1000.
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
     * Optional. If true, only Ordini that adhere to the convention.
     *
     * @generated from field: bool adhering_only = 3;
     */
    adheringOnly: boolean;
};
/**
 * Describes the message pec.v1.ListOrdiniRequest.
 * Use `create(ListOrdiniRequestSchema)` to create a new message.
 */
export declare const ListOrdiniRequestSchema: GenMessage<ListOrdiniRequest>;
/**
 * ListOrdiniResponse is the output of ListOrdini.
 *
 * @generated from message pec.v1.ListOrdiniResponse
 */
export type ListOrdiniResponse = Message<"pec.v1.ListOrdiniResponse"> & {
    /**
     * The Ordini of this page, ordered by code.
     *
     * @generated from field: repeated pec.v1.Ordine ordini = 1;
     */
    ordini: Ordine[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListOrdiniResponse.
 * Use `create(ListOrdiniResponseSchema)` to create a new message.
 */
export declare const ListOrdiniResponseSchema: GenMessage<ListOrdiniResponse>;
/**
 * UpdateOrdineRequest is the input of UpdateOrdine.
 *
 * @generated from message pec.v1.UpdateOrdineRequest
 */
export type UpdateOrdineRequest = Message<"pec.v1.UpdateOrdineRequest"> & {
    /**
     * Required. The Ordine with its new values; `code` selects the Ordine.
     *
     * @generated from field: pec.v1.Ordine ordine = 1;
     */
    ordine?: Ordine | undefined;
    /**
     * Optional. The fields to change, among `name`, `pec_address`, `adheres_to_convention`,
     * `convention_since`. Empty means all of them.
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 2;
     */
    updateMask?: FieldMask | undefined;
};
/**
 * Describes the message pec.v1.UpdateOrdineRequest.
 * Use `create(UpdateOrdineRequestSchema)` to create a new message.
 */
export declare const UpdateOrdineRequestSchema: GenMessage<UpdateOrdineRequest>;
/**
 * UpdateOrdineResponse is the output of UpdateOrdine.
 *
 * @generated from message pec.v1.UpdateOrdineResponse
 */
export type UpdateOrdineResponse = Message<"pec.v1.UpdateOrdineResponse"> & {
    /**
     * The Ordine as now stored.
     *
     * @generated from field: pec.v1.Ordine ordine = 1;
     */
    ordine?: Ordine | undefined;
};
/**
 * Describes the message pec.v1.UpdateOrdineResponse.
 * Use `create(UpdateOrdineResponseSchema)` to create a new message.
 */
export declare const UpdateOrdineResponseSchema: GenMessage<UpdateOrdineResponse>;
/**
 * UpsertMemberRequest is the input of UpsertMember.
 *
 * @generated from message pec.v1.UpsertMemberRequest
 */
export type UpsertMemberRequest = Message<"pec.v1.UpsertMemberRequest"> & {
    /**
     * Optional. A client-chosen id that makes the call safe to retry (see CreateOrdineRequest).
     *
     * @generated from field: string request_id = 1;
     */
    requestId: string;
    /**
     * Required. The member's full record; output-only fields are ignored.
     *
     * @generated from field: pec.v1.Member member = 2;
     */
    member?: Member | undefined;
};
/**
 * Describes the message pec.v1.UpsertMemberRequest.
 * Use `create(UpsertMemberRequestSchema)` to create a new message.
 */
export declare const UpsertMemberRequestSchema: GenMessage<UpsertMemberRequest>;
/**
 * UpsertMemberResponse is the output of UpsertMember.
 *
 * @generated from message pec.v1.UpsertMemberResponse
 */
export type UpsertMemberResponse = Message<"pec.v1.UpsertMemberResponse"> & {
    /**
     * The member as now stored.
     *
     * @generated from field: pec.v1.Member member = 1;
     */
    member?: Member | undefined;
    /**
     * Whether the member was created (true) or already existed (false).
     *
     * @generated from field: bool created = 2;
     */
    created: boolean;
};
/**
 * Describes the message pec.v1.UpsertMemberResponse.
 * Use `create(UpsertMemberResponseSchema)` to create a new message.
 */
export declare const UpsertMemberResponseSchema: GenMessage<UpsertMemberResponse>;
/**
 * SyncMembersRequest is one message of the SyncMembers stream.
 *
 * @generated from message pec.v1.SyncMembersRequest
 */
export type SyncMembersRequest = Message<"pec.v1.SyncMembersRequest"> & {
    /**
     * Members to upsert; send up to 1000 per message. Rows are numbered across the whole stream
     * in the order sent.
     *
     * @generated from field: repeated pec.v1.Member members = 1;
     */
    members: Member[];
};
/**
 * Describes the message pec.v1.SyncMembersRequest.
 * Use `create(SyncMembersRequestSchema)` to create a new message.
 */
export declare const SyncMembersRequestSchema: GenMessage<SyncMembersRequest>;
/**
 * SyncMembersResponse summarises a SyncMembers stream.
 *
 * @generated from message pec.v1.SyncMembersResponse
 */
export type SyncMembersResponse = Message<"pec.v1.SyncMembersResponse"> & {
    /**
     * Rows that created a new member.
     *
     * @generated from field: int64 created = 1;
     */
    created: bigint;
    /**
     * Rows that changed an existing member.
     *
     * @generated from field: int64 updated = 2;
     */
    updated: bigint;
    /**
     * Rows identical to the stored member.
     *
     * @generated from field: int64 unchanged = 3;
     */
    unchanged: bigint;
    /**
     * Rows refused.
     *
     * @generated from field: int64 rejected = 4;
     */
    rejected: bigint;
    /**
     * The refused rows with their reasons, in stream order: at most the first 1,000 (fewer if
     * their texts pass 2 MiB), so the reply stays under the 4 MiB that gRPC clients accept by
     * default; `rejected` is the exact count. To get the rest, fix the listed rows and send the
     * stream again: applied rows come back unchanged and the next refused rows are listed.
     *
     * @generated from field: repeated pec.v1.RowError rejected_rows = 5;
     */
    rejectedRows: RowError[];
};
/**
 * Describes the message pec.v1.SyncMembersResponse.
 * Use `create(SyncMembersResponseSchema)` to create a new message.
 */
export declare const SyncMembersResponseSchema: GenMessage<SyncMembersResponse>;
/**
 * GetMemberRequest is the input of GetMember.
 *
 * @generated from message pec.v1.GetMemberRequest
 */
export type GetMemberRequest = Message<"pec.v1.GetMemberRequest"> & {
    /**
     * Required. The member's codice fiscale (any case).
     *
     * @generated from field: string codice_fiscale = 1;
     */
    codiceFiscale: string;
};
/**
 * Describes the message pec.v1.GetMemberRequest.
 * Use `create(GetMemberRequestSchema)` to create a new message.
 */
export declare const GetMemberRequestSchema: GenMessage<GetMemberRequest>;
/**
 * GetMemberResponse is the output of GetMember.
 *
 * @generated from message pec.v1.GetMemberResponse
 */
export type GetMemberResponse = Message<"pec.v1.GetMemberResponse"> & {
    /**
     * The member.
     *
     * @generated from field: pec.v1.Member member = 1;
     */
    member?: Member | undefined;
};
/**
 * Describes the message pec.v1.GetMemberResponse.
 * Use `create(GetMemberResponseSchema)` to create a new message.
 */
export declare const GetMemberResponseSchema: GenMessage<GetMemberResponse>;
/**
 * ListMembersRequest is the input of ListMembers.
 *
 * @generated from message pec.v1.ListMembersRequest
 */
export type ListMembersRequest = Message<"pec.v1.ListMembersRequest"> & {
    /**
     * Optional. Maximum number of members to return: default 50, at most 1000.
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
     * Optional. Only members of this Ordine. An ordine key always sees only its own.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Optional. Only members with this standing.
     *
     * @generated from field: pec.v1.RegisterStatus register_status = 4;
     */
    registerStatus: RegisterStatus;
};
/**
 * Describes the message pec.v1.ListMembersRequest.
 * Use `create(ListMembersRequestSchema)` to create a new message.
 */
export declare const ListMembersRequestSchema: GenMessage<ListMembersRequest>;
/**
 * ListMembersResponse is the output of ListMembers.
 *
 * @generated from message pec.v1.ListMembersResponse
 */
export type ListMembersResponse = Message<"pec.v1.ListMembersResponse"> & {
    /**
     * The members of this page, ordered by codice fiscale.
     *
     * @generated from field: repeated pec.v1.Member members = 1;
     */
    members: Member[];
    /**
     * Token for the next page; empty on the last page.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message pec.v1.ListMembersResponse.
 * Use `create(ListMembersResponseSchema)` to create a new message.
 */
export declare const ListMembersResponseSchema: GenMessage<ListMembersResponse>;
/**
 * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
 * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
 * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
 *
 * @generated from service pec.v1.RegistryService
 */
export declare const RegistryService: GenService<{
    /**
     * CreateOrdine records a new Ordine. Callers: admin.
     *
     * @generated from rpc pec.v1.RegistryService.CreateOrdine
     */
    createOrdine: {
        methodKind: "unary";
        input: typeof CreateOrdineRequestSchema;
        output: typeof CreateOrdineResponseSchema;
    };
    /**
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     *
     * @generated from rpc pec.v1.RegistryService.GetOrdine
     */
    getOrdine: {
        methodKind: "unary";
        input: typeof GetOrdineRequestSchema;
        output: typeof GetOrdineResponseSchema;
    };
    /**
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     *
     * @generated from rpc pec.v1.RegistryService.ListOrdini
     */
    listOrdini: {
        methodKind: "unary";
        input: typeof ListOrdiniRequestSchema;
        output: typeof ListOrdiniResponseSchema;
    };
    /**
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     *
     * @generated from rpc pec.v1.RegistryService.UpdateOrdine
     */
    updateOrdine: {
        methodKind: "unary";
        input: typeof UpdateOrdineRequestSchema;
        output: typeof UpdateOrdineResponseSchema;
    };
    /**
     * UpsertMember creates or updates one member. Callers: admin, albo.
     *
     * @generated from rpc pec.v1.RegistryService.UpsertMember
     */
    upsertMember: {
        methodKind: "unary";
        input: typeof UpsertMemberRequestSchema;
        output: typeof UpsertMemberResponseSchema;
    };
    /**
     * SyncMembers upserts members in bulk from a client stream. Bad rows are reported in the
     * response and do not stop the stream; good rows are applied in batches as they arrive.
     * Members absent from the stream are left as they are. Callers: admin, albo.
     *
     * @generated from rpc pec.v1.RegistryService.SyncMembers
     */
    syncMembers: {
        methodKind: "client_streaming";
        input: typeof SyncMembersRequestSchema;
        output: typeof SyncMembersResponseSchema;
    };
    /**
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     *
     * @generated from rpc pec.v1.RegistryService.GetMember
     */
    getMember: {
        methodKind: "unary";
        input: typeof GetMemberRequestSchema;
        output: typeof GetMemberResponseSchema;
    };
    /**
     * ListMembers lists members ordered by codice fiscale.
     *
     * @generated from rpc pec.v1.RegistryService.ListMembers
     */
    listMembers: {
        methodKind: "unary";
        input: typeof ListMembersRequestSchema;
        output: typeof ListMembersResponseSchema;
    };
}>;
