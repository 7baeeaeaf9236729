// Activation of PEC mailboxes: the Ordine's request and the member's acceptance.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_pec_v1_resources } from "./resources_pb.js";
/**
 * Describes the file pec/v1/activation_service.proto.
 */
export const file_pec_v1_activation_service = /*@__PURE__*/ fileDesc("Ch9wZWMvdjEvYWN0aXZhdGlvbl9zZXJ2aWNlLnByb3RvEgZwZWMudjEiXAoeQ3JlYXRlQWN0aXZhdGlvblJlcXVlc3RSZXF1ZXN0EhIKCnJlcXVlc3RfaWQYASABKAkSFgoOY29kaWNlX2Zpc2NhbGUYAiABKAkSDgoGZG9tYWluGAMgASgJIlgKH0NyZWF0ZUFjdGl2YXRpb25SZXF1ZXN0UmVzcG9uc2USNQoSYWN0aXZhdGlvbl9yZXF1ZXN0GAEgASgLMhkucGVjLnYxLkFjdGl2YXRpb25SZXF1ZXN0ImAKJEJhdGNoQ3JlYXRlQWN0aXZhdGlvblJlcXVlc3RzUmVxdWVzdBI4CghyZXF1ZXN0cxgBIAMoCzImLnBlYy52MS5DcmVhdGVBY3RpdmF0aW9uUmVxdWVzdFJlcXVlc3QiZQolQmF0Y2hDcmVhdGVBY3RpdmF0aW9uUmVxdWVzdHNSZXNwb25zZRI8CgdyZXN1bHRzGAEgAygLMisucGVjLnYxLkJhdGNoQ3JlYXRlQWN0aXZhdGlvblJlcXVlc3RzUmVzdWx0IosBCiNCYXRjaENyZWF0ZUFjdGl2YXRpb25SZXF1ZXN0c1Jlc3VsdBI3ChJhY3RpdmF0aW9uX3JlcXVlc3QYASABKAsyGS5wZWMudjEuQWN0aXZhdGlvblJlcXVlc3RIABIhCgVlcnJvchgCIAEoCzIQLnBlYy52MS5Sb3dFcnJvckgAQggKBnJlc3VsdCIpChtHZXRBY3RpdmF0aW9uUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkiVQocR2V0QWN0aXZhdGlvblJlcXVlc3RSZXNwb25zZRI1ChJhY3RpdmF0aW9uX3JlcXVlc3QYASABKAsyGS5wZWMudjEuQWN0aXZhdGlvblJlcXVlc3QimwEKHUxpc3RBY3RpdmF0aW9uUmVxdWVzdHNSZXF1ZXN0EhEKCXBhZ2Vfc2l6ZRgBIAEoBRISCgpwYWdlX3Rva2VuGAIgASgJEhMKC29yZGluZV9jb2RlGAMgASgJEiYKBXN0YXRlGAQgASgOMhcucGVjLnYxLkFjdGl2YXRpb25TdGF0ZRIWCg5jb2RpY2VfZmlzY2FsZRgFIAEoCSJxCh5MaXN0QWN0aXZhdGlvblJlcXVlc3RzUmVzcG9uc2USNgoTYWN0aXZhdGlvbl9yZXF1ZXN0cxgBIAMoCzIZLnBlYy52MS5BY3RpdmF0aW9uUmVxdWVzdBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiLAoeQ2FuY2VsQWN0aXZhdGlvblJlcXVlc3RSZXF1ZXN0EgoKAmlkGAEgASgJIlgKH0NhbmNlbEFjdGl2YXRpb25SZXF1ZXN0UmVzcG9uc2USNQoSYWN0aXZhdGlvbl9yZXF1ZXN0GAEgASgLMhkucGVjLnYxLkFjdGl2YXRpb25SZXF1ZXN0IjAKFkxpc3RBc3NpZ25tZW50c1JlcXVlc3QSFgoOY29kaWNlX2Zpc2NhbGUYASABKAkiQgoXTGlzdEFzc2lnbm1lbnRzUmVzcG9uc2USJwoLYXNzaWdubWVudHMYASADKAsyEi5wZWMudjEuQXNzaWdubWVudCJQChdBY2NlcHRBc3NpZ25tZW50UmVxdWVzdBIdChVhY3RpdmF0aW9uX3JlcXVlc3RfaWQYASABKAkSFgoOY29kaWNlX2Zpc2NhbGUYAiABKAkicwoYQWNjZXB0QXNzaWdubWVudFJlc3BvbnNlEjUKEmFjdGl2YXRpb25fcmVxdWVzdBgBIAEoCzIZLnBlYy52MS5BY3RpdmF0aW9uUmVxdWVzdBIgCgdtYWlsYm94GAIgASgLMg8ucGVjLnYxLk1haWxib3giYQoYRGVjbGluZUFzc2lnbm1lbnRSZXF1ZXN0Eh0KFWFjdGl2YXRpb25fcmVxdWVzdF9pZBgBIAEoCRIWCg5jb2RpY2VfZmlzY2FsZRgCIAEoCRIOCgZyZWFzb24YAyABKAkiUgoZRGVjbGluZUFzc2lnbm1lbnRSZXNwb25zZRI1ChJhY3RpdmF0aW9uX3JlcXVlc3QYASABKAsyGS5wZWMudjEuQWN0aXZhdGlvblJlcXVlc3QyugYKEUFjdGl2YXRpb25TZXJ2aWNlEmoKF0NyZWF0ZUFjdGl2YXRpb25SZXF1ZXN0EiYucGVjLnYxLkNyZWF0ZUFjdGl2YXRpb25SZXF1ZXN0UmVxdWVzdBonLnBlYy52MS5DcmVhdGVBY3RpdmF0aW9uUmVxdWVzdFJlc3BvbnNlEnwKHUJhdGNoQ3JlYXRlQWN0aXZhdGlvblJlcXVlc3RzEiwucGVjLnYxLkJhdGNoQ3JlYXRlQWN0aXZhdGlvblJlcXVlc3RzUmVxdWVzdBotLnBlYy52MS5CYXRjaENyZWF0ZUFjdGl2YXRpb25SZXF1ZXN0c1Jlc3BvbnNlEmEKFEdldEFjdGl2YXRpb25SZXF1ZXN0EiMucGVjLnYxLkdldEFjdGl2YXRpb25SZXF1ZXN0UmVxdWVzdBokLnBlYy52MS5HZXRBY3RpdmF0aW9uUmVxdWVzdFJlc3BvbnNlEmcKFkxpc3RBY3RpdmF0aW9uUmVxdWVzdHMSJS5wZWMudjEuTGlzdEFjdGl2YXRpb25SZXF1ZXN0c1JlcXVlc3QaJi5wZWMudjEuTGlzdEFjdGl2YXRpb25SZXF1ZXN0c1Jlc3BvbnNlEmoKF0NhbmNlbEFjdGl2YXRpb25SZXF1ZXN0EiYucGVjLnYxLkNhbmNlbEFjdGl2YXRpb25SZXF1ZXN0UmVxdWVzdBonLnBlYy52MS5DYW5jZWxBY3RpdmF0aW9uUmVxdWVzdFJlc3BvbnNlElIKD0xpc3RBc3NpZ25tZW50cxIeLnBlYy52MS5MaXN0QXNzaWdubWVudHNSZXF1ZXN0Gh8ucGVjLnYxLkxpc3RBc3NpZ25tZW50c1Jlc3BvbnNlElUKEEFjY2VwdEFzc2lnbm1lbnQSHy5wZWMudjEuQWNjZXB0QXNzaWdubWVudFJlcXVlc3QaIC5wZWMudjEuQWNjZXB0QXNzaWdubWVudFJlc3BvbnNlElgKEURlY2xpbmVBc3NpZ25tZW50EiAucGVjLnYxLkRlY2xpbmVBc3NpZ25tZW50UmVxdWVzdBohLnBlYy52MS5EZWNsaW5lQXNzaWdubWVudFJlc3BvbnNlQqEBChRvcmcudHNybXBzdHJwLnBlYy52MUIWQWN0aXZhdGlvblNlcnZpY2VQcm90b1ABWipwZWMudHNybS1wc3RycC5vcmcvY2xpZW50cy9nby9wZWMvdjE7cGVjdjGqAgZQZWMuVjHKAhBUc3JtUHN0cnBcUGVjXFYx4gIcVHNybVBzdHJwXFBlY1xHUEJNZXRhZGF0YVxWMeoCB1BlYzo6VjFiBnByb3RvMw", [file_pec_v1_resources]);
/**
 * Describes the message pec.v1.CreateActivationRequestRequest.
 * Use `create(CreateActivationRequestRequestSchema)` to create a new message.
 */
