import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Residence } from "./resources_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/contact_change_service.proto.
 */
export declare const file_pec_v1_contact_change_service: GenFile;
/**
 * IdentityDocumentImage describes a stored side of the identity document (never its bytes).
 *
 * @generated from message pec.v1.IdentityDocumentImage
 */
export type IdentityDocumentImage = Message<"pec.v1.IdentityDocumentImage"> & {
    /**
     * The side.
     *
     * @generated from field: pec.v1.DocumentSide side = 1;
     */
    side: DocumentSide;
    /**
     * Size of the stored (metadata-free) JPEG, in bytes.
     *
     * @generated from field: int64 size_bytes = 2;
     */
    sizeBytes: bigint;
    /**
     * Width in pixels.
     *
     * @generated from field: int32 width = 3;
     */
    width: number;
    /**
     * Height in pixels.
     *
     * @generated from field: int32 height = 4;
     */
    height: number;
    /**
     * SHA-256 of the stored JPEG, lowercase hex.
     *
     * @generated from field: string sha256 = 5;
     */
    sha256: string;
    /**
     * Metadata segments (EXIF, XMP, comments…) removed from the upload.
     *
     * @generated from field: int32 removed_metadata_segments = 6;
     */
    removedMetadataSegments: number;
};
/**
 * Describes the message pec.v1.IdentityDocumentImage.
 * Use `create(IdentityDocumentImageSchema)` to create a new message.
 */
export declare const IdentityDocumentImageSchema: GenMessage<IdentityDocumentImage>;
/**
 * ContactChange is a request to change a mailbox's contact details, as the member sees it.
 *
 * @generated from message pec.v1.ContactChange
 */
