// Changing the contact details of a PEC mailbox: the member's wizard of the convention guide.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
import { file_pec_v1_resources } from "./resources_pb.js";
/**
 * Describes the file pec/v1/contact_change_service.proto.
 */
export const file_pec_v1_contact_change_service = /*@__PURE__*/ fileDesc("CiNwZWMvdjEvY29udGFjdF9jaGFuZ2Vfc2VydmljZS5wcm90bxIGcGVjLnYxIqEBChVJZGVudGl0eURvY3VtZW50SW1hZ2USIgoEc2lkZRgBIAEoDjIULnBlYy52MS5Eb2N1bWVudFNpZGUSEgoKc2l6ZV9ieXRlcxgCIAEoAxINCgV3aWR0aBgDIAEoBRIOCgZoZWlnaHQYBCABKAUSDgoGc2hhMjU2GAUgASgJEiEKGXJlbW92ZWRfbWV0YWRhdGFfc2VnbWVudHMYBiABKAUi8AQKDUNvbnRhY3RDaGFuZ2USCgoCaWQYASABKAkSFwoPbWFpbGJveF9hZGRyZXNzGAIgASgJEikKBXN0YXRlGAMgASgOMhoucGVjLnYxLkNvbnRhY3RDaGFuZ2VTdGF0ZRIsCgluZXh0X3N0ZXAYBCABKA4yGS5wZWMudjEuQ29udGFjdENoYW5nZVN0ZXASEgoKZ2l2ZW5fbmFtZRgFIAEoCRITCgtmYW1pbHlfbmFtZRgGIAEoCRIkCglyZXNpZGVuY2UYByABKAsyES5wZWMudjEuUmVzaWRlbmNlEjAKCWRvY3VtZW50cxgIIAMoCzIdLnBlYy52MS5JZGVudGl0eURvY3VtZW50SW1hZ2USLwoLY3JlYXRlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC2V4cGlyZV90aW1lGAogASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIWCg5yZWNvdmVyeV9lbWFpbBgLIAEoCRIfChdyZWNvdmVyeV9lbWFpbF92ZXJpZmllZBgMIAEoCBIVCg1tb2JpbGVfbnVtYmVyGA0gASgJEh4KFm1vYmlsZV9udW1iZXJfdmVyaWZpZWQYDiABKAgSLwoLc3VibWl0X3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEiwKCGR1ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgtkZWNpZGVfdGltZRgRIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAiiwEKGVN0YXJ0Q29udGFjdENoYW5nZVJlcXVlc3QSFwoPbWFpbGJveF9hZGRyZXNzGAEgASgJEhYKDmNvZGljZV9maXNjYWxlGAIgASgJEhMKC3BhcnRpdGFfaXZhGAMgASgJEhUKDWNhcHRjaGFfdG9rZW4YBCABKAkSEQoJcmVtb3RlX2lwGAUgASgJIloKGlN0YXJ0Q29udGFjdENoYW5nZVJlc3BvbnNlEiUKBmNoYW5nZRgBIAEoCzIVLnBlYy52MS5Db250YWN0Q2hhbmdlEhUKDWNoYW5nZV9zZWNyZXQYAiABKAkikgEKF1NldEhvbGRlckRldGFpbHNSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCRIVCg1jaGFuZ2Vfc2VjcmV0GAIgASgJEhIKCmdpdmVuX25hbWUYAyABKAkSEwoLZmFtaWx5X25hbWUYBCABKAkSJAoJcmVzaWRlbmNlGAUgASgLMhEucGVjLnYxLlJlc2lkZW5jZSJBChhTZXRIb2xkZXJEZXRhaWxzUmVzcG9uc2USJQoGY2hhbmdlGAEgASgLMhUucGVjLnYxLkNvbnRhY3RDaGFuZ2UiYAodVXBsb2FkSWRlbnRpdHlEb2N1bWVudFJlcXVlc3QSJgoGaGVhZGVyGAEgASgLMhQucGVjLnYxLlVwbG9hZEhlYWRlckgAEg8KBWNodW5rGAIgASgMSABCBgoEcGFydCJcCgxVcGxvYWRIZWFkZXISEQoJY2hhbmdlX2lkGAEgASgJEhUKDWNoYW5nZV9zZWNyZXQYAiABKAkSIgoEc2lkZRgDIAEoDjIULnBlYy52MS5Eb2N1bWVudFNpZGUieAoeVXBsb2FkSWRlbnRpdHlEb2N1bWVudFJlc3BvbnNlEi8KCGRvY3VtZW50GAEgASgLMh0ucGVjLnYxLklkZW50aXR5RG9jdW1lbnRJbWFnZRIlCgZjaGFuZ2UYAiABKAsyFS5wZWMudjEuQ29udGFjdENoYW5nZSJDChdHZXRDb250YWN0Q2hhbmdlUmVxdWVzdBIRCgljaGFuZ2VfaWQYASABKAkSFQoNY2hhbmdlX3NlY3JldBgCIAEoCSJBChhHZXRDb250YWN0Q2hhbmdlUmVzcG9uc2USJQoGY2hhbmdlGAEgASgLMhUucGVjLnYxLkNvbnRhY3RDaGFuZ2UiWwoXU2V0UmVjb3ZlcnlFbWFpbFJlcXVlc3QSEQoJY2hhbmdlX2lkGAEgASgJEhUKDWNoYW5nZV9zZWNyZXQYAiABKAkSFgoOcmVjb3ZlcnlfZW1haWwYAyABKAkiVwoYU2V0UmVjb3ZlcnlFbWFpbFJlc3BvbnNlEiUKBmNoYW5nZRgBIAEoCzIVLnBlYy52MS5Db250YWN0Q2hhbmdlEhQKDG1hc2tlZF9lbWFpbBgCIAEoCSJUChpWZXJpZnlSZWNvdmVyeUVtYWlsUmVxdWVzdBIRCgljaGFuZ2VfaWQYASABKAkSFQoNY2hhbmdlX3NlY3JldBgCIAEoCRIMCgRjb2RlGAMgASgJIkQKG1ZlcmlmeVJlY292ZXJ5RW1haWxSZXNwb25zZRIlCgZjaGFuZ2UYASABKAsyFS5wZWMudjEuQ29udGFjdENoYW5nZSJZChZTZXRNb2JpbGVOdW1iZXJSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCRIVCg1jaGFuZ2Vfc2VjcmV0GAIgASgJEhUKDW1vYmlsZV9udW1iZXIYAyABKAkiQAoXU2V0TW9iaWxlTnVtYmVyUmVzcG9uc2USJQoGY2hhbmdlGAEgASgLMhUucGVjLnYxLkNvbnRhY3RDaGFuZ2UiRwobQ29uZmlybUNvbnRhY3RDaGFuZ2VSZXF1ZXN0EhEKCWNoYW5nZV9pZBgBIAEoCRIVCg1jaGFuZ2Vfc2VjcmV0GAIgASgJImMKHENvbmZpcm1Db250YWN0Q2hhbmdlUmVzcG9uc2USJQoGY2hhbmdlGAEgASgLMhUucGVjLnYxLkNvbnRhY3RDaGFuZ2USHAoUbWFza2VkX21vYmlsZV9udW1iZXIYAiABKAkiUwoZVmVyaWZ5TW9iaWxlTnVtYmVyUmVxdWVzdBIRCgljaGFuZ2VfaWQYASABKAkSFQoNY2hhbmdlX3NlY3JldBgCIAEoCRIMCgRjb2RlGAMgASgJIlcKGlZlcmlmeU1vYmlsZU51bWJlclJlc3BvbnNlEiUKBmNoYW5nZRgBIAEoCzIVLnBlYy52MS5Db250YWN0Q2hhbmdlEhIKCm1lc3NhZ2VfaXQYAiABKAkiSQodUmVzZW5kVmVyaWZpY2F0aW9uQ29kZVJlcXVlc3QSEQoJY2hhbmdlX2lkGAEgASgJEhUKDWNoYW5nZV9zZWNyZXQYAiABKAkiSQoeUmVzZW5kVmVyaWZpY2F0aW9uQ29kZVJlc3BvbnNlEicKBHN0ZXAYASABKA4yGS5wZWMudjEuQ29udGFjdENoYW5nZVN0ZXAiKwoaQ2FuY2VsQ29udGFjdENoYW5nZVJlcXVlc3QSDQoFdG9rZW4YASABKAkiSgobQ2FuY2VsQ29udGFjdENoYW5nZVJlc3BvbnNlEhcKD21haWxib3hfYWRkcmVzcxgBIAEoCRISCgptZXNzYWdlX2l0GAIgASgJKo0CChJDb250YWN0Q2hhbmdlU3RhdGUSJAogQ09OVEFDVF9DSEFOR0VfU1RBVEVfVU5TUEVDSUZJRUQQABIeChpDT05UQUNUX0NIQU5HRV9TVEFURV9EUkFGVBABEiUKIUNPTlRBQ1RfQ0hBTkdFX1NUQVRFX1VOREVSX1JFVklFVxACEiEKHUNPTlRBQ1RfQ0hBTkdFX1NUQVRFX0FQUFJPVkVEEAMSIQodQ09OVEFDVF9DSEFOR0VfU1RBVEVfUkVKRUNURUQQBBIiCh5DT05UQUNUX0NIQU5HRV9TVEFURV9DQU5DRUxMRUQQBRIgChxDT05UQUNUX0NIQU5HRV9TVEFURV9FWFBJUkVEEAYq2AIKEUNvbnRhY3RDaGFuZ2VTdGVwEiMKH0NPTlRBQ1RfQ0hBTkdFX1NURVBfVU5TUEVDSUZJRUQQABImCiJDT05UQUNUX0NIQU5HRV9TVEVQX0hPTERFUl9ERVRBSUxTEAESKQolQ09OVEFDVF9DSEFOR0VfU1RFUF9JREVOVElUWV9ET0NVTUVOVBACEiYKIkNPTlRBQ1RfQ0hBTkdFX1NURVBfUkVDT1ZFUllfRU1BSUwQAxItCilDT05UQUNUX0NIQU5HRV9TVEVQX1ZFUklGWV9SRUNPVkVSWV9FTUFJTBAEEiUKIUNPTlRBQ1RfQ0hBTkdFX1NURVBfTU9CSUxFX05VTUJFUhAFEh8KG0NPTlRBQ1RfQ0hBTkdFX1NURVBfQ09ORklSTRAGEiwKKENPTlRBQ1RfQ0hBTkdFX1NURVBfVkVSSUZZX01PQklMRV9OVU1CRVIQBypeCgxEb2N1bWVudFNpZGUSHQoZRE9DVU1FTlRfU0lERV9VTlNQRUNJRklFRBAAEhcKE0RPQ1VNRU5UX1NJREVfRlJPTlQQARIWChJET0NVTUVOVF9TSURFX0JBQ0sQAjKgCAoUQ29udGFjdENoYW5nZVNlcnZpY2USWwoSU3RhcnRDb250YWN0Q2hhbmdlEiEucGVjLnYxLlN0YXJ0Q29udGFjdENoYW5nZVJlcXVlc3QaIi5wZWMudjEuU3RhcnRDb250YWN0Q2hhbmdlUmVzcG9uc2USVQoQU2V0SG9sZGVyRGV0YWlscxIfLnBlYy52MS5TZXRIb2xkZXJEZXRhaWxzUmVxdWVzdBogLnBlYy52MS5TZXRIb2xkZXJEZXRhaWxzUmVzcG9uc2USaQoWVXBsb2FkSWRlbnRpdHlEb2N1bWVudBIlLnBlYy52MS5VcGxvYWRJZGVudGl0eURvY3VtZW50UmVxdWVzdBomLnBlYy52MS5VcGxvYWRJZGVudGl0eURvY3VtZW50UmVzcG9uc2UoARJVChBTZXRSZWNvdmVyeUVtYWlsEh8ucGVjLnYxLlNldFJlY292ZXJ5RW1haWxSZXF1ZXN0GiAucGVjLnYxLlNldFJlY292ZXJ5RW1haWxSZXNwb25zZRJeChNWZXJpZnlSZWNvdmVyeUVtYWlsEiIucGVjLnYxLlZlcmlmeVJlY292ZXJ5RW1haWxSZXF1ZXN0GiMucGVjLnYxLlZlcmlmeVJlY292ZXJ5RW1haWxSZXNwb25zZRJSCg9TZXRNb2JpbGVOdW1iZXISHi5wZWMudjEuU2V0TW9iaWxlTnVtYmVyUmVxdWVzdBofLnBlYy52MS5TZXRNb2JpbGVOdW1iZXJSZXNwb25zZRJhChRDb25maXJtQ29udGFjdENoYW5nZRIjLnBlYy52MS5Db25maXJtQ29udGFjdENoYW5nZVJlcXVlc3QaJC5wZWMudjEuQ29uZmlybUNvbnRhY3RDaGFuZ2VSZXNwb25zZRJbChJWZXJpZnlNb2JpbGVOdW1iZXISIS5wZWMudjEuVmVyaWZ5TW9iaWxlTnVtYmVyUmVxdWVzdBoiLnBlYy52MS5WZXJpZnlNb2JpbGVOdW1iZXJSZXNwb25zZRJnChZSZXNlbmRWZXJpZmljYXRpb25Db2RlEiUucGVjLnYxLlJlc2VuZFZlcmlmaWNhdGlvbkNvZGVSZXF1ZXN0GiYucGVjLnYxLlJlc2VuZFZlcmlmaWNhdGlvbkNvZGVSZXNwb25zZRJeChNDYW5jZWxDb250YWN0Q2hhbmdlEiIucGVjLnYxLkNhbmNlbENvbnRhY3RDaGFuZ2VSZXF1ZXN0GiMucGVjLnYxLkNhbmNlbENvbnRhY3RDaGFuZ2VSZXNwb25zZRJVChBHZXRDb250YWN0Q2hhbmdlEh8ucGVjLnYxLkdldENvbnRhY3RDaGFuZ2VSZXF1ZXN0GiAucGVjLnYxLkdldENvbnRhY3RDaGFuZ2VSZXNwb25zZUKkAQoUb3JnLnRzcm1wc3RycC5wZWMudjFCGUNvbnRhY3RDaGFuZ2VTZXJ2aWNlUHJvdG9QAVoqcGVjLnRzcm0tcHN0cnAub3JnL2NsaWVudHMvZ28vcGVjL3YxO3BlY3YxqgIGUGVjLlYxygIQVHNybVBzdHJwXFBlY1xWMeICHFRzcm1Qc3RycFxQZWNcR1BCTWV0YWRhdGFcVjHqAgdQZWM6OlYxYgZwcm90bzM", [file_google_protobuf_timestamp, file_pec_v1_resources]);
/**
 * Describes the message pec.v1.IdentityDocumentImage.
 * Use `create(IdentityDocumentImageSchema)` to create a new message.
 */