export const CreateActivationRequestRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 0);
/**
 * Describes the message pec.v1.CreateActivationRequestResponse.
 * Use `create(CreateActivationRequestResponseSchema)` to create a new message.
 */
export const CreateActivationRequestResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 1);
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsRequest.
 * Use `create(BatchCreateActivationRequestsRequestSchema)` to create a new message.
 */
export const BatchCreateActivationRequestsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 2);
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsResponse.
 * Use `create(BatchCreateActivationRequestsResponseSchema)` to create a new message.
 */
export const BatchCreateActivationRequestsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 3);
/**
 * Describes the message pec.v1.BatchCreateActivationRequestsResult.
 * Use `create(BatchCreateActivationRequestsResultSchema)` to create a new message.
 */
export const BatchCreateActivationRequestsResultSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 4);
/**
 * Describes the message pec.v1.GetActivationRequestRequest.
 * Use `create(GetActivationRequestRequestSchema)` to create a new message.
 */
export const GetActivationRequestRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 5);
/**
 * Describes the message pec.v1.GetActivationRequestResponse.
 * Use `create(GetActivationRequestResponseSchema)` to create a new message.
 */
export const GetActivationRequestResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 6);
/**
 * Describes the message pec.v1.ListActivationRequestsRequest.
 * Use `create(ListActivationRequestsRequestSchema)` to create a new message.
 */
