// The federation operators' review of contact-detail changes.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_pec_v1_contact_change_service } from "./contact_change_service_pb.js";
/**
 * Describes the file pec/v1/review_service.proto.
 */
export const file_pec_v1_review_service = /*@__PURE__*/ fileDesc("ChtwZWMvdjEvcmV2aWV3X3NlcnZpY2UucHJvdG8SBnBlYy52MSLuAgoWQ29udGFjdENoYW5nZUZvclJldmlldxIlCgZjaGFuZ2UYASABKAsyFS5wZWMudjEuQ29udGFjdENoYW5nZRIWCg5jb2RpY2VfZmlzY2FsZRgCIAEoCRITCgtvcmRpbmVfY29kZRgDIAEoCRIeChZjdXJyZW50X3JlY292ZXJ5X2VtYWlsGAQgASgJEh0KFWN1cnJlbnRfbW9iaWxlX251bWJlchgFIAEoCRIbChNyZWdpc3Rlcl9naXZlbl9uYW1lGAYgASgJEhwKFHJlZ2lzdGVyX2ZhbWlseV9uYW1lGAcgASgJEg8KB292ZXJkdWUYCCABKAgSMQoQcmVqZWN0aW9uX3JlYXNvbhgJIAEoDjIXLnBlYy52MS5SZWplY3Rpb25SZWFzb24SFgoOcmVqZWN0aW9uX3RleHQYCiABKAkSEgoKZGVjaWRlZF9ieRgLIAEoCRIWCg5pbWFnZXNfZGVsZXRlZBgMIAEoCCJtChlMaXN0Q29udGFjdENoYW5nZXNSZXF1ZXN0EikKBXN0YXRlGAEgASgOMhoucGVjLnYxLkNvbnRhY3RDaGFuZ2VTdGF0ZRIRCglwYWdlX3NpemUYAiABKAUSEgoKcGFnZV90b2tlbhgDIAEoCSJ9ChpMaXN0Q29udGFjdENoYW5nZXNSZXNwb25zZRIvCgdjaGFuZ2VzGAEgAygLMh4ucGVjLnYxLkNvbnRhY3RDaGFuZ2VGb3JSZXZpZXcSFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJEhUKDW92ZXJkdWVfY291bnQYAyABKAMiNQogR2V0Q29udGFjdENoYW5nZUZvclJldmlld1JlcXVlc3QSEQoJY2hhbmdlX2lkGAEgASgJIlMKIUdldENvbnRhY3RDaGFuZ2VGb3JSZXZpZXdSZXNwb25zZRIuCgZyZXZpZXcYASABKAsyHi5wZWMudjEuQ29udGFjdENoYW5nZUZvclJldmlldyJYCh9Eb3dubG9hZElkZW50aXR5RG9jdW1lbnRSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCRIiCgRzaWRlGAIgASgOMhQucGVjLnYxLkRvY3VtZW50U2lkZSJiCiBEb3dubG9hZElkZW50aXR5RG9jdW1lbnRSZXNwb25zZRINCgVjaHVuaxgBIAEoDBIvCghkb2N1bWVudBgCIAEoCzIdLnBlYy52MS5JZGVudGl0eURvY3VtZW50SW1hZ2UiMAobQXBwcm92ZUNvbnRhY3RDaGFuZ2VSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCSJOChxBcHByb3ZlQ29udGFjdENoYW5nZVJlc3BvbnNlEi4KBnJldmlldxgBIAEoCzIeLnBlYy52MS5Db250YWN0Q2hhbmdlRm9yUmV2aWV3ImYKGlJlamVjdENvbnRhY3RDaGFuZ2VSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCRInCgZyZWFzb24YAiABKA4yFy5wZWMudjEuUmVqZWN0aW9uUmVhc29uEgwKBHRleHQYAyABKAkiTQobUmVqZWN0Q29udGFjdENoYW5nZVJlc3BvbnNlEi4KBnJldmlldxgBIAEoCzIeLnBlYy52MS5Db250YWN0Q2hhbmdlRm9yUmV2aWV3Ku0BCg9SZWplY3Rpb25SZWFzb24SIAocUkVKRUNUSU9OX1JFQVNPTl9VTlNQRUNJRklFRBAAEigKJFJFSkVDVElPTl9SRUFTT05fRE9DVU1FTlRfVU5SRUFEQUJMRRABEiUKIVJFSkVDVElPTl9SRUFTT05fRE9DVU1FTlRfRVhQSVJFRBACEiQKIFJFSkVDVElPTl9SRUFTT05fSE9MREVSX01JU01BVENIEAMSJQohUkVKRUNUSU9OX1JFQVNPTl9ERVRBSUxTX01JU01BVENIEAQSGgoWUkVKRUNUSU9OX1JFQVNPTl9PVEhFUhAFMpIECg1SZXZpZXdTZXJ2aWNlElsKEkxpc3RDb250YWN0Q2hhbmdlcxIhLnBlYy52MS5MaXN0Q29udGFjdENoYW5nZXNSZXF1ZXN0GiIucGVjLnYxLkxpc3RDb250YWN0Q2hhbmdlc1Jlc3BvbnNlEnAKGUdldENvbnRhY3RDaGFuZ2VGb3JSZXZpZXcSKC5wZWMudjEuR2V0Q29udGFjdENoYW5nZUZvclJldmlld1JlcXVlc3QaKS5wZWMudjEuR2V0Q29udGFjdENoYW5nZUZvclJldmlld1Jlc3BvbnNlEm8KGERvd25sb2FkSWRlbnRpdHlEb2N1bWVudBInLnBlYy52MS5Eb3dubG9hZElkZW50aXR5RG9jdW1lbnRSZXF1ZXN0GigucGVjLnYxLkRvd25sb2FkSWRlbnRpdHlEb2N1bWVudFJlc3BvbnNlMAESYQoUQXBwcm92ZUNvbnRhY3RDaGFuZ2USIy5wZWMudjEuQXBwcm92ZUNvbnRhY3RDaGFuZ2VSZXF1ZXN0GiQucGVjLnYxLkFwcHJvdmVDb250YWN0Q2hhbmdlUmVzcG9uc2USXgoTUmVqZWN0Q29udGFjdENoYW5nZRIiLnBlYy52MS5SZWplY3RDb250YWN0Q2hhbmdlUmVxdWVzdBojLnBlYy52MS5SZWplY3RDb250YWN0Q2hhbmdlUmVzcG9uc2VCnQEKFG9yZy50c3JtcHN0cnAucGVjLnYxQhJSZXZpZXdTZXJ2aWNlUHJvdG9QAVoqcGVjLnRzcm0tcHN0cnAub3JnL2NsaWVudHMvZ28vcGVjL3YxO3BlY3YxqgIGUGVjLlYxygIQVHNybVBzdHJwXFBlY1xWMeICHFRzcm1Qc3RycFxQZWNcR1BCTWV0YWRhdGFcVjHqAgdQZWM6OlYxYgZwcm90bzM", [file_pec_v1_contact_change_service]);
/**
 * Describes the message pec.v1.ContactChangeForReview.
 * Use `create(ContactChangeForReviewSchema)` to create a new message.
 */