export const IdentityDocumentImageSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 0);
/**
 * Describes the message pec.v1.ContactChange.
 * Use `create(ContactChangeSchema)` to create a new message.
 */
export const ContactChangeSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 1);
/**
 * Describes the message pec.v1.StartContactChangeRequest.
 * Use `create(StartContactChangeRequestSchema)` to create a new message.
 */
export const StartContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 2);
/**
 * Describes the message pec.v1.StartContactChangeResponse.
 * Use `create(StartContactChangeResponseSchema)` to create a new message.
 */
export const StartContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 3);
/**
 * Describes the message pec.v1.SetHolderDetailsRequest.
 * Use `create(SetHolderDetailsRequestSchema)` to create a new message.
 */
export const SetHolderDetailsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 4);
/**
 * Describes the message pec.v1.SetHolderDetailsResponse.
 * Use `create(SetHolderDetailsResponseSchema)` to create a new message.
 */
export const SetHolderDetailsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 5);
/**
 * Describes the message pec.v1.UploadIdentityDocumentRequest.
 * Use `create(UploadIdentityDocumentRequestSchema)` to create a new message.
 */
export const UploadIdentityDocumentRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 6);
/**
 * Describes the message pec.v1.UploadHeader.
 * Use `create(UploadHeaderSchema)` to create a new message.
 */