export type ContactChange = Message<"pec.v1.ContactChange"> & {
    /**
     * The change id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The mailbox the change is for.
     *
     * @generated from field: string mailbox_address = 2;
     */
    mailboxAddress: string;
    /**
     * Where the change stands.
     *
     * @generated from field: pec.v1.ContactChangeState state = 3;
     */
    state: ContactChangeState;
    /**
     * The step the wizard expects next; unspecified once submitted.
     *
     * @generated from field: pec.v1.ContactChangeStep next_step = 4;
     */
    nextStep: ContactChangeStep;
    /**
     * The holder's given name, as set with SetHolderDetails.
     *
     * @generated from field: string given_name = 5;
     */
    givenName: string;
    /**
     * The holder's family name, as set with SetHolderDetails.
     *
     * @generated from field: string family_name = 6;
     */
    familyName: string;
    /**
     * The holder's residence, as set with SetHolderDetails.
     *
     * @generated from field: pec.v1.Residence residence = 7;
     */
    residence?: Residence | undefined;
    /**
     * The uploaded sides of the identity document.
     *
     * @generated from field: repeated pec.v1.IdentityDocumentImage documents = 8;
     */
    documents: IdentityDocumentImage[];
    /**
     * When the change was started.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 9;
     */
    createTime?: Timestamp | undefined;
    /**
     * When a draft expires if not submitted.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 10;
     */
    expireTime?: Timestamp | undefined;
    /**
     * The new recovery email, as set with SetRecoveryEmail.
     *
     * @generated from field: string recovery_email = 11;
     */
    recoveryEmail: string;
    /**
     * Whether the new recovery email was verified with its code.
     *
     * @generated from field: bool recovery_email_verified = 12;
     */
    recoveryEmailVerified: boolean;
    /**
     * The new mobile number, E.164.
     *
     * @generated from field: string mobile_number = 13;
     */
    mobileNumber: string;
    /**
     * Whether the new mobile number was verified with its SMS code (the change is then
     * submitted).
     *
     * @generated from field: bool mobile_number_verified = 14;
     */
    mobileNumberVerified: boolean;
    /**
     * When the change was submitted for review.
     *
     * @generated from field: google.protobuf.Timestamp submit_time = 15;
     */
    submitTime?: Timestamp | undefined;
    /**
     * When the review is due: 3 days after submission.
     *
     * @generated from field: google.protobuf.Timestamp due_time = 16;
     */
    dueTime?: Timestamp | undefined;
    /**
     * When the change was decided (approved, rejected or cancelled).
     *
     * @generated from field: google.protobuf.Timestamp decide_time = 17;
     */
    decideTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.ContactChange.
 * Use `create(ContactChangeSchema)` to create a new message.
 */
export declare const ContactChangeSchema: GenMessage<ContactChange>;
/**
 * StartContactChangeRequest is the input of StartContactChange.
 *
 * @generated from message pec.v1.StartContactChangeRequest
 */
export type StartContactChangeRequest = Message<"pec.v1.StartContactChangeRequest"> & {
    /**
     * Required. The PEC mailbox address.
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
    /**
     * The captcha token the front end obtained (ignored when the server's captcha is disabled).
     *
     * @generated from field: string captcha_token = 4;
     */
    captchaToken: string;
    /**
     * The member's IP address as the front end saw it, passed to the captcha service.
     *
     * @generated from field: string remote_ip = 5;
     */
    remoteIp: string;
};
/**
 * Describes the message pec.v1.StartContactChangeRequest.
 * Use `create(StartContactChangeRequestSchema)` to create a new message.
 */
export declare const StartContactChangeRequestSchema: GenMessage<StartContactChangeRequest>;
/**
 * StartContactChangeResponse is the output of StartContactChange.
 *
 * @generated from message pec.v1.StartContactChangeResponse
 */
export type StartContactChangeResponse = Message<"pec.v1.StartContactChangeResponse"> & {
    /**
     * The new change, a draft.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
    /**
     * The change secret: every later call needs it with the id. Shown only here; the server
     * keeps only its hash. Keep it in the member's session only.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
};
/**
 * Describes the message pec.v1.StartContactChangeResponse.
 * Use `create(StartContactChangeResponseSchema)` to create a new message.
 */
export declare const StartContactChangeResponseSchema: GenMessage<StartContactChangeResponse>;
/**
 * SetHolderDetailsRequest is the input of SetHolderDetails.
 *
 * @generated from message pec.v1.SetHolderDetailsRequest
 */
export type SetHolderDetailsRequest = Message<"pec.v1.SetHolderDetailsRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. The holder's given name(s), as on the identity document.
     *
     * @generated from field: string given_name = 3;
     */
    givenName: string;
    /**
     * Required. The holder's family name(s), as on the identity document.
     *
     * @generated from field: string family_name = 4;
     */
    familyName: string;
    /**
     * Required. The holder's residence.
     *
     * @generated from field: pec.v1.Residence residence = 5;
     */
    residence?: Residence | undefined;
};
/**
 * Describes the message pec.v1.SetHolderDetailsRequest.
 * Use `create(SetHolderDetailsRequestSchema)` to create a new message.
 */
export declare const SetHolderDetailsRequestSchema: GenMessage<SetHolderDetailsRequest>;
/**
 * SetHolderDetailsResponse is the output of SetHolderDetails.
 *
 * @generated from message pec.v1.SetHolderDetailsResponse
 */
export type SetHolderDetailsResponse = Message<"pec.v1.SetHolderDetailsResponse"> & {
    /**
     * The change after this step.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
};
/**
 * Describes the message pec.v1.SetHolderDetailsResponse.
 * Use `create(SetHolderDetailsResponseSchema)` to create a new message.
 */
export declare const SetHolderDetailsResponseSchema: GenMessage<SetHolderDetailsResponse>;
/**
 * UploadIdentityDocumentRequest is one message of an UploadIdentityDocument stream: the
 * first carries `header`, every later one a `chunk`.
 *
 * @generated from message pec.v1.UploadIdentityDocumentRequest
 */
export type UploadIdentityDocumentRequest = Message<"pec.v1.UploadIdentityDocumentRequest"> & {
    /**
     * One of the two.
     *
     * @generated from oneof pec.v1.UploadIdentityDocumentRequest.part
     */
    part: {
        /**
         * First message only: which change and which side.
         *
         * @generated from field: pec.v1.UploadHeader header = 1;
         */
        value: UploadHeader;
        case: "header";
    } | {
        /**
         * The next bytes of the JPEG image. Chunks of up to 64 KiB are recommended.
         *
         * @generated from field: bytes chunk = 2;
         */
        value: Uint8Array;
        case: "chunk";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message pec.v1.UploadIdentityDocumentRequest.
 * Use `create(UploadIdentityDocumentRequestSchema)` to create a new message.
 */
export declare const UploadIdentityDocumentRequestSchema: GenMessage<UploadIdentityDocumentRequest>;
/**
 * UploadHeader opens an UploadIdentityDocument stream.
 *
 * @generated from message pec.v1.UploadHeader
 */
export type UploadHeader = Message<"pec.v1.UploadHeader"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. Which side the image shows.
     *
     * @generated from field: pec.v1.DocumentSide side = 3;
     */
    side: DocumentSide;
};
/**
 * Describes the message pec.v1.UploadHeader.
 * Use `create(UploadHeaderSchema)` to create a new message.
 */
export declare const UploadHeaderSchema: GenMessage<UploadHeader>;
/**
 * UploadIdentityDocumentResponse is the output of UploadIdentityDocument.
 *
 * @generated from message pec.v1.UploadIdentityDocumentResponse
 */
export type UploadIdentityDocumentResponse = Message<"pec.v1.UploadIdentityDocumentResponse"> & {
    /**
     * The stored image.
     *
     * @generated from field: pec.v1.IdentityDocumentImage document = 1;
     */
    document?: IdentityDocumentImage | undefined;
    /**
     * The change after this step.
     *
     * @generated from field: pec.v1.ContactChange change = 2;
     */
    change?: ContactChange | undefined;
};
/**
 * Describes the message pec.v1.UploadIdentityDocumentResponse.
 * Use `create(UploadIdentityDocumentResponseSchema)` to create a new message.
 */
export declare const UploadIdentityDocumentResponseSchema: GenMessage<UploadIdentityDocumentResponse>;
/**
 * GetContactChangeRequest is the input of GetContactChange.
 *
 * @generated from message pec.v1.GetContactChangeRequest
 */
export type GetContactChangeRequest = Message<"pec.v1.GetContactChangeRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
};
/**
 * Describes the message pec.v1.GetContactChangeRequest.
 * Use `create(GetContactChangeRequestSchema)` to create a new message.
 */
export declare const GetContactChangeRequestSchema: GenMessage<GetContactChangeRequest>;
/**
 * GetContactChangeResponse is the output of GetContactChange.
 *
 * @generated from message pec.v1.GetContactChangeResponse
 */
export type GetContactChangeResponse = Message<"pec.v1.GetContactChangeResponse"> & {
    /**
     * The change.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
};
/**
 * Describes the message pec.v1.GetContactChangeResponse.
 * Use `create(GetContactChangeResponseSchema)` to create a new message.
 */
export declare const GetContactChangeResponseSchema: GenMessage<GetContactChangeResponse>;
/**
 * SetRecoveryEmailRequest is the input of SetRecoveryEmail.
 *
 * @generated from message pec.v1.SetRecoveryEmailRequest
 */
export type SetRecoveryEmailRequest = Message<"pec.v1.SetRecoveryEmailRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. The new recovery email; not a PEC address.
     *
     * @generated from field: string recovery_email = 3;
     */
    recoveryEmail: string;
};
/**
 * Describes the message pec.v1.SetRecoveryEmailRequest.
 * Use `create(SetRecoveryEmailRequestSchema)` to create a new message.
 */
export declare const SetRecoveryEmailRequestSchema: GenMessage<SetRecoveryEmailRequest>;
/**
 * SetRecoveryEmailResponse is the output of SetRecoveryEmail.
 *
 * @generated from message pec.v1.SetRecoveryEmailResponse
 */
export type SetRecoveryEmailResponse = Message<"pec.v1.SetRecoveryEmailResponse"> & {
    /**
     * The change after this step.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
    /**
     * The address the code was sent to, masked as `ma*********@gmail.com`.
     *
     * @generated from field: string masked_email = 2;
     */
    maskedEmail: string;
};
/**
 * Describes the message pec.v1.SetRecoveryEmailResponse.
 * Use `create(SetRecoveryEmailResponseSchema)` to create a new message.
 */
export declare const SetRecoveryEmailResponseSchema: GenMessage<SetRecoveryEmailResponse>;
/**
 * VerifyRecoveryEmailRequest is the input of VerifyRecoveryEmail.
 *
 * @generated from message pec.v1.VerifyRecoveryEmailRequest
 */
export type VerifyRecoveryEmailRequest = Message<"pec.v1.VerifyRecoveryEmailRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. The 6-digit code from the email.
     *
     * @generated from field: string code = 3;
     */
    code: string;
};
/**
 * Describes the message pec.v1.VerifyRecoveryEmailRequest.
 * Use `create(VerifyRecoveryEmailRequestSchema)` to create a new message.
 */
export declare const VerifyRecoveryEmailRequestSchema: GenMessage<VerifyRecoveryEmailRequest>;
/**
 * VerifyRecoveryEmailResponse is the output of VerifyRecoveryEmail.
 *
 * @generated from message pec.v1.VerifyRecoveryEmailResponse
 */
export type VerifyRecoveryEmailResponse = Message<"pec.v1.VerifyRecoveryEmailResponse"> & {
    /**
     * The change after this step.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
};
/**
 * Describes the message pec.v1.VerifyRecoveryEmailResponse.
 * Use `create(VerifyRecoveryEmailResponseSchema)` to create a new message.
 */
export declare const VerifyRecoveryEmailResponseSchema: GenMessage<VerifyRecoveryEmailResponse>;
/**
 * SetMobileNumberRequest is the input of SetMobileNumber.
 *
 * @generated from message pec.v1.SetMobileNumberRequest
 */
export type SetMobileNumberRequest = Message<"pec.v1.SetMobileNumberRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. The new mobile number, e.g. `+39 347 123 4567` or `3471234567`.
     *
     * @generated from field: string mobile_number = 3;
     */
    mobileNumber: string;
};
/**
 * Describes the message pec.v1.SetMobileNumberRequest.
 * Use `create(SetMobileNumberRequestSchema)` to create a new message.
 */
export declare const SetMobileNumberRequestSchema: GenMessage<SetMobileNumberRequest>;
/**
 * SetMobileNumberResponse is the output of SetMobileNumber.
 *
 * @generated from message pec.v1.SetMobileNumberResponse
 */
export type SetMobileNumberResponse = Message<"pec.v1.SetMobileNumberResponse"> & {
    /**
     * The change after this step; `mobile_number` holds the number in E.164.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
};
/**
 * Describes the message pec.v1.SetMobileNumberResponse.
 * Use `create(SetMobileNumberResponseSchema)` to create a new message.
 */
export declare const SetMobileNumberResponseSchema: GenMessage<SetMobileNumberResponse>;
/**
 * ConfirmContactChangeRequest is the input of ConfirmContactChange.
 *
 * @generated from message pec.v1.ConfirmContactChangeRequest
 */
export type ConfirmContactChangeRequest = Message<"pec.v1.ConfirmContactChangeRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
};
/**
 * Describes the message pec.v1.ConfirmContactChangeRequest.
 * Use `create(ConfirmContactChangeRequestSchema)` to create a new message.
 */
export declare const ConfirmContactChangeRequestSchema: GenMessage<ConfirmContactChangeRequest>;
/**
 * ConfirmContactChangeResponse is the output of ConfirmContactChange: the summary to show.
 *
 * @generated from message pec.v1.ConfirmContactChangeResponse
 */
export type ConfirmContactChangeResponse = Message<"pec.v1.ConfirmContactChangeResponse"> & {
    /**
     * Every detail of the change: holder, residence, documents, new email and number.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
    /**
     * The number the SMS code was sent to, masked as `+39******4567`.
     *
     * @generated from field: string masked_mobile_number = 2;
     */
    maskedMobileNumber: string;
};
/**
 * Describes the message pec.v1.ConfirmContactChangeResponse.
 * Use `create(ConfirmContactChangeResponseSchema)` to create a new message.
 */
export declare const ConfirmContactChangeResponseSchema: GenMessage<ConfirmContactChangeResponse>;
/**
 * VerifyMobileNumberRequest is the input of VerifyMobileNumber.
 *
 * @generated from message pec.v1.VerifyMobileNumberRequest
 */
export type VerifyMobileNumberRequest = Message<"pec.v1.VerifyMobileNumberRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
    /**
     * Required. The 6-digit code from the SMS.
     *
     * @generated from field: string code = 3;
     */
    code: string;
};
/**
 * Describes the message pec.v1.VerifyMobileNumberRequest.
 * Use `create(VerifyMobileNumberRequestSchema)` to create a new message.
 */
