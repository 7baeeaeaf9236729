package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
 * recovery email, mobile number and residence. The steps, in order: StartContactChange
 * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
 * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
 * the first carries the change id and the change secret that StartContactChange returned. A
 * step called before the steps it depends on is FAILED_PRECONDITION with reason
 * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
 * not submitted within 24 hours expires and its images are deleted. Callers: self_service
 * (the front end acting for the member), albo, admin.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ContactChangeServiceGrpc {

  private ContactChangeServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.ContactChangeService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.StartContactChangeRequest,
      org.tsrmpstrp.pec.v1.StartContactChangeResponse> getStartContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartContactChange",
      requestType = org.tsrmpstrp.pec.v1.StartContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.StartContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.StartContactChangeRequest,
      org.tsrmpstrp.pec.v1.StartContactChangeResponse> getStartContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.StartContactChangeRequest, org.tsrmpstrp.pec.v1.StartContactChangeResponse> getStartContactChangeMethod;
    if ((getStartContactChangeMethod = ContactChangeServiceGrpc.getStartContactChangeMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getStartContactChangeMethod = ContactChangeServiceGrpc.getStartContactChangeMethod) == null) {
          ContactChangeServiceGrpc.getStartContactChangeMethod = getStartContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.StartContactChangeRequest, org.tsrmpstrp.pec.v1.StartContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.StartContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.StartContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("StartContactChange"))
              .build();
        }
      }
    }
    return getStartContactChangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetHolderDetailsRequest,
      org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> getSetHolderDetailsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHolderDetails",
      requestType = org.tsrmpstrp.pec.v1.SetHolderDetailsRequest.class,
      responseType = org.tsrmpstrp.pec.v1.SetHolderDetailsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetHolderDetailsRequest,
      org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> getSetHolderDetailsMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetHolderDetailsRequest, org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> getSetHolderDetailsMethod;
    if ((getSetHolderDetailsMethod = ContactChangeServiceGrpc.getSetHolderDetailsMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getSetHolderDetailsMethod = ContactChangeServiceGrpc.getSetHolderDetailsMethod) == null) {
          ContactChangeServiceGrpc.getSetHolderDetailsMethod = getSetHolderDetailsMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.SetHolderDetailsRequest, org.tsrmpstrp.pec.v1.SetHolderDetailsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHolderDetails"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetHolderDetailsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetHolderDetailsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("SetHolderDetails"))
              .build();
        }
      }
    }
    return getSetHolderDetailsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest,
      org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse> getUploadIdentityDocumentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadIdentityDocument",
      requestType = org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest.class,
      responseType = org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest,
      org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse> getUploadIdentityDocumentMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest, org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse> getUploadIdentityDocumentMethod;
    if ((getUploadIdentityDocumentMethod = ContactChangeServiceGrpc.getUploadIdentityDocumentMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getUploadIdentityDocumentMethod = ContactChangeServiceGrpc.getUploadIdentityDocumentMethod) == null) {
          ContactChangeServiceGrpc.getUploadIdentityDocumentMethod = getUploadIdentityDocumentMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest, org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadIdentityDocument"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("UploadIdentityDocument"))
              .build();
        }
      }
    }
    return getUploadIdentityDocumentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest,
      org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> getSetRecoveryEmailMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetRecoveryEmail",
      requestType = org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest.class,
      responseType = org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest,
      org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> getSetRecoveryEmailMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest, org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> getSetRecoveryEmailMethod;
    if ((getSetRecoveryEmailMethod = ContactChangeServiceGrpc.getSetRecoveryEmailMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getSetRecoveryEmailMethod = ContactChangeServiceGrpc.getSetRecoveryEmailMethod) == null) {
          ContactChangeServiceGrpc.getSetRecoveryEmailMethod = getSetRecoveryEmailMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest, org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetRecoveryEmail"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("SetRecoveryEmail"))
              .build();
        }
      }
    }
    return getSetRecoveryEmailMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest,
      org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> getVerifyRecoveryEmailMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyRecoveryEmail",
      requestType = org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest.class,
      responseType = org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest,
      org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> getVerifyRecoveryEmailMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest, org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> getVerifyRecoveryEmailMethod;
    if ((getVerifyRecoveryEmailMethod = ContactChangeServiceGrpc.getVerifyRecoveryEmailMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getVerifyRecoveryEmailMethod = ContactChangeServiceGrpc.getVerifyRecoveryEmailMethod) == null) {
          ContactChangeServiceGrpc.getVerifyRecoveryEmailMethod = getVerifyRecoveryEmailMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest, org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyRecoveryEmail"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("VerifyRecoveryEmail"))
              .build();
        }
      }
    }
    return getVerifyRecoveryEmailMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetMobileNumberRequest,
      org.tsrmpstrp.pec.v1.SetMobileNumberResponse> getSetMobileNumberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetMobileNumber",
      requestType = org.tsrmpstrp.pec.v1.SetMobileNumberRequest.class,
      responseType = org.tsrmpstrp.pec.v1.SetMobileNumberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetMobileNumberRequest,
      org.tsrmpstrp.pec.v1.SetMobileNumberResponse> getSetMobileNumberMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SetMobileNumberRequest, org.tsrmpstrp.pec.v1.SetMobileNumberResponse> getSetMobileNumberMethod;
    if ((getSetMobileNumberMethod = ContactChangeServiceGrpc.getSetMobileNumberMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getSetMobileNumberMethod = ContactChangeServiceGrpc.getSetMobileNumberMethod) == null) {
          ContactChangeServiceGrpc.getSetMobileNumberMethod = getSetMobileNumberMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.SetMobileNumberRequest, org.tsrmpstrp.pec.v1.SetMobileNumberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetMobileNumber"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetMobileNumberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SetMobileNumberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("SetMobileNumber"))
              .build();
        }
      }
    }
    return getSetMobileNumberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest,
      org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> getConfirmContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConfirmContactChange",
      requestType = org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest,
      org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> getConfirmContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest, org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> getConfirmContactChangeMethod;
    if ((getConfirmContactChangeMethod = ContactChangeServiceGrpc.getConfirmContactChangeMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getConfirmContactChangeMethod = ContactChangeServiceGrpc.getConfirmContactChangeMethod) == null) {
          ContactChangeServiceGrpc.getConfirmContactChangeMethod = getConfirmContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest, org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConfirmContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("ConfirmContactChange"))
              .build();
        }
      }
    }
    return getConfirmContactChangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest,
      org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> getVerifyMobileNumberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyMobileNumber",
      requestType = org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest.class,
      responseType = org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest,
      org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> getVerifyMobileNumberMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest, org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> getVerifyMobileNumberMethod;
    if ((getVerifyMobileNumberMethod = ContactChangeServiceGrpc.getVerifyMobileNumberMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getVerifyMobileNumberMethod = ContactChangeServiceGrpc.getVerifyMobileNumberMethod) == null) {
          ContactChangeServiceGrpc.getVerifyMobileNumberMethod = getVerifyMobileNumberMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest, org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyMobileNumber"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("VerifyMobileNumber"))
              .build();
        }
      }
    }
    return getVerifyMobileNumberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest,
      org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> getResendVerificationCodeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResendVerificationCode",
      requestType = org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest,
      org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> getResendVerificationCodeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest, org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> getResendVerificationCodeMethod;
    if ((getResendVerificationCodeMethod = ContactChangeServiceGrpc.getResendVerificationCodeMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getResendVerificationCodeMethod = ContactChangeServiceGrpc.getResendVerificationCodeMethod) == null) {
          ContactChangeServiceGrpc.getResendVerificationCodeMethod = getResendVerificationCodeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest, org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResendVerificationCode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("ResendVerificationCode"))
              .build();
        }
      }
    }
    return getResendVerificationCodeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelContactChangeRequest,
      org.tsrmpstrp.pec.v1.CancelContactChangeResponse> getCancelContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelContactChange",
      requestType = org.tsrmpstrp.pec.v1.CancelContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CancelContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelContactChangeRequest,
      org.tsrmpstrp.pec.v1.CancelContactChangeResponse> getCancelContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelContactChangeRequest, org.tsrmpstrp.pec.v1.CancelContactChangeResponse> getCancelContactChangeMethod;
    if ((getCancelContactChangeMethod = ContactChangeServiceGrpc.getCancelContactChangeMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getCancelContactChangeMethod = ContactChangeServiceGrpc.getCancelContactChangeMethod) == null) {
          ContactChangeServiceGrpc.getCancelContactChangeMethod = getCancelContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CancelContactChangeRequest, org.tsrmpstrp.pec.v1.CancelContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CancelContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CancelContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("CancelContactChange"))
              .build();
        }
      }
    }
    return getCancelContactChangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeRequest,
      org.tsrmpstrp.pec.v1.GetContactChangeResponse> getGetContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContactChange",
      requestType = org.tsrmpstrp.pec.v1.GetContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeRequest,
      org.tsrmpstrp.pec.v1.GetContactChangeResponse> getGetContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeRequest, org.tsrmpstrp.pec.v1.GetContactChangeResponse> getGetContactChangeMethod;
    if ((getGetContactChangeMethod = ContactChangeServiceGrpc.getGetContactChangeMethod) == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        if ((getGetContactChangeMethod = ContactChangeServiceGrpc.getGetContactChangeMethod) == null) {
          ContactChangeServiceGrpc.getGetContactChangeMethod = getGetContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetContactChangeRequest, org.tsrmpstrp.pec.v1.GetContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContactChangeServiceMethodDescriptorSupplier("GetContactChange"))
              .build();
        }
      }
    }
    return getGetContactChangeMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ContactChangeServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceStub>() {
        @java.lang.Override
        public ContactChangeServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactChangeServiceStub(channel, callOptions);
        }
      };
    return ContactChangeServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ContactChangeServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceBlockingV2Stub>() {
        @java.lang.Override
        public ContactChangeServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactChangeServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ContactChangeServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ContactChangeServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceBlockingStub>() {
        @java.lang.Override
        public ContactChangeServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactChangeServiceBlockingStub(channel, callOptions);
        }
      };
    return ContactChangeServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ContactChangeServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContactChangeServiceFutureStub>() {
        @java.lang.Override
        public ContactChangeServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContactChangeServiceFutureStub(channel, callOptions);
        }
      };
    return ContactChangeServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     * </pre>
     */
    default void startContactChange(org.tsrmpstrp.pec.v1.StartContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.StartContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartContactChangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     * </pre>
     */
    default void setHolderDetails(org.tsrmpstrp.pec.v1.SetHolderDetailsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetHolderDetailsMethod(), responseObserver);
    }

    /**
     * <pre>
     * UploadIdentityDocument uploads one side of the identity document: a first message with the
     * header, then the image in chunks. Only JPEG is accepted (the bytes are checked, not a
     * name), at most 4 MiB per side and 40 megapixels; EXIF and other metadata (GPS position,
     * device) are removed without re-compressing the image. A new upload of a side replaces the
     * previous one. The image is stored encrypted, with its SHA-256.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest> uploadIdentityDocument(
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadIdentityDocumentMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     * </pre>
     */
    default void setRecoveryEmail(org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetRecoveryEmailMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     * </pre>
     */
    default void verifyRecoveryEmail(org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyRecoveryEmailMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     * </pre>
     */
    default void setMobileNumber(org.tsrmpstrp.pec.v1.SetMobileNumberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetMobileNumberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMobileNumberMethod(), responseObserver);
    }

    /**
     * <pre>
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     * </pre>
     */
    default void confirmContactChange(org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConfirmContactChangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     * </pre>
     */
    default void verifyMobileNumber(org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyMobileNumberMethod(), responseObserver);
    }

    /**
     * <pre>
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     * </pre>
     */
    default void resendVerificationCode(org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResendVerificationCodeMethod(), responseObserver);
    }

    /**
     * <pre>
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     * </pre>
     */
    default void cancelContactChange(org.tsrmpstrp.pec.v1.CancelContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelContactChangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     * </pre>
     */
    default void getContactChange(org.tsrmpstrp.pec.v1.GetContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContactChangeMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ContactChangeService.
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public static abstract class ContactChangeServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ContactChangeServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ContactChangeService.
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public static final class ContactChangeServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ContactChangeServiceStub> {
    private ContactChangeServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactChangeServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactChangeServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     * </pre>
     */
    public void startContactChange(org.tsrmpstrp.pec.v1.StartContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.StartContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartContactChangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     * </pre>
     */
    public void setHolderDetails(org.tsrmpstrp.pec.v1.SetHolderDetailsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetHolderDetailsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UploadIdentityDocument uploads one side of the identity document: a first message with the
     * header, then the image in chunks. Only JPEG is accepted (the bytes are checked, not a
     * name), at most 4 MiB per side and 40 megapixels; EXIF and other metadata (GPS position,
     * device) are removed without re-compressing the image. A new upload of a side replaces the
     * previous one. The image is stored encrypted, with its SHA-256.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest> uploadIdentityDocument(
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadIdentityDocumentMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     * </pre>
     */
    public void setRecoveryEmail(org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetRecoveryEmailMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     * </pre>
     */
    public void verifyRecoveryEmail(org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyRecoveryEmailMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     * </pre>
     */
    public void setMobileNumber(org.tsrmpstrp.pec.v1.SetMobileNumberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetMobileNumberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMobileNumberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     * </pre>
     */
    public void confirmContactChange(org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConfirmContactChangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     * </pre>
     */
    public void verifyMobileNumber(org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyMobileNumberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     * </pre>
     */
    public void resendVerificationCode(org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResendVerificationCodeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     * </pre>
     */
    public void cancelContactChange(org.tsrmpstrp.pec.v1.CancelContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelContactChangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     * </pre>
     */
    public void getContactChange(org.tsrmpstrp.pec.v1.GetContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContactChangeMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ContactChangeService.
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public static final class ContactChangeServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ContactChangeServiceBlockingV2Stub> {
    private ContactChangeServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactChangeServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactChangeServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.StartContactChangeResponse startContactChange(org.tsrmpstrp.pec.v1.StartContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStartContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetHolderDetailsResponse setHolderDetails(org.tsrmpstrp.pec.v1.SetHolderDetailsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetHolderDetailsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UploadIdentityDocument uploads one side of the identity document: a first message with the
     * header, then the image in chunks. Only JPEG is accepted (the bytes are checked, not a
     * name), at most 4 MiB per side and 40 megapixels; EXIF and other metadata (GPS position,
     * device) are removed without re-compressing the image. A new upload of a side replaces the
     * previous one. The image is stored encrypted, with its SHA-256.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest, org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse>
        uploadIdentityDocument() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getUploadIdentityDocumentMethod(), getCallOptions());
    }

    /**
     * <pre>
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse setRecoveryEmail(org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetRecoveryEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse verifyRecoveryEmail(org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyRecoveryEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetMobileNumberResponse setMobileNumber(org.tsrmpstrp.pec.v1.SetMobileNumberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetMobileNumberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse confirmContactChange(org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConfirmContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse verifyMobileNumber(org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyMobileNumberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse resendVerificationCode(org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getResendVerificationCodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CancelContactChangeResponse cancelContactChange(org.tsrmpstrp.pec.v1.CancelContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetContactChangeResponse getContactChange(org.tsrmpstrp.pec.v1.GetContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContactChangeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ContactChangeService.
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public static final class ContactChangeServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ContactChangeServiceBlockingStub> {
    private ContactChangeServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactChangeServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactChangeServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.StartContactChangeResponse startContactChange(org.tsrmpstrp.pec.v1.StartContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetHolderDetailsResponse setHolderDetails(org.tsrmpstrp.pec.v1.SetHolderDetailsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetHolderDetailsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse setRecoveryEmail(org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetRecoveryEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse verifyRecoveryEmail(org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyRecoveryEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SetMobileNumberResponse setMobileNumber(org.tsrmpstrp.pec.v1.SetMobileNumberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMobileNumberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse confirmContactChange(org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConfirmContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse verifyMobileNumber(org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyMobileNumberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse resendVerificationCode(org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResendVerificationCodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CancelContactChangeResponse cancelContactChange(org.tsrmpstrp.pec.v1.CancelContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetContactChangeResponse getContactChange(org.tsrmpstrp.pec.v1.GetContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContactChangeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ContactChangeService.
   * <pre>
   * ContactChangeService runs the wizard by which the holder of a mailbox asks to change its
   * recovery email, mobile number and residence. The steps, in order: StartContactChange
   * (identify the holder), SetHolderDetails, UploadIdentityDocument (front and back), then the
   * recovery email, its code, the mobile number, the summary and the SMS code. Every call after
   * the first carries the change id and the change secret that StartContactChange returned. A
   * step called before the steps it depends on is FAILED_PRECONDITION with reason
   * STEP_OUT_OF_ORDER, naming the next expected step; an earlier step may be repeated. A draft
   * not submitted within 24 hours expires and its images are deleted. Callers: self_service
   * (the front end acting for the member), albo, admin.
   * </pre>
   */
  public static final class ContactChangeServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ContactChangeServiceFutureStub> {
    private ContactChangeServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContactChangeServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContactChangeServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * StartContactChange identifies the holder: the mailbox address and the holder's codice
     * fiscale or partita IVA, plus the captcha token of the front end. When they do not match an
     * ATTIVO mailbox the answer is INVALID_ARGUMENT with a generic message (it never says which
     * part is wrong), after the same delay as a match. Limited per mailbox, per holder and per
     * key like the password reset (RESOURCE_EXHAUSTED with RetryInfo).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.StartContactChangeResponse> startContactChange(
        org.tsrmpstrp.pec.v1.StartContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartContactChangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetHolderDetails records the holder's name and residence. Given and family name must agree
     * with the codice fiscale's name codes; the residence in Italy is checked against the
     * official lists of province, comuni and CAP.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.SetHolderDetailsResponse> setHolderDetails(
        org.tsrmpstrp.pec.v1.SetHolderDetailsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetHolderDetailsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetRecoveryEmail records the new recovery email and emails it a 6-digit code (valid 10
     * minutes). The address must not be a PEC address (the convention's domains, the PEC
     * providers' domains, any `pec.` domain). Setting it again voids an earlier verification.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse> setRecoveryEmail(
        org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetRecoveryEmailMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifyRecoveryEmail checks the emailed code. A wrong code is INVALID_ARGUMENT on `code`
     * saying how many tries are left; after 5 wrong tries, or after 10 minutes, the code is void
     * and a new one must be asked for with ResendVerificationCode.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse> verifyRecoveryEmail(
        org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyRecoveryEmailMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetMobileNumber records the new mobile number, in E.164 or Italian national form
     * (numbers of other countries need the + prefix). Only mobile numbers are accepted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.SetMobileNumberResponse> setMobileNumber(
        org.tsrmpstrp.pec.v1.SetMobileNumberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMobileNumberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ConfirmContactChange returns the full summary ("Verifica e conferma i dati") and sends
     * the 6-digit SMS code to the new number.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse> confirmContactChange(
        org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConfirmContactChangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifyMobileNumber checks the SMS code (same rules as the email code) and submits the
     * change for review, due within 3 days. A security notice with a one-time "non sono stato
     * io" link goes at once to the current recovery email and to the PEC mailbox itself.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse> verifyMobileNumber(
        org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyMobileNumberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ResendVerificationCode sends a new code for the step that awaits one (the email code or
     * the SMS code), voiding the previous one. Per change and channel at most one code a minute
     * and 5 an hour, and each address or number receives at most 10 codes a day across all
     * changes: beyond that RESOURCE_EXHAUSTED with RetryInfo. The same limits apply to the codes
     * SetRecoveryEmail and ConfirmContactChange send.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse> resendVerificationCode(
        org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResendVerificationCodeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CancelContactChange is the "non sono stato io" link of the security notice: with its
     * token it cancels a change that is still under review. The token works once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CancelContactChangeResponse> cancelContactChange(
        org.tsrmpstrp.pec.v1.CancelContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelContactChangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetContactChange returns the state of a change and, once decided, its outcome (the
     * "Esito" page).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetContactChangeResponse> getContactChange(
        org.tsrmpstrp.pec.v1.GetContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContactChangeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_START_CONTACT_CHANGE = 0;
  private static final int METHODID_SET_HOLDER_DETAILS = 1;
  private static final int METHODID_SET_RECOVERY_EMAIL = 2;
  private static final int METHODID_VERIFY_RECOVERY_EMAIL = 3;
  private static final int METHODID_SET_MOBILE_NUMBER = 4;
  private static final int METHODID_CONFIRM_CONTACT_CHANGE = 5;
  private static final int METHODID_VERIFY_MOBILE_NUMBER = 6;
  private static final int METHODID_RESEND_VERIFICATION_CODE = 7;
  private static final int METHODID_CANCEL_CONTACT_CHANGE = 8;
  private static final int METHODID_GET_CONTACT_CHANGE = 9;
  private static final int METHODID_UPLOAD_IDENTITY_DOCUMENT = 10;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_START_CONTACT_CHANGE:
          serviceImpl.startContactChange((org.tsrmpstrp.pec.v1.StartContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.StartContactChangeResponse>) responseObserver);
          break;
        case METHODID_SET_HOLDER_DETAILS:
          serviceImpl.setHolderDetails((org.tsrmpstrp.pec.v1.SetHolderDetailsRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetHolderDetailsResponse>) responseObserver);
          break;
        case METHODID_SET_RECOVERY_EMAIL:
          serviceImpl.setRecoveryEmail((org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse>) responseObserver);
          break;
        case METHODID_VERIFY_RECOVERY_EMAIL:
          serviceImpl.verifyRecoveryEmail((org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse>) responseObserver);
          break;
        case METHODID_SET_MOBILE_NUMBER:
          serviceImpl.setMobileNumber((org.tsrmpstrp.pec.v1.SetMobileNumberRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SetMobileNumberResponse>) responseObserver);
          break;
        case METHODID_CONFIRM_CONTACT_CHANGE:
          serviceImpl.confirmContactChange((org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse>) responseObserver);
          break;
        case METHODID_VERIFY_MOBILE_NUMBER:
          serviceImpl.verifyMobileNumber((org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse>) responseObserver);
          break;
        case METHODID_RESEND_VERIFICATION_CODE:
          serviceImpl.resendVerificationCode((org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse>) responseObserver);
          break;
        case METHODID_CANCEL_CONTACT_CHANGE:
          serviceImpl.cancelContactChange((org.tsrmpstrp.pec.v1.CancelContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelContactChangeResponse>) responseObserver);
          break;
        case METHODID_GET_CONTACT_CHANGE:
          serviceImpl.getContactChange((org.tsrmpstrp.pec.v1.GetContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_UPLOAD_IDENTITY_DOCUMENT:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.uploadIdentityDocument(
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getStartContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.StartContactChangeRequest,
              org.tsrmpstrp.pec.v1.StartContactChangeResponse>(
                service, METHODID_START_CONTACT_CHANGE)))
        .addMethod(
          getSetHolderDetailsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.SetHolderDetailsRequest,
              org.tsrmpstrp.pec.v1.SetHolderDetailsResponse>(
                service, METHODID_SET_HOLDER_DETAILS)))
        .addMethod(
          getUploadIdentityDocumentMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.UploadIdentityDocumentRequest,
              org.tsrmpstrp.pec.v1.UploadIdentityDocumentResponse>(
                service, METHODID_UPLOAD_IDENTITY_DOCUMENT)))
        .addMethod(
          getSetRecoveryEmailMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.SetRecoveryEmailRequest,
              org.tsrmpstrp.pec.v1.SetRecoveryEmailResponse>(
                service, METHODID_SET_RECOVERY_EMAIL)))
        .addMethod(
          getVerifyRecoveryEmailMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.VerifyRecoveryEmailRequest,
              org.tsrmpstrp.pec.v1.VerifyRecoveryEmailResponse>(
                service, METHODID_VERIFY_RECOVERY_EMAIL)))
        .addMethod(
          getSetMobileNumberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.SetMobileNumberRequest,
              org.tsrmpstrp.pec.v1.SetMobileNumberResponse>(
                service, METHODID_SET_MOBILE_NUMBER)))
        .addMethod(
          getConfirmContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ConfirmContactChangeRequest,
              org.tsrmpstrp.pec.v1.ConfirmContactChangeResponse>(
                service, METHODID_CONFIRM_CONTACT_CHANGE)))
        .addMethod(
          getVerifyMobileNumberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.VerifyMobileNumberRequest,
              org.tsrmpstrp.pec.v1.VerifyMobileNumberResponse>(
                service, METHODID_VERIFY_MOBILE_NUMBER)))
        .addMethod(
          getResendVerificationCodeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ResendVerificationCodeRequest,
              org.tsrmpstrp.pec.v1.ResendVerificationCodeResponse>(
                service, METHODID_RESEND_VERIFICATION_CODE)))
        .addMethod(
          getCancelContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CancelContactChangeRequest,
              org.tsrmpstrp.pec.v1.CancelContactChangeResponse>(
                service, METHODID_CANCEL_CONTACT_CHANGE)))
        .addMethod(
          getGetContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetContactChangeRequest,
              org.tsrmpstrp.pec.v1.GetContactChangeResponse>(
                service, METHODID_GET_CONTACT_CHANGE)))
        .build();
  }

  private static abstract class ContactChangeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ContactChangeServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.ContactChangeServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ContactChangeService");
    }
  }

  private static final class ContactChangeServiceFileDescriptorSupplier
      extends ContactChangeServiceBaseDescriptorSupplier {
    ContactChangeServiceFileDescriptorSupplier() {}
  }

  private static final class ContactChangeServiceMethodDescriptorSupplier
      extends ContactChangeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ContactChangeServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ContactChangeServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ContactChangeServiceFileDescriptorSupplier())
              .addMethod(getStartContactChangeMethod())
              .addMethod(getSetHolderDetailsMethod())
              .addMethod(getUploadIdentityDocumentMethod())
              .addMethod(getSetRecoveryEmailMethod())
              .addMethod(getVerifyRecoveryEmailMethod())
              .addMethod(getSetMobileNumberMethod())
              .addMethod(getConfirmContactChangeMethod())
              .addMethod(getVerifyMobileNumberMethod())
              .addMethod(getResendVerificationCodeMethod())
              .addMethod(getCancelContactChangeMethod())
              .addMethod(getGetContactChangeMethod())
              .build();
        }
      }
    }
    return result;
  }
}