export const ListActivationRequestsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 7);
/**
 * Describes the message pec.v1.ListActivationRequestsResponse.
 * Use `create(ListActivationRequestsResponseSchema)` to create a new message.
 */
export const ListActivationRequestsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 8);
/**
 * Describes the message pec.v1.CancelActivationRequestRequest.
 * Use `create(CancelActivationRequestRequestSchema)` to create a new message.
 */
export const CancelActivationRequestRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 9);
/**
 * Describes the message pec.v1.CancelActivationRequestResponse.
 * Use `create(CancelActivationRequestResponseSchema)` to create a new message.
 */
export const CancelActivationRequestResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 10);
/**
 * Describes the message pec.v1.ListAssignmentsRequest.
 * Use `create(ListAssignmentsRequestSchema)` to create a new message.
 */
export const ListAssignmentsRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 11);
/**
 * Describes the message pec.v1.ListAssignmentsResponse.
 * Use `create(ListAssignmentsResponseSchema)` to create a new message.
 */
export const ListAssignmentsResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 12);
/**
 * Describes the message pec.v1.AcceptAssignmentRequest.
 * Use `create(AcceptAssignmentRequestSchema)` to create a new message.
 */
export const AcceptAssignmentRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 13);
/**
 * Describes the message pec.v1.AcceptAssignmentResponse.
 * Use `create(AcceptAssignmentResponseSchema)` to create a new message.
 */
export const AcceptAssignmentResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 14);
/**
 * Describes the message pec.v1.DeclineAssignmentRequest.
 * Use `create(DeclineAssignmentRequestSchema)` to create a new message.
 */
export const DeclineAssignmentRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 15);
/**
 * Describes the message pec.v1.DeclineAssignmentResponse.
 * Use `create(DeclineAssignmentResponseSchema)` to create a new message.
 */
export const DeclineAssignmentResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_activation_service, 16);
/**
 * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
 * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
 * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
 *
 * @generated from service pec.v1.ActivationService
 */
export const ActivationService = /*@__PURE__*/ serviceDesc(file_pec_v1_activation_service, 0);
//# sourceMappingURL=activation_service_pb.js.map