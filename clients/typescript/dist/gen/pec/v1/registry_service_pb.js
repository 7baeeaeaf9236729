// The register of Ordini and their members.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_field_mask } from "@bufbuild/protobuf/wkt";
import { file_pec_v1_resources } from "./resources_pb.js";
/**
 * Describes the file pec/v1/registry_service.proto.
 */
export const file_pec_v1_registry_service = /*@__PURE__*/ fileDesc("Ch1wZWMvdjEvcmVnaXN0cnlfc2VydmljZS5wcm90bxIGcGVjLnYxIkkKE0NyZWF0ZU9yZGluZVJlcXVlc3QSEgoKcmVxdWVzdF9pZBgBIAEoCRIeCgZvcmRpbmUYAiABKAsyDi5wZWMudjEuT3JkaW5lIjYKFENyZWF0ZU9yZGluZVJlc3BvbnNlEh4KBm9yZGluZRgBIAEoCzIOLnBlYy52MS5PcmRpbmUiIAoQR2V0T3JkaW5lUmVxdWVzdBIMCgRjb2RlGAEgASgJIjMKEUdldE9yZGluZVJlc3BvbnNlEh4KBm9yZGluZRgBIAEoCzIOLnBlYy52MS5PcmRpbmUiUQoRTGlzdE9yZGluaVJlcXVlc3QSEQoJcGFnZV9zaXplGAEgASgFEhIKCnBhZ2VfdG9rZW4YAiABKAkSFQoNYWRoZXJpbmdfb25seRgDIAEoCCJNChJMaXN0T3JkaW5pUmVzcG9uc2USHgoGb3JkaW5pGAEgAygLMg4ucGVjLnYxLk9yZGluZRIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiZgoTVXBkYXRlT3JkaW5lUmVxdWVzdBIeCgZvcmRpbmUYASABKAsyDi5wZWMudjEuT3JkaW5lEi8KC3VwZGF0ZV9tYXNrGAIgASgLMhouZ29vZ2xlLnByb3RvYnVmLkZpZWxkTWFzayI2ChRVcGRhdGVPcmRpbmVSZXNwb25zZRIeCgZvcmRpbmUYASABKAsyDi5wZWMudjEuT3JkaW5lIkkKE1Vwc2VydE1lbWJlclJlcXVlc3QSEgoKcmVxdWVzdF9pZBgBIAEoCRIeCgZtZW1iZXIYAiABKAsyDi5wZWMudjEuTWVtYmVyIkcKFFVwc2VydE1lbWJlclJlc3BvbnNlEh4KBm1lbWJlchgBIAEoCzIOLnBlYy52MS5NZW1iZXISDwoHY3JlYXRlZBgCIAEoCCI1ChJTeW5jTWVtYmVyc1JlcXVlc3QSHwoHbWVtYmVycxgBIAMoCzIOLnBlYy52MS5NZW1iZXIihQEKE1N5bmNNZW1iZXJzUmVzcG9uc2USDwoHY3JlYXRlZBgBIAEoAxIPCgd1cGRhdGVkGAIgASgDEhEKCXVuY2hhbmdlZBgDIAEoAxIQCghyZWplY3RlZBgEIAEoAxInCg1yZWplY3RlZF9yb3dzGAUgAygLMhAucGVjLnYxLlJvd0Vycm9yIioKEEdldE1lbWJlclJlcXVlc3QSFgoOY29kaWNlX2Zpc2NhbGUYASABKAkiMwoRR2V0TWVtYmVyUmVzcG9uc2USHgoGbWVtYmVyGAEgASgLMg4ucGVjLnYxLk1lbWJlciKBAQoSTGlzdE1lbWJlcnNSZXF1ZXN0EhEKCXBhZ2Vfc2l6ZRgBIAEoBRISCgpwYWdlX3Rva2VuGAIgASgJEhMKC29yZGluZV9jb2RlGAMgASgJEi8KD3JlZ2lzdGVyX3N0YXR1cxgEIAEoDjIWLnBlYy52MS5SZWdpc3RlclN0YXR1cyJPChNMaXN0TWVtYmVyc1Jlc3BvbnNlEh8KB21lbWJlcnMYASADKAsyDi5wZWMudjEuTWVtYmVyEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCTLNBAoPUmVnaXN0cnlTZXJ2aWNlEkkKDENyZWF0ZU9yZGluZRIbLnBlYy52MS5DcmVhdGVPcmRpbmVSZXF1ZXN0GhwucGVjLnYxLkNyZWF0ZU9yZGluZVJlc3BvbnNlEkAKCUdldE9yZGluZRIYLnBlYy52MS5HZXRPcmRpbmVSZXF1ZXN0GhkucGVjLnYxLkdldE9yZGluZVJlc3BvbnNlEkMKCkxpc3RPcmRpbmkSGS5wZWMudjEuTGlzdE9yZGluaVJlcXVlc3QaGi5wZWMudjEuTGlzdE9yZGluaVJlc3BvbnNlEkkKDFVwZGF0ZU9yZGluZRIbLnBlYy52MS5VcGRhdGVPcmRpbmVSZXF1ZXN0GhwucGVjLnYxLlVwZGF0ZU9yZGluZVJlc3BvbnNlEkkKDFVwc2VydE1lbWJlchIbLnBlYy52MS5VcHNlcnRNZW1iZXJSZXF1ZXN0GhwucGVjLnYxLlVwc2VydE1lbWJlclJlc3BvbnNlEkgKC1N5bmNNZW1iZXJzEhoucGVjLnYxLlN5bmNNZW1iZXJzUmVxdWVzdBobLnBlYy52MS5TeW5jTWVtYmVyc1Jlc3BvbnNlKAESQAoJR2V0TWVtYmVyEhgucGVjLnYxLkdldE1lbWJlclJlcXVlc3QaGS5wZWMudjEuR2V0TWVtYmVyUmVzcG9uc2USRgoLTGlzdE1lbWJlcnMSGi5wZWMudjEuTGlzdE1lbWJlcnNSZXF1ZXN0GhsucGVjLnYxLkxpc3RNZW1iZXJzUmVzcG9uc2VCnwEKFG9yZy50c3JtcHN0cnAucGVjLnYxQhRSZWdpc3RyeVNlcnZpY2VQcm90b1ABWipwZWMudHNybS1wc3RycC5vcmcvY2xpZW50cy9nby9wZWMvdjE7cGVjdjGqAgZQZWMuVjHKAhBUc3JtUHN0cnBcUGVjXFYx4gIcVHNybVBzdHJwXFBlY1xHUEJNZXRhZGF0YVxWMeoCB1BlYzo6VjFiBnByb3RvMw", [file_google_protobuf_field_mask, file_pec_v1_resources]);
/**
 * Describes the message pec.v1.CreateOrdineRequest.
 * Use `create(CreateOrdineRequestSchema)` to create a new message.
 */