export declare const VerifyMobileNumberRequestSchema: GenMessage<VerifyMobileNumberRequest>;
/**
 * VerifyMobileNumberResponse is the output of VerifyMobileNumber.
 *
 * @generated from message pec.v1.VerifyMobileNumberResponse
 */
export type VerifyMobileNumberResponse = Message<"pec.v1.VerifyMobileNumberResponse"> & {
    /**
     * The submitted change, UNDER_REVIEW.
     *
     * @generated from field: pec.v1.ContactChange change = 1;
     */
    change?: ContactChange | undefined;
    /**
     * A message for the member, in Italian.
     *
     * @generated from field: string message_it = 2;
     */
    messageIt: string;
};
/**
 * Describes the message pec.v1.VerifyMobileNumberResponse.
 * Use `create(VerifyMobileNumberResponseSchema)` to create a new message.
 */
export declare const VerifyMobileNumberResponseSchema: GenMessage<VerifyMobileNumberResponse>;
/**
 * ResendVerificationCodeRequest is the input of ResendVerificationCode.
 *
 * @generated from message pec.v1.ResendVerificationCodeRequest
 */
export type ResendVerificationCodeRequest = Message<"pec.v1.ResendVerificationCodeRequest"> & {
    /**
     * Required. The change id.
     *
     * @generated from field: string change_id = 1;
     */
    changeId: string;
    /**
     * Required. The change secret.
     *
     * @generated from field: string change_secret = 2;
     */
    changeSecret: string;
};
/**
 * Describes the message pec.v1.ResendVerificationCodeRequest.
 * Use `create(ResendVerificationCodeRequestSchema)` to create a new message.
 */