export const UploadHeaderSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 7);
/**
 * Describes the message pec.v1.UploadIdentityDocumentResponse.
 * Use `create(UploadIdentityDocumentResponseSchema)` to create a new message.
 */
export const UploadIdentityDocumentResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 8);
/**
 * Describes the message pec.v1.GetContactChangeRequest.
 * Use `create(GetContactChangeRequestSchema)` to create a new message.
 */
export const GetContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 9);
/**
 * Describes the message pec.v1.GetContactChangeResponse.
 * Use `create(GetContactChangeResponseSchema)` to create a new message.
 */
export const GetContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 10);
/**
 * Describes the message pec.v1.SetRecoveryEmailRequest.
 * Use `create(SetRecoveryEmailRequestSchema)` to create a new message.
 */
export const SetRecoveryEmailRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 11);
/**
 * Describes the message pec.v1.SetRecoveryEmailResponse.
 * Use `create(SetRecoveryEmailResponseSchema)` to create a new message.
 */
export const SetRecoveryEmailResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 12);
/**
 * Describes the message pec.v1.VerifyRecoveryEmailRequest.
 * Use `create(VerifyRecoveryEmailRequestSchema)` to create a new message.
 */
export const VerifyRecoveryEmailRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 13);
/**
 * Describes the message pec.v1.VerifyRecoveryEmailResponse.
 * Use `create(VerifyRecoveryEmailResponseSchema)` to create a new message.
 */
export const VerifyRecoveryEmailResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 14);
/**
 * Describes the message pec.v1.SetMobileNumberRequest.
 * Use `create(SetMobileNumberRequestSchema)` to create a new message.
 */
export const SetMobileNumberRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 15);
/**
 * Describes the message pec.v1.SetMobileNumberResponse.
 * Use `create(SetMobileNumberResponseSchema)` to create a new message.
 */
export const SetMobileNumberResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 16);
/**
 * Describes the message pec.v1.ConfirmContactChangeRequest.
 * Use `create(ConfirmContactChangeRequestSchema)` to create a new message.
 */
export const ConfirmContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 17);
/**
 * Describes the message pec.v1.ConfirmContactChangeResponse.
 * Use `create(ConfirmContactChangeResponseSchema)` to create a new message.
 */
export const ConfirmContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 18);
/**
 * Describes the message pec.v1.VerifyMobileNumberRequest.
 * Use `create(VerifyMobileNumberRequestSchema)` to create a new message.
 */
export const VerifyMobileNumberRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 19);
/**
 * Describes the message pec.v1.VerifyMobileNumberResponse.
 * Use `create(VerifyMobileNumberResponseSchema)` to create a new message.
 */
export const VerifyMobileNumberResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 20);
/**
 * Describes the message pec.v1.ResendVerificationCodeRequest.
 * Use `create(ResendVerificationCodeRequestSchema)` to create a new message.
 */