export const CreateOrdineRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 0);
/**
 * Describes the message pec.v1.CreateOrdineResponse.
 * Use `create(CreateOrdineResponseSchema)` to create a new message.
 */
export const CreateOrdineResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 1);
/**
 * Describes the message pec.v1.GetOrdineRequest.
 * Use `create(GetOrdineRequestSchema)` to create a new message.
 */
export const GetOrdineRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 2);
/**
 * Describes the message pec.v1.GetOrdineResponse.
 * Use `create(GetOrdineResponseSchema)` to create a new message.
 */
export const GetOrdineResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 3);
/**
 * Describes the message pec.v1.ListOrdiniRequest.
 * Use `create(ListOrdiniRequestSchema)` to create a new message.
 */
export const ListOrdiniRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 4);
/**
 * Describes the message pec.v1.ListOrdiniResponse.
 * Use `create(ListOrdiniResponseSchema)` to create a new message.
 */
export const ListOrdiniResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 5);
/**
 * Describes the message pec.v1.UpdateOrdineRequest.
 * Use `create(UpdateOrdineRequestSchema)` to create a new message.
 */
export const UpdateOrdineRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 6);
/**
 * Describes the message pec.v1.UpdateOrdineResponse.
 * Use `create(UpdateOrdineResponseSchema)` to create a new message.
 */
export const UpdateOrdineResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 7);
/**
 * Describes the message pec.v1.UpsertMemberRequest.
 * Use `create(UpsertMemberRequestSchema)` to create a new message.
 */
export const UpsertMemberRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 8);
/**
 * Describes the message pec.v1.UpsertMemberResponse.
 * Use `create(UpsertMemberResponseSchema)` to create a new message.
 */
export const UpsertMemberResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 9);
/**
 * Describes the message pec.v1.SyncMembersRequest.
 * Use `create(SyncMembersRequestSchema)` to create a new message.
 */
export const SyncMembersRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 10);
/**
 * Describes the message pec.v1.SyncMembersResponse.
 * Use `create(SyncMembersResponseSchema)` to create a new message.
 */
export const SyncMembersResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 11);
/**
 * Describes the message pec.v1.GetMemberRequest.
 * Use `create(GetMemberRequestSchema)` to create a new message.
 */
export const GetMemberRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 12);
/**
 * Describes the message pec.v1.GetMemberResponse.
 * Use `create(GetMemberResponseSchema)` to create a new message.
 */
export const GetMemberResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 13);
/**
 * Describes the message pec.v1.ListMembersRequest.
 * Use `create(ListMembersRequestSchema)` to create a new message.
 */
export const ListMembersRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 14);
/**
 * Describes the message pec.v1.ListMembersResponse.
 * Use `create(ListMembersResponseSchema)` to create a new message.
 */
export const ListMembersResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_registry_service, 15);
/**
 * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
 * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
 * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
 *
 * @generated from service pec.v1.RegistryService
 */
export const RegistryService = /*@__PURE__*/ serviceDesc(file_pec_v1_registry_service, 0);
//# sourceMappingURL=registry_service_pb.js.map