export const ContactChangeForReviewSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 0);
/**
 * Describes the message pec.v1.ListContactChangesRequest.
 * Use `create(ListContactChangesRequestSchema)` to create a new message.
 */
export const ListContactChangesRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 1);
/**
 * Describes the message pec.v1.ListContactChangesResponse.
 * Use `create(ListContactChangesResponseSchema)` to create a new message.
 */
export const ListContactChangesResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 2);
/**
 * Describes the message pec.v1.GetContactChangeForReviewRequest.
 * Use `create(GetContactChangeForReviewRequestSchema)` to create a new message.
 */
export const GetContactChangeForReviewRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 3);
/**
 * Describes the message pec.v1.GetContactChangeForReviewResponse.
 * Use `create(GetContactChangeForReviewResponseSchema)` to create a new message.
 */
export const GetContactChangeForReviewResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 4);
/**
 * Describes the message pec.v1.DownloadIdentityDocumentRequest.
 * Use `create(DownloadIdentityDocumentRequestSchema)` to create a new message.
 */
export const DownloadIdentityDocumentRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 5);
/**
 * Describes the message pec.v1.DownloadIdentityDocumentResponse.
 * Use `create(DownloadIdentityDocumentResponseSchema)` to create a new message.
 */
export const DownloadIdentityDocumentResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 6);
/**
 * Describes the message pec.v1.ApproveContactChangeRequest.
 * Use `create(ApproveContactChangeRequestSchema)` to create a new message.
 */
export const ApproveContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 7);
/**
 * Describes the message pec.v1.ApproveContactChangeResponse.
 * Use `create(ApproveContactChangeResponseSchema)` to create a new message.
 */
export const ApproveContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 8);
/**
 * Describes the message pec.v1.RejectContactChangeRequest.
 * Use `create(RejectContactChangeRequestSchema)` to create a new message.
 */
export const RejectContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 9);
/**
 * Describes the message pec.v1.RejectContactChangeResponse.
 * Use `create(RejectContactChangeResponseSchema)` to create a new message.
 */
export const RejectContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_review_service, 10);
/**
 * RejectionReason says why a change was rejected.
 *
 * @generated from enum pec.v1.RejectionReason
 */
export var RejectionReason;
(function (RejectionReason) {
    /**
     * Not set; never valid.
     *
     * @generated from enum value: REJECTION_REASON_UNSPECIFIED = 0;
     */
    RejectionReason[RejectionReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The images of the identity document cannot be read.
     *
     * @generated from enum value: REJECTION_REASON_DOCUMENT_UNREADABLE = 1;
     */
    RejectionReason[RejectionReason["DOCUMENT_UNREADABLE"] = 1] = "DOCUMENT_UNREADABLE";
    /**
     * The document is expired.
     *
     * @generated from enum value: REJECTION_REASON_DOCUMENT_EXPIRED = 2;
     */
    RejectionReason[RejectionReason["DOCUMENT_EXPIRED"] = 2] = "DOCUMENT_EXPIRED";
    /**
     * The document does not belong to the mailbox's holder.
     *
     * @generated from enum value: REJECTION_REASON_HOLDER_MISMATCH = 3;
     */
    RejectionReason[RejectionReason["HOLDER_MISMATCH"] = 3] = "HOLDER_MISMATCH";
    /**
     * The details given disagree with the document.
     *
     * @generated from enum value: REJECTION_REASON_DETAILS_MISMATCH = 4;
     */
    RejectionReason[RejectionReason["DETAILS_MISMATCH"] = 4] = "DETAILS_MISMATCH";
    /**
     * Another reason, explained in the text.
     *
     * @generated from enum value: REJECTION_REASON_OTHER = 5;
     */
    RejectionReason[RejectionReason["OTHER"] = 5] = "OTHER";
})(RejectionReason || (RejectionReason = {}));
/**
 * Describes the enum pec.v1.RejectionReason.
 */
export const RejectionReasonSchema = /*@__PURE__*/ enumDesc(file_pec_v1_review_service, 0);
/**
 * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
 * submission; approval applies the new recovery email, mobile number and residence to the
 * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
 * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
 * admin.
 *
 * @generated from service pec.v1.ReviewService
 */
export const ReviewService = /*@__PURE__*/ serviceDesc(file_pec_v1_review_service, 0);
//# sourceMappingURL=review_service_pb.js.map