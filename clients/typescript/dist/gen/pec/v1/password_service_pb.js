// Passwords of the PEC mailboxes: first set-up and "Password dimenticata".
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
/**
 * Describes the file pec/v1/password_service.proto.
 */
export const file_pec_v1_password_service = /*@__PURE__*/ fileDesc("Ch1wZWMvdjEvcGFzc3dvcmRfc2VydmljZS5wcm90bxIGcGVjLnYxImMKG1JlcXVlc3RQYXNzd29yZFJlc2V0UmVxdWVzdBIXCg9tYWlsYm94X2FkZHJlc3MYASABKAkSFgoOY29kaWNlX2Zpc2NhbGUYAiABKAkSEwoLcGFydGl0YV9pdmEYAyABKAkiSAocUmVxdWVzdFBhc3N3b3JkUmVzZXRSZXNwb25zZRIUCgxtYXNrZWRfZW1haWwYASABKAkSEgoKbWVzc2FnZV9pdBgCIAEoCSJDChxDb21wbGV0ZVBhc3N3b3JkUmVzZXRSZXF1ZXN0Eg0KBXRva2VuGAEgASgJEhQKDG5ld19wYXNzd29yZBgCIAEoCSI4Ch1Db21wbGV0ZVBhc3N3b3JkUmVzZXRSZXNwb25zZRIXCg9tYWlsYm94X2FkZHJlc3MYASABKAky2gEKD1Bhc3N3b3JkU2VydmljZRJhChRSZXF1ZXN0UGFzc3dvcmRSZXNldBIjLnBlYy52MS5SZXF1ZXN0UGFzc3dvcmRSZXNldFJlcXVlc3QaJC5wZWMudjEuUmVxdWVzdFBhc3N3b3JkUmVzZXRSZXNwb25zZRJkChVDb21wbGV0ZVBhc3N3b3JkUmVzZXQSJC5wZWMudjEuQ29tcGxldGVQYXNzd29yZFJlc2V0UmVxdWVzdBolLnBlYy52MS5Db21wbGV0ZVBhc3N3b3JkUmVzZXRSZXNwb25zZUKfAQoUb3JnLnRzcm1wc3RycC5wZWMudjFCFFBhc3N3b3JkU2VydmljZVByb3RvUAFaKnBlYy50c3JtLXBzdHJwLm9yZy9jbGllbnRzL2dvL3BlYy92MTtwZWN2MaoCBlBlYy5WMcoCEFRzcm1Qc3RycFxQZWNcVjHiAhxUc3JtUHN0cnBcUGVjXEdQQk1ldGFkYXRhXFYx6gIHUGVjOjpWMWIGcHJvdG8z");
/**
 * Describes the message pec.v1.RequestPasswordResetRequest.
 * Use `create(RequestPasswordResetRequestSchema)` to create a new message.
 */
export const RequestPasswordResetRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_password_service, 0);
/**
 * Describes the message pec.v1.RequestPasswordResetResponse.
 * Use `create(RequestPasswordResetResponseSchema)` to create a new message.
 */
export const RequestPasswordResetResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_password_service, 1);
/**
 * Describes the message pec.v1.CompletePasswordResetRequest.
 * Use `create(CompletePasswordResetRequestSchema)` to create a new message.
 */
export const CompletePasswordResetRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_password_service, 2);
/**
 * Describes the message pec.v1.CompletePasswordResetResponse.
 * Use `create(CompletePasswordResetResponseSchema)` to create a new message.
 */
export const CompletePasswordResetResponseSchema = /*@__PURE__*/ messageDesc(file_pec_v1_password_service, 3);
/**
 * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
 * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
 * minutes) to the personal email on record. Either link's token completes with
 * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
 * albo, admin.
 *
 * @generated from service pec.v1.PasswordService
 */
export const PasswordService = /*@__PURE__*/ serviceDesc(file_pec_v1_password_service, 0);
//# sourceMappingURL=password_service_pb.js.map