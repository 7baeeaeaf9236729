package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * NotificationService lets operators watch the outbox and retry what failed. Every message is
 * recorded with the change that caused it and delivered in the background with retries; after
 * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
 * operator.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class NotificationServiceGrpc {

  private NotificationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.NotificationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListNotificationsRequest,
      org.tsrmpstrp.pec.v1.ListNotificationsResponse> getListNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNotifications",
      requestType = org.tsrmpstrp.pec.v1.ListNotificationsRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListNotificationsRequest,
      org.tsrmpstrp.pec.v1.ListNotificationsResponse> getListNotificationsMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListNotificationsRequest, org.tsrmpstrp.pec.v1.ListNotificationsResponse> getListNotificationsMethod;
    if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
          NotificationServiceGrpc.getListNotificationsMethod = getListNotificationsMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListNotificationsRequest, org.tsrmpstrp.pec.v1.ListNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("ListNotifications"))
              .build();
        }
      }
    }
    return getListNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RetryNotificationRequest,
      org.tsrmpstrp.pec.v1.RetryNotificationResponse> getRetryNotificationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RetryNotification",
      requestType = org.tsrmpstrp.pec.v1.RetryNotificationRequest.class,
      responseType = org.tsrmpstrp.pec.v1.RetryNotificationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RetryNotificationRequest,
      org.tsrmpstrp.pec.v1.RetryNotificationResponse> getRetryNotificationMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RetryNotificationRequest, org.tsrmpstrp.pec.v1.RetryNotificationResponse> getRetryNotificationMethod;
    if ((getRetryNotificationMethod = NotificationServiceGrpc.getRetryNotificationMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getRetryNotificationMethod = NotificationServiceGrpc.getRetryNotificationMethod) == null) {
          NotificationServiceGrpc.getRetryNotificationMethod = getRetryNotificationMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.RetryNotificationRequest, org.tsrmpstrp.pec.v1.RetryNotificationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RetryNotification"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RetryNotificationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RetryNotificationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("RetryNotification"))
              .build();
        }
      }
    }
    return getRetryNotificationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NotificationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub>() {
        @java.lang.Override
        public NotificationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceStub(channel, callOptions);
        }
      };
    return NotificationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static NotificationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingV2Stub>() {
        @java.lang.Override
        public NotificationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NotificationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub>() {
        @java.lang.Override
        public NotificationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingStub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NotificationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub>() {
        @java.lang.Override
        public NotificationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceFutureStub(channel, callOptions);
        }
      };
    return NotificationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * ListNotifications lists notifications, newest first.
     * </pre>
     */
    default void listNotifications(org.tsrmpstrp.pec.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * RetryNotification queues a FAILED notification again.
     * </pre>
     */
    default void retryNotification(org.tsrmpstrp.pec.v1.RetryNotificationRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RetryNotificationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRetryNotificationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service NotificationService.
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public static abstract class NotificationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return NotificationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service NotificationService.
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public static final class NotificationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<NotificationServiceStub> {
    private NotificationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListNotifications lists notifications, newest first.
     * </pre>
     */
    public void listNotifications(org.tsrmpstrp.pec.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RetryNotification queues a FAILED notification again.
     * </pre>
     */
    public void retryNotification(org.tsrmpstrp.pec.v1.RetryNotificationRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RetryNotificationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRetryNotificationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service NotificationService.
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public static final class NotificationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingV2Stub> {
    private NotificationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * ListNotifications lists notifications, newest first.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListNotificationsResponse listNotifications(org.tsrmpstrp.pec.v1.ListNotificationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RetryNotification queues a FAILED notification again.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RetryNotificationResponse retryNotification(org.tsrmpstrp.pec.v1.RetryNotificationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRetryNotificationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service NotificationService.
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public static final class NotificationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingStub> {
    private NotificationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListNotifications lists notifications, newest first.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListNotificationsResponse listNotifications(org.tsrmpstrp.pec.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RetryNotification queues a FAILED notification again.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RetryNotificationResponse retryNotification(org.tsrmpstrp.pec.v1.RetryNotificationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRetryNotificationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service NotificationService.
   * <pre>
   * NotificationService lets operators watch the outbox and retry what failed. Every message is
   * recorded with the change that caused it and delivered in the background with retries; after
   * the last try it is FAILED and stays here until an operator retries it. Callers: admin,
   * operator.
   * </pre>
   */
  public static final class NotificationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<NotificationServiceFutureStub> {
    private NotificationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListNotifications lists notifications, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListNotificationsResponse> listNotifications(
        org.tsrmpstrp.pec.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RetryNotification queues a FAILED notification again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.RetryNotificationResponse> retryNotification(
        org.tsrmpstrp.pec.v1.RetryNotificationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRetryNotificationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_NOTIFICATIONS = 0;
  private static final int METHODID_RETRY_NOTIFICATION = 1;

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
        case METHODID_LIST_NOTIFICATIONS:
          serviceImpl.listNotifications((org.tsrmpstrp.pec.v1.ListNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListNotificationsResponse>) responseObserver);
          break;
        case METHODID_RETRY_NOTIFICATION:
          serviceImpl.retryNotification((org.tsrmpstrp.pec.v1.RetryNotificationRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RetryNotificationResponse>) responseObserver);
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
          getListNotificationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListNotificationsRequest,
              org.tsrmpstrp.pec.v1.ListNotificationsResponse>(
                service, METHODID_LIST_NOTIFICATIONS)))
        .addMethod(
          getRetryNotificationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.RetryNotificationRequest,
              org.tsrmpstrp.pec.v1.RetryNotificationResponse>(
                service, METHODID_RETRY_NOTIFICATION)))
        .build();
  }

  private static abstract class NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NotificationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.NotificationServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NotificationService");
    }
  }

  private static final class NotificationServiceFileDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier {
    NotificationServiceFileDescriptorSupplier() {}
  }

  private static final class NotificationServiceMethodDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    NotificationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (NotificationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NotificationServiceFileDescriptorSupplier())
              .addMethod(getListNotificationsMethod())
              .addMethod(getRetryNotificationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
