package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
 * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
 * minutes) to the personal email on record. Either link's token completes with
 * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
 * albo, admin.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PasswordServiceGrpc {

  private PasswordServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.PasswordService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RequestPasswordResetRequest,
      org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RequestPasswordReset",
      requestType = org.tsrmpstrp.pec.v1.RequestPasswordResetRequest.class,
      responseType = org.tsrmpstrp.pec.v1.RequestPasswordResetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RequestPasswordResetRequest,
      org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RequestPasswordResetRequest, org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod;
    if ((getRequestPasswordResetMethod = PasswordServiceGrpc.getRequestPasswordResetMethod) == null) {
      synchronized (PasswordServiceGrpc.class) {
        if ((getRequestPasswordResetMethod = PasswordServiceGrpc.getRequestPasswordResetMethod) == null) {
          PasswordServiceGrpc.getRequestPasswordResetMethod = getRequestPasswordResetMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.RequestPasswordResetRequest, org.tsrmpstrp.pec.v1.RequestPasswordResetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RequestPasswordReset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RequestPasswordResetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RequestPasswordResetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PasswordServiceMethodDescriptorSupplier("RequestPasswordReset"))
              .build();
        }
      }
    }
    return getRequestPasswordResetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CompletePasswordResetRequest,
      org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> getCompletePasswordResetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompletePasswordReset",
      requestType = org.tsrmpstrp.pec.v1.CompletePasswordResetRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CompletePasswordResetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CompletePasswordResetRequest,
      org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> getCompletePasswordResetMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CompletePasswordResetRequest, org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> getCompletePasswordResetMethod;
    if ((getCompletePasswordResetMethod = PasswordServiceGrpc.getCompletePasswordResetMethod) == null) {
      synchronized (PasswordServiceGrpc.class) {
        if ((getCompletePasswordResetMethod = PasswordServiceGrpc.getCompletePasswordResetMethod) == null) {
          PasswordServiceGrpc.getCompletePasswordResetMethod = getCompletePasswordResetMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CompletePasswordResetRequest, org.tsrmpstrp.pec.v1.CompletePasswordResetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompletePasswordReset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CompletePasswordResetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CompletePasswordResetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PasswordServiceMethodDescriptorSupplier("CompletePasswordReset"))
              .build();
        }
      }
    }
    return getCompletePasswordResetMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PasswordServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PasswordServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PasswordServiceStub>() {
        @java.lang.Override
        public PasswordServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PasswordServiceStub(channel, callOptions);
        }
      };
    return PasswordServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PasswordServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PasswordServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PasswordServiceBlockingV2Stub>() {
        @java.lang.Override
        public PasswordServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PasswordServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PasswordServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PasswordServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PasswordServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PasswordServiceBlockingStub>() {
        @java.lang.Override
        public PasswordServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PasswordServiceBlockingStub(channel, callOptions);
        }
      };
    return PasswordServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PasswordServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PasswordServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PasswordServiceFutureStub>() {
        @java.lang.Override
        public PasswordServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PasswordServiceFutureStub(channel, callOptions);
        }
      };
    return PasswordServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     * </pre>
     */
    default void requestPasswordReset(org.tsrmpstrp.pec.v1.RequestPasswordResetRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRequestPasswordResetMethod(), responseObserver);
    }

    /**
     * <pre>
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     * </pre>
     */
    default void completePasswordReset(org.tsrmpstrp.pec.v1.CompletePasswordResetRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompletePasswordResetMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PasswordService.
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public static abstract class PasswordServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PasswordServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PasswordService.
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public static final class PasswordServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PasswordServiceStub> {
    private PasswordServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PasswordServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PasswordServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     * </pre>
     */
    public void requestPasswordReset(org.tsrmpstrp.pec.v1.RequestPasswordResetRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRequestPasswordResetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     * </pre>
     */
    public void completePasswordReset(org.tsrmpstrp.pec.v1.CompletePasswordResetRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompletePasswordResetMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PasswordService.
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public static final class PasswordServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PasswordServiceBlockingV2Stub> {
    private PasswordServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PasswordServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PasswordServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RequestPasswordResetResponse requestPasswordReset(org.tsrmpstrp.pec.v1.RequestPasswordResetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRequestPasswordResetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CompletePasswordResetResponse completePasswordReset(org.tsrmpstrp.pec.v1.CompletePasswordResetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCompletePasswordResetMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PasswordService.
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public static final class PasswordServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PasswordServiceBlockingStub> {
    private PasswordServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PasswordServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PasswordServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RequestPasswordResetResponse requestPasswordReset(org.tsrmpstrp.pec.v1.RequestPasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRequestPasswordResetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CompletePasswordResetResponse completePasswordReset(org.tsrmpstrp.pec.v1.CompletePasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompletePasswordResetMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PasswordService.
   * <pre>
   * PasswordService sets mailbox passwords through one-time links. AcceptAssignment emails a
   * set-up link (valid 72 hours by default); RequestPasswordReset emails a reset link (valid 60
   * minutes) to the personal email on record. Either link's token completes with
   * CompletePasswordReset. Callers: self_service (the front end acting for an anonymous member),
   * albo, admin.
   * </pre>
   */
  public static final class PasswordServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PasswordServiceFutureStub> {
    private PasswordServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PasswordServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PasswordServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * RequestPasswordReset starts "Password dimenticata" for an ATTIVO mailbox. On a match the
     * link goes to the member's personal email and the reply shows that address masked; on no
     * match the reply is the same OK with a generic message, after a comparable delay. Requests
     * are limited per mailbox, per holder and per key (RESOURCE_EXHAUSTED with RetryInfo), and
     * one personal address receives at most a few reset emails per day.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.RequestPasswordResetResponse> requestPasswordReset(
        org.tsrmpstrp.pec.v1.RequestPasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRequestPasswordResetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CompletePasswordReset sets a new password with the token of a link. A wrong, used or
     * expired token is INVALID_ARGUMENT on `token`, without saying which; a password that breaks
     * the policy is INVALID_ARGUMENT with one violation of `new_password` per rule broken.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CompletePasswordResetResponse> completePasswordReset(
        org.tsrmpstrp.pec.v1.CompletePasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompletePasswordResetMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_REQUEST_PASSWORD_RESET = 0;
  private static final int METHODID_COMPLETE_PASSWORD_RESET = 1;

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
        case METHODID_REQUEST_PASSWORD_RESET:
          serviceImpl.requestPasswordReset((org.tsrmpstrp.pec.v1.RequestPasswordResetRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RequestPasswordResetResponse>) responseObserver);
          break;
        case METHODID_COMPLETE_PASSWORD_RESET:
          serviceImpl.completePasswordReset((org.tsrmpstrp.pec.v1.CompletePasswordResetRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CompletePasswordResetResponse>) responseObserver);
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
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getRequestPasswordResetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.RequestPasswordResetRequest,
              org.tsrmpstrp.pec.v1.RequestPasswordResetResponse>(
                service, METHODID_REQUEST_PASSWORD_RESET)))
        .addMethod(
          getCompletePasswordResetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CompletePasswordResetRequest,
              org.tsrmpstrp.pec.v1.CompletePasswordResetResponse>(
                service, METHODID_COMPLETE_PASSWORD_RESET)))
        .build();
  }

  private static abstract class PasswordServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PasswordServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.PasswordServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PasswordService");
    }
  }

  private static final class PasswordServiceFileDescriptorSupplier
      extends PasswordServiceBaseDescriptorSupplier {
    PasswordServiceFileDescriptorSupplier() {}
  }

  private static final class PasswordServiceMethodDescriptorSupplier
      extends PasswordServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PasswordServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PasswordServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PasswordServiceFileDescriptorSupplier())
              .addMethod(getRequestPasswordResetMethod())
              .addMethod(getCompletePasswordResetMethod())
              .build();
        }
      }
    }
    return result;
  }
}