export const ResendVerificationCodeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 21);
/**
 * Describes the message pec.v1.ResendVerificationCodeResponse.
 * Use `create(ResendVerificationCodeResponseSchema)` to create a new message.
 */
export const ResendVerificationCodeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 22);
/**
 * Describes the message pec.v1.CancelContactChangeRequest.
 * Use `create(CancelContactChangeRequestSchema)` to create a new message.
 */
export const CancelContactChangeRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 23);
/**
 * Describes the message pec.v1.CancelContactChangeResponse.
 * Use `create(CancelContactChangeResponseSchema)` to create a new message.
 */
export const CancelContactChangeResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_contact_change_service, 24);
/**
 * ContactChangeState is where a change stands.
 *
 * @generated from enum pec.v1.ContactChangeState
 */
export var ContactChangeState;
(function (ContactChangeState) {
    /**
     * Not set; never returned.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_UNSPECIFIED = 0;
     */
    ContactChangeState[ContactChangeState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The member is filling in the wizard.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_DRAFT = 1;
     */
    ContactChangeState[ContactChangeState["DRAFT"] = 1] = "DRAFT";
    /**
     * Submitted; waiting for an operator's review (due within 3 days).
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_UNDER_REVIEW = 2;
     */
    ContactChangeState[ContactChangeState["UNDER_REVIEW"] = 2] = "UNDER_REVIEW";
    /**
     * Approved: the new contacts apply to the mailbox.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_APPROVED = 3;
     */
    ContactChangeState[ContactChangeState["APPROVED"] = 3] = "APPROVED";
    /**
     * Rejected by an operator; `rejection_reason` says why.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_REJECTED = 4;
     */
    ContactChangeState[ContactChangeState["REJECTED"] = 4] = "REJECTED";
    /**
     * Cancelled by the holder ("non sono stato io") while under review.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_CANCELLED = 5;
     */
    ContactChangeState[ContactChangeState["CANCELLED"] = 5] = "CANCELLED";
    /**
     * The draft was not submitted within 24 hours; its images are deleted.
     *
     * @generated from enum value: CONTACT_CHANGE_STATE_EXPIRED = 6;
     */
    ContactChangeState[ContactChangeState["EXPIRED"] = 6] = "EXPIRED";
})(ContactChangeState || (ContactChangeState = {}));
/**
 * Describes the enum pec.v1.ContactChangeState.
 */
export const ContactChangeStateSchema = /*@__PURE__*/ enumDesc(file_pec_v1_contact_change_service, 0);
/**
 * ContactChangeStep names a step of the wizard.
 *
 * @generated from enum pec.v1.ContactChangeStep
 */
export var ContactChangeStep;
(function (ContactChangeStep) {
    /**
     * No step is expected: the draft was submitted, or the change is over.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_UNSPECIFIED = 0;
     */
    ContactChangeStep[ContactChangeStep["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * SetHolderDetails.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_HOLDER_DETAILS = 1;
     */
    ContactChangeStep[ContactChangeStep["HOLDER_DETAILS"] = 1] = "HOLDER_DETAILS";
    /**
     * UploadIdentityDocument, for each side still missing.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_IDENTITY_DOCUMENT = 2;
     */
    ContactChangeStep[ContactChangeStep["IDENTITY_DOCUMENT"] = 2] = "IDENTITY_DOCUMENT";
    /**
     * SetRecoveryEmail.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_RECOVERY_EMAIL = 3;
     */
    ContactChangeStep[ContactChangeStep["RECOVERY_EMAIL"] = 3] = "RECOVERY_EMAIL";
    /**
     * VerifyRecoveryEmail with the code sent to the new recovery email.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_VERIFY_RECOVERY_EMAIL = 4;
     */
    ContactChangeStep[ContactChangeStep["VERIFY_RECOVERY_EMAIL"] = 4] = "VERIFY_RECOVERY_EMAIL";
    /**
     * SetMobileNumber.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_MOBILE_NUMBER = 5;
     */
    ContactChangeStep[ContactChangeStep["MOBILE_NUMBER"] = 5] = "MOBILE_NUMBER";
    /**
     * ConfirmContactChange.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_CONFIRM = 6;
     */
    ContactChangeStep[ContactChangeStep["CONFIRM"] = 6] = "CONFIRM";
    /**
     * VerifyMobileNumber with the code sent by SMS.
     *
     * @generated from enum value: CONTACT_CHANGE_STEP_VERIFY_MOBILE_NUMBER = 7;
     */
    ContactChangeStep[ContactChangeStep["VERIFY_MOBILE_NUMBER"] = 7] = "VERIFY_MOBILE_NUMBER";
})(ContactChangeStep || (ContactChangeStep = {}));
/**
 * Describes the enum pec.v1.ContactChangeStep.
 */
export const ContactChangeStepSchema = /*@__PURE__*/ enumDesc(file_pec_v1_contact_change_service, 1);
/**
 * DocumentSide is one side of the identity document.
 *
 * @generated from enum pec.v1.DocumentSide
 */
export var DocumentSide;
(function (DocumentSide) {
    /**
     * Not set; never valid.
     *
     * @generated from enum value: DOCUMENT_SIDE_UNSPECIFIED = 0;
     */
    DocumentSide[DocumentSide["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The front.
     *
     * @generated from enum value: DOCUMENT_SIDE_FRONT = 1;
     */
    DocumentSide[DocumentSide["FRONT"] = 1] = "FRONT";
    /**
     * The back.
     *
     * @generated from enum value: DOCUMENT_SIDE_BACK = 2;
     */
    DocumentSide[DocumentSide["BACK"] = 2] = "BACK";
})(DocumentSide || (DocumentSide = {}));
/**
 * Describes the enum pec.v1.DocumentSide.
 */
export const DocumentSideSchema = /*@__PURE__*/ enumDesc(file_pec_v1_contact_change_service, 2);
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
export const ContactChangeService = /*@__PURE__*/ serviceDesc(file_pec_v1_contact_change_service, 0);
//# sourceMappingURL=contact_change_service_pb.js.map