export declare const ResendVerificationCodeRequestSchema: GenMessage<ResendVerificationCodeRequest>;
/**
 * ResendVerificationCodeResponse is the output of ResendVerificationCode.
 *
 * @generated from message pec.v1.ResendVerificationCodeResponse
 */
export type ResendVerificationCodeResponse = Message<"pec.v1.ResendVerificationCodeResponse"> & {
    /**
     * Which step the new code is for: VERIFY_RECOVERY_EMAIL or VERIFY_MOBILE_NUMBER.
     *
     * @generated from field: pec.v1.ContactChangeStep step = 1;
     */
    step: ContactChangeStep;
};
/**
 * Describes the message pec.v1.ResendVerificationCodeResponse.
 * Use `create(ResendVerificationCodeResponseSchema)` to create a new message.
 */
export declare const ResendVerificationCodeResponseSchema: GenMessage<ResendVerificationCodeResponse>;
/**
 * CancelContactChangeRequest is the input of CancelContactChange.
 *
 * @generated from message pec.v1.CancelContactChangeRequest
 */
export type CancelContactChangeRequest = Message<"pec.v1.CancelContactChangeRequest"> & {
    /**
     * Required. The token of the "non sono stato io" link (`?token=…`).
     *
     * @generated from field: string token = 1;
     */
    token: string;
};
/**
 * Describes the message pec.v1.CancelContactChangeRequest.
 * Use `create(CancelContactChangeRequestSchema)` to create a new message.
 */
export declare const CancelContactChangeRequestSchema: GenMessage<CancelContactChangeRequest>;
/**
 * CancelContactChangeResponse is the output of CancelContactChange.
 *
 * @generated from message pec.v1.CancelContactChangeResponse
 */
export type CancelContactChangeResponse = Message<"pec.v1.CancelContactChangeResponse"> & {
    /**
     * The mailbox whose change was cancelled.
     *
     * @generated from field: string mailbox_address = 1;
     */
    mailboxAddress: string;
    /**
     * A message for the member, in Italian.
     *
     * @generated from field: string message_it = 2;
     */
    messageIt: string;
};
/**
 * Describes the message pec.v1.CancelContactChangeResponse.
 * Use `create(CancelContactChangeResponseSchema)` to create a new message.
 */
export declare const CancelContactChangeResponseSchema: GenMessage<CancelContactChangeResponse>;
/**
 * ContactChangeState is where a change stands.
 *
 * @generated from enum pec.v1.ContactChangeState
 */
export declare enum ContactChangeState {
    /**
     * Not set; never returned.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The member is filling in the wizard.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_DRAFT = 1;
     */
    DRAFT = 1,
    /**
     * Submitted; waiting for an operator's review (due within 3 days).
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_UNDER_REVIEW = 2;
     */
    UNDER_REVIEW = 2,
    /**
     * Approved: the new contacts apply to the mailbox.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_APPROVED = 3;
     */
    APPROVED = 3,
    /**
     * Rejected by an operator; `rejection_reason` says why.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_REJECTED = 4;
     */
    REJECTED = 4,
    /**
     * Cancelled by the holder ("non sono stato io") while under review.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_CANCELLED = 5;
     */
    CANCELLED = 5,
    /**
     * The draft was not submitted within 24 hours; its images are deleted.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_EXPIRED = 6;
     */
    EXPIRED = 6
}
/**
 * Describes the enum pec.v1.ContactChangeState.
 */
export declare const ContactChangeStateSchema: GenEnum<ContactChangeState>;
/**
 * ContactChangeStep names a step of the wizard.
 *
 * @generated from enum pec.v1.ContactChangeStep
 */
export declare enum ContactChangeStep {
    /**
     * No step is expected: the draft was submitted, or the change is over.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * SetHolderDetails.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_HOLDER_DETAILS = 1;
     */
    HOLDER_DETAILS = 1,
    /**
     * UploadIdentityDocument, for each side still missing.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_IDENTITY_DOCUMENT = 2;
     */
    IDENTITY_DOCUMENT = 2,
    /**
     * SetRecoveryEmail.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_RECOVERY_EMAIL = 3;
     */
    RECOVERY_EMAIL = 3,
    /**
     * VerifyRecoveryEmail with the code sent to the new recovery email.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_VERIFY_RECOVERY_EMAIL = 4;
     */
    VERIFY_RECOVERY_EMAIL = 4,
    /**
     * SetMobileNumber.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_MOBILE_NUMBER = 5;
     */
    MOBILE_NUMBER = 5,
    /**
     * ConfirmContactChange.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_CONFIRM = 6;
     */
    CONFIRM = 6,
    /**
     * VerifyMobileNumber with the code sent by SMS.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_VERIFY_MOBILE_NUMBER = 7;
     */
    VERIFY_MOBILE_NUMBER = 7
}
/**
 * Describes the enum pec.v1.ContactChangeStep.
 */
export declare const ContactChangeStepSchema: GenEnum<ContactChangeStep>;
/**
 * DocumentSide is one side of the identity document.
 *
 * @generated from enum pec.v1.DocumentSide
 */
export declare enum DocumentSide {
    /**
     * Not set; never valid.
     *
     * @generated from enum value: DOCUMENT_SIDE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The front.
     *
     * @generated from enum value: DOCUMENT_SIDE_FRONT = 1;
     */
    FRONT = 1,
    /**
     * The back.
     *
     * @generated from enum value: DOCUMENT_SIDE_BACK = 2;
     */
    BACK = 2
}
/**
 * Describes the enum pec.v1.DocumentSide.
 */
export declare const DocumentSideSchema: GenEnum<DocumentSide>;
/**
 * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
 * recovery email, mobile number and residence. The steps, in order: StartContactChange
 * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
 * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
 * the first carries the change id and the change secret that StartContactChange returned. A
 * step called before the steps it depends on is FAILED_PRECONDITION with reason
 * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
 * not submitted within 24 hours expires and its images are deleted. Callers: self_service
 * (the front end acting for the member), albo, admin.
 *
 * @generated from service pec.v1.ContactChangeService
 */
export declare const ContactChangeService: GenService<{
    /**
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     *
     * @generated from rpc pec.v1.ContactChangeService.StartContactChange
     */
    startContactChange: {
        methodKind: "unary";
        input: typeof StartContactChangeRequestSchema;
        output: typeof StartContactChangeResponseSchema;
    };
    /**
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     *
     * @generated from rpc pec.v1.ContactChangeService.SetHolderDetails
     */
    setHolderDetails: {
        methodKind: "unary";
        input: typeof SetHolderDetailsRequestSchema;
        output: typeof SetHolderDetailsResponseSchema;
    };
    /**
     * UploadIdentityDocument uploads one side of the identity document: a first message with the
     * header, then the image in chunks. Only JPEG is accepted (the bytes are checked, not a
     * name), at most 4 MiB per side and 40 megapixels; EXIF and other metadata (GPS position,
     * device) are removed without re-compressing the image. A new upload of a side replaces the
     * previous one. The image is stored encrypted, with its SHA-256.
     *
     * @generated from rpc pec.v1.ContactChangeService.UploadIdentityDocument
     */
    uploadIdentityDocument: {
        methodKind: "client_streaming";
        input: typeof UploadIdentityDocumentRequestSchema;
        output: typeof UploadIdentityDocumentResponseSchema;
    };
    /**
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     *
     * @generated from rpc pec.v1.ContactChangeService.SetRecoveryEmail
     */
    setRecoveryEmail: {
        methodKind: "unary";
        input: typeof SetRecoveryEmailRequestSchema;
        output: typeof SetRecoveryEmailResponseSchema;
    };
    /**
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     *
     * @generated from rpc pec.v1.ContactChangeService.VerifyRecoveryEmail
     */
    verifyRecoveryEmail: {
        methodKind: "unary";
        input: typeof VerifyRecoveryEmailRequestSchema;
        output: typeof VerifyRecoveryEmailResponseSchema;
    };
    /**
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     *
     * @generated from rpc pec.v1.ContactChangeService.SetMobileNumber
     */
    setMobileNumber: {
        methodKind: "unary";
        input: typeof SetMobileNumberRequestSchema;
        output: typeof SetMobileNumberResponseSchema;
    };
    /**
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     *
     * @generated from rpc pec.v1.ContactChangeService.ConfirmContactChange
     */
    confirmContactChange: {
        methodKind: "unary";
        input: typeof ConfirmContactChangeRequestSchema;
        output: typeof ConfirmContactChangeResponseSchema;
    };
    /**
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     *
     * @generated from rpc pec.v1.ContactChangeService.VerifyMobileNumber
     */
    verifyMobileNumber: {
        methodKind: "unary";
        input: typeof VerifyMobileNumberRequestSchema;
        output: typeof VerifyMobileNumberResponseSchema;
    };
    /**
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     *
     * @generated from rpc pec.v1.ContactChangeService.ResendVerificationCode
     */
    resendVerificationCode: {
        methodKind: "unary";
        input: typeof ResendVerificationCodeRequestSchema;
        output: typeof ResendVerificationCodeResponseSchema;
    };
    /**
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     *
     * @generated from rpc pec.v1.ContactChangeService.CancelContactChange
     */
    cancelContactChange: {
        methodKind: "unary";
        input: typeof CancelContactChangeRequestSchema;
        output: typeof CancelContactChangeResponseSchema;
    };
    /**
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     *
     * @generated from rpc pec.v1.ContactChangeService.GetContactChange
     */
    getContactChange: {
        methodKind: "unary";
        input: typeof GetContactChangeRequestSchema;
        output: typeof GetContactChangeResponseSchema;
    };
}>;
