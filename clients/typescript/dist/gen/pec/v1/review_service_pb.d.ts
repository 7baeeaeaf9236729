import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { ContactChange, ContactChangeState, DocumentSide, IdentityDocumentImage } from "./contact_change_service_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/review_service.proto.
 */
export declare const file_pec_v1_review_service: GenFile;
/**
 * ContactChangeForReview is a change as an operator sees it.
 *
 * @generated from message pec.v1.ContactChangeForReview
 */
export type ContactChangeForReview = Message<"pec.v1.ContactChangeForReview"> & {
    /**
     * The change as the member filled it in.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
    /**
     * The holder's codice fiscale.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
    /**
     * The Ordine of the holder.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * The recovery email of record now (to be replaced).
     *
     * @generated from field: string current_recovery_email = 4;
     */
    currentRecoveryEmail: string;
    /**
     * The mobile number of record now, if any.
     *
     * @generated from field: string current_mobile_number = 5;
     */
    currentMobileNumber: string;
    /**
     * Given name in the register.
     *
     * @generated from field: string register_given_name = 6;
     */
    registerGivenName: string;
    /**
     * Family name in the register.
     *
     * @generated from field: string register_family_name = 7;
     */
    registerFamilyName: string;
    /**
     * Whether the review is past its due time.
     *
     * @generated from field: bool overdue = 8;
     */
    overdue: boolean;
    /**
     * Why it was rejected, once rejected.
     *
     * @generated from field: pec.v1.RejectionReason rejection_reason = 9;
     */
    rejectionReason: RejectionReason;
    /**
     * The operator's explanation, once rejected.
     *
     * @generated from field: string rejection_text = 10;
     */
    rejectionText: string;
    /**
     * The API key id of the operator who decided.
     *
     * @generated from field: string decided_by = 11;
     */
    decidedBy: string;
    /**
     * Whether the identity images were deleted (retention period over).
     *
     * @generated from field: bool images_deleted = 12;
     */
    imagesDeleted: boolean;
};
/**
 * Describes the message pec.v1.ContactChangeForReview.
 * Use `create(ContactChangeForReviewSchema)` to create a new message.
 */
export declare const ContactChangeForReviewSchema: GenMessage<ContactChangeForReview>;
/**
 * ListContactChangesRequest is the input of ListContactChanges.
 *
 * @generated from message pec.v1.ListContactChangesRequest
 */
export type ListContactChangesRequest = Message<"pec.v1.ListContactChangesRequest"> & {
    /**
     * Filter by state; default UNDER_REVIEW.
     *
     * @generated from field: pec.v1.ContactChangeState state = 1;
     */
    state: ContactChangeState;
    /**
     * Page size, default 50, at most 1000.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * The `next_page_token` of the previous page.
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
};
/**
 * Describes the message pec.v1.ListContactChangesRequest.
 * Use `create(ListContactChangesRequestSchema)` to create a new message.
 */
export declare const ListContactChangesRequestSchema: GenMessage<ListContactChangesRequest>;
/**
 * ListContactChangesResponse is the output of ListContactChanges.
 *
 * @generated from message pec.v1.ListContactChangesResponse
 */
export type ListContactChangesResponse = Message<"pec.v1.ListContactChangesResponse"> & {
    /**
     * The changes, overdue and oldest due first (for other states: oldest first).
     *
     * @generated from field: repeated pec.v1.ContactChangeForReview changes = 1;
     */
    changes: ContactChangeForReview[];
    /**
     * Token of the next page; empty on the last one.
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
    /**
     * How many changes under review are past their due time, over the whole queue (also
     * exported as the Prometheus gauge `pecd_contact_changes_overdue`).
     *
     * @generated from field: int64 overdue_count = 3;
     */
    overdueCount: bigint;
};
/**
 * Describes the message pec.v1.ListContactChangesResponse.
 * Use `create(ListContactChangesResponseSchema)` to create a new message.
 */
export declare const ListContactChangesResponseSchema: GenMessage<ListContactChangesResponse>;
/**
 * GetContactChangeForReviewRequest is the input of GetContactChangeForReview.
 *
 * @generated from message pec.v1.GetContactChangeForReviewRequest
 */
export type GetContactChangeForReviewRequest = Message<"pec.v1.GetContactChangeForReviewRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
};
/**
 * Describes the message pec.v1.GetContactChangeForReviewRequest.
 * Use `create(GetContactChangeForReviewRequestSchema)` to create a new message.
 */
export declare const GetContactChangeForReviewRequestSchema: GenMessage<GetContactChangeForReviewRequest>;
/**
 * GetContactChangeForReviewResponse is the output of GetContactChangeForReview.
 *
 * @generated from message pec.v1.GetContactChangeForReviewResponse
 */
export type GetContactChangeForReviewResponse = Message<"pec.v1.GetContactChangeForReviewResponse"> & {
    /**
     * The change.
     *
     * @generated from field: pec.v1.ContactChangeForReview review = 1;
     */
    review?: ContactChangeForReview | undefined;
};
/**
 * Describes the message pec.v1.GetContactChangeForReviewResponse.
 * Use `create(GetContactChangeForReviewResponseSchema)` to create a new message.
 */
export declare const GetContactChangeForReviewResponseSchema: GenMessage<GetContactChangeForReviewResponse>;
/**
 * DownloadIdentityDocumentRequest is the input of DownloadIdentityDocument.
 *
 * @generated from message pec.v1.DownloadIdentityDocumentRequest
 */
export type DownloadIdentityDocumentRequest = Message<"pec.v1.DownloadIdentityDocumentRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The side.
     *
     * @generated from field: pec.v1.DocumentSide side = 2;
     */
    side: DocumentSide;
};
/**
 * Describes the message pec.v1.DownloadIdentityDocumentRequest.
 * Use `create(DownloadIdentityDocumentRequestSchema)` to create a new message.
 */
export declare const DownloadIdentityDocumentRequestSchema: GenMessage<DownloadIdentityDocumentRequest>;
/**
 * DownloadIdentityDocumentResponse is one message of the image stream.
 *
 * @generated from message pec.v1.DownloadIdentityDocumentResponse
 */
export type DownloadIdentityDocumentResponse = Message<"pec.v1.DownloadIdentityDocumentResponse"> & {
    /**
     * The next bytes of the JPEG image.
     *
     * @generated from field: bytes chunk = 1;
     */
    chunk: Uint8Array;
    /**
     * First message only: the image's description (size, SHA-256) to check the download.
     *
     * @generated from field: pec.v1.IdentityDocumentImage document = 2;
     */
    document?: IdentityDocumentImage | undefined;
};
/**
 * Describes the message pec.v1.DownloadIdentityDocumentResponse.
 * Use `create(DownloadIdentityDocumentResponseSchema)` to create a new message.
 */
export declare const DownloadIdentityDocumentResponseSchema: GenMessage<DownloadIdentityDocumentResponse>;
/**
 * ApproveContactChangeRequest is the input of ApproveContactChange.
 *
 * @generated from message pec.v1.ApproveContactChangeRequest
 */
export type ApproveContactChangeRequest = Message<"pec.v1.ApproveContactChangeRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
};
/**
 * Describes the message pec.v1.ApproveContactChangeRequest.
 * Use `create(ApproveContactChangeRequestSchema)` to create a new message.
 */
export declare const ApproveContactChangeRequestSchema: GenMessage<ApproveContactChangeRequest>;
/**
 * ApproveContactChangeResponse is the output of ApproveContactChange.
 *
 * @generated from message pec.v1.ApproveContactChangeResponse
 */
export type ApproveContactChangeResponse = Message<"pec.v1.ApproveContactChangeResponse"> & {
    /**
     * The change, APPROVED.
     *
     * @generated from field: pec.v1.ContactChangeForReview review = 1;
     */
    review?: ContactChangeForReview | undefined;
};
/**
 * Describes the message pec.v1.ApproveContactChangeResponse.
 * Use `create(ApproveContactChangeResponseSchema)` to create a new message.
 */
export declare const ApproveContactChangeResponseSchema: GenMessage<ApproveContactChangeResponse>;
/**
 * RejectContactChangeRequest is the input of RejectContactChange.
 *
 * @generated from message pec.v1.RejectContactChangeRequest
 */
export type RejectContactChangeRequest = Message<"pec.v1.RejectContactChangeRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. Why.
     *
     * @generated from field: pec.v1.RejectionReason reason = 2;
     */
    reason: RejectionReason;
    /**
     * Required. An explanation for the member, in Italian (at most 1000 characters).
     *
     * @generated from field: string text = 3;
     */
    text: string;
};
/**
 * Describes the message pec.v1.RejectContactChangeRequest.
 * Use `create(RejectContactChangeRequestSchema)` to create a new message.
 */
export declare const RejectContactChangeRequestSchema: GenMessage<RejectContactChangeRequest>;
/**
 * RejectContactChangeResponse is the output of RejectContactChange.
 *
 * @generated from message pec.v1.RejectContactChangeResponse
 */
export type RejectContactChangeResponse = Message<"pec.v1.RejectContactChangeResponse"> & {
    /**
     * The change, REJECTED.
     *
     * @generated from field: pec.v1.ContactChangeForReview review = 1;
     */
    review?: ContactChangeForReview | undefined;
};
/**
 * Describes the message pec.v1.RejectContactChangeResponse.
 * Use `create(RejectContactChangeResponseSchema)` to create a new message.
 */
export declare const RejectContactChangeResponseSchema: GenMessage<RejectContactChangeResponse>;
/**
 * RejectionReason says why a change was rejected.
 *
 * @generated from enum pec.v1.RejectionReason
 */
export declare enum RejectionReason {
    /**
     * Not set; never valid.
     *
     * @generated from enum value: REJECTION_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The images of the identity document cannot be read.
     *
     * @generated from enum value: REJECTION_REASON_DOCUMENT_UNREADABLE = 1;
     */
    DOCUMENT_UNREADABLE = 1,
    /**
     * The document is expired.
     *
     * @generated from enum value: REJECTION_REASON_DOCUMENT_EXPIRED = 2;
     */
    DOCUMENT_EXPIRED = 2,
    /**
     * The document does not belong to the mailbox's holder.
     *
     * @generated from enum value: REJECTION_REASON_HOLDER_MISMATCH = 3;
     */
    HOLDER_MISMATCH = 3,
    /**
     * The details given disagree with the document.
     *
     * @generated from enum value: REJECTION_REASON_DETAILS_MISMATCH = 4;
     */
    DETAILS_MISMATCH = 4,
    /**
     * Another reason, explained in the text.
     *
     * @generated from enum value: REJECTION_REASON_OTHER = 5;
     */
    OTHER = 5
}
/**
 * Describes the enum pec.v1.RejectionReason.
 */
export declare const RejectionReasonSchema: GenEnum<RejectionReason>;
/**
 * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
 * submission; approval applies the new recovery email, mobile number and residence to the
 * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
 * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
 * admin.
 *
 * @generated from service pec.v1.ReviewService
 */
export declare const ReviewService: GenService<{
    /**
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     *
     * @generated from rpc pec.v1.ReviewService.ListContactChanges
     */
    listContactChanges: {
        methodKind: "unary";
        input: typeof ListContactChangesRequestSchema;
        output: typeof ListContactChangesResponseSchema;
    };
    /**
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     *
     * @generated from rpc pec.v1.ReviewService.GetContactChangeForReview
     */
    getContactChangeForReview: {
        methodKind: "unary";
        input: typeof GetContactChangeForReviewRequestSchema;
        output: typeof GetContactChangeForReviewResponseSchema;
    };
    /**
     * DownloadIdentityDocument streams one side's image (decrypted, its SHA-256 checked) in
     * chunks of up to 64 KiB. NOT_FOUND once the images were deleted.
     *
     * @generated from rpc pec.v1.ReviewService.DownloadIdentityDocument
     */
    downloadIdentityDocument: {
        methodKind: "server_streaming";
        input: typeof DownloadIdentityDocumentRequestSchema;
        output: typeof DownloadIdentityDocumentResponseSchema;
    };
    /**
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     *
     * @generated from rpc pec.v1.ReviewService.ApproveContactChange
     */
    approveContactChange: {
        methodKind: "unary";
        input: typeof ApproveContactChangeRequestSchema;
        output: typeof ApproveContactChangeResponseSchema;
    };
    /**
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     *
     * @generated from rpc pec.v1.ReviewService.RejectContactChange
     */
    rejectContactChange: {
        methodKind: "unary";
        input: typeof RejectContactChangeRequestSchema;
        output: typeof RejectContactChangeResponseSchema;
    };
}>;
