package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
 * ATTIVO → CESSATO. A closed address is never given to anyone else.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MailboxServiceGrpc {

  private MailboxServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.MailboxService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMailboxRequest,
      org.tsrmpstrp.pec.v1.GetMailboxResponse> getGetMailboxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMailbox",
      requestType = org.tsrmpstrp.pec.v1.GetMailboxRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetMailboxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMailboxRequest,
      org.tsrmpstrp.pec.v1.GetMailboxResponse> getGetMailboxMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMailboxRequest, org.tsrmpstrp.pec.v1.GetMailboxResponse> getGetMailboxMethod;
    if ((getGetMailboxMethod = MailboxServiceGrpc.getGetMailboxMethod) == null) {
      synchronized (MailboxServiceGrpc.class) {
        if ((getGetMailboxMethod = MailboxServiceGrpc.getGetMailboxMethod) == null) {
          MailboxServiceGrpc.getGetMailboxMethod = getGetMailboxMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetMailboxRequest, org.tsrmpstrp.pec.v1.GetMailboxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMailbox"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetMailboxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetMailboxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MailboxServiceMethodDescriptorSupplier("GetMailbox"))
              .build();
        }
      }
    }
    return getGetMailboxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMailboxesRequest,
      org.tsrmpstrp.pec.v1.ListMailboxesResponse> getListMailboxesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMailboxes",
      requestType = org.tsrmpstrp.pec.v1.ListMailboxesRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListMailboxesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMailboxesRequest,
      org.tsrmpstrp.pec.v1.ListMailboxesResponse> getListMailboxesMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMailboxesRequest, org.tsrmpstrp.pec.v1.ListMailboxesResponse> getListMailboxesMethod;
    if ((getListMailboxesMethod = MailboxServiceGrpc.getListMailboxesMethod) == null) {
      synchronized (MailboxServiceGrpc.class) {
        if ((getListMailboxesMethod = MailboxServiceGrpc.getListMailboxesMethod) == null) {
          MailboxServiceGrpc.getListMailboxesMethod = getListMailboxesMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListMailboxesRequest, org.tsrmpstrp.pec.v1.ListMailboxesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMailboxes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListMailboxesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListMailboxesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MailboxServiceMethodDescriptorSupplier("ListMailboxes"))
              .build();
        }
      }
    }
    return getListMailboxesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SuspendMailboxRequest,
      org.tsrmpstrp.pec.v1.SuspendMailboxResponse> getSuspendMailboxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SuspendMailbox",
      requestType = org.tsrmpstrp.pec.v1.SuspendMailboxRequest.class,
      responseType = org.tsrmpstrp.pec.v1.SuspendMailboxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SuspendMailboxRequest,
      org.tsrmpstrp.pec.v1.SuspendMailboxResponse> getSuspendMailboxMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SuspendMailboxRequest, org.tsrmpstrp.pec.v1.SuspendMailboxResponse> getSuspendMailboxMethod;
    if ((getSuspendMailboxMethod = MailboxServiceGrpc.getSuspendMailboxMethod) == null) {
      synchronized (MailboxServiceGrpc.class) {
        if ((getSuspendMailboxMethod = MailboxServiceGrpc.getSuspendMailboxMethod) == null) {
          MailboxServiceGrpc.getSuspendMailboxMethod = getSuspendMailboxMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.SuspendMailboxRequest, org.tsrmpstrp.pec.v1.SuspendMailboxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SuspendMailbox"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SuspendMailboxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SuspendMailboxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MailboxServiceMethodDescriptorSupplier("SuspendMailbox"))
              .build();
        }
      }
    }
    return getSuspendMailboxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ReactivateMailboxRequest,
      org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> getReactivateMailboxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReactivateMailbox",
      requestType = org.tsrmpstrp.pec.v1.ReactivateMailboxRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ReactivateMailboxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ReactivateMailboxRequest,
      org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> getReactivateMailboxMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ReactivateMailboxRequest, org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> getReactivateMailboxMethod;
    if ((getReactivateMailboxMethod = MailboxServiceGrpc.getReactivateMailboxMethod) == null) {
      synchronized (MailboxServiceGrpc.class) {
        if ((getReactivateMailboxMethod = MailboxServiceGrpc.getReactivateMailboxMethod) == null) {
          MailboxServiceGrpc.getReactivateMailboxMethod = getReactivateMailboxMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ReactivateMailboxRequest, org.tsrmpstrp.pec.v1.ReactivateMailboxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReactivateMailbox"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ReactivateMailboxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ReactivateMailboxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MailboxServiceMethodDescriptorSupplier("ReactivateMailbox"))
              .build();
        }
      }
    }
    return getReactivateMailboxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CloseMailboxRequest,
      org.tsrmpstrp.pec.v1.CloseMailboxResponse> getCloseMailboxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseMailbox",
      requestType = org.tsrmpstrp.pec.v1.CloseMailboxRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CloseMailboxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CloseMailboxRequest,
      org.tsrmpstrp.pec.v1.CloseMailboxResponse> getCloseMailboxMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CloseMailboxRequest, org.tsrmpstrp.pec.v1.CloseMailboxResponse> getCloseMailboxMethod;
    if ((getCloseMailboxMethod = MailboxServiceGrpc.getCloseMailboxMethod) == null) {
      synchronized (MailboxServiceGrpc.class) {
        if ((getCloseMailboxMethod = MailboxServiceGrpc.getCloseMailboxMethod) == null) {
          MailboxServiceGrpc.getCloseMailboxMethod = getCloseMailboxMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CloseMailboxRequest, org.tsrmpstrp.pec.v1.CloseMailboxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseMailbox"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CloseMailboxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CloseMailboxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MailboxServiceMethodDescriptorSupplier("CloseMailbox"))
              .build();
        }
      }
    }
    return getCloseMailboxMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MailboxServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MailboxServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MailboxServiceStub>() {
        @java.lang.Override
        public MailboxServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MailboxServiceStub(channel, callOptions);
        }
      };
    return MailboxServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MailboxServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MailboxServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MailboxServiceBlockingV2Stub>() {
        @java.lang.Override
        public MailboxServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MailboxServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MailboxServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MailboxServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MailboxServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MailboxServiceBlockingStub>() {
        @java.lang.Override
        public MailboxServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MailboxServiceBlockingStub(channel, callOptions);
        }
      };
    return MailboxServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MailboxServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MailboxServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MailboxServiceFutureStub>() {
        @java.lang.Override
        public MailboxServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MailboxServiceFutureStub(channel, callOptions);
        }
      };
    return MailboxServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     * </pre>
     */
    default void getMailbox(org.tsrmpstrp.pec.v1.GetMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMailboxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMailboxMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListMailboxes lists mailboxes ordered by address.
     * </pre>
     */
    default void listMailboxes(org.tsrmpstrp.pec.v1.ListMailboxesRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMailboxesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMailboxesMethod(), responseObserver);
    }

    /**
     * <pre>
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     * </pre>
     */
    default void suspendMailbox(org.tsrmpstrp.pec.v1.SuspendMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SuspendMailboxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSuspendMailboxMethod(), responseObserver);
    }

    /**
     * <pre>
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     * </pre>
     */
    default void reactivateMailbox(org.tsrmpstrp.pec.v1.ReactivateMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReactivateMailboxMethod(), responseObserver);
    }

    /**
     * <pre>
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     * </pre>
     */
    default void closeMailbox(org.tsrmpstrp.pec.v1.CloseMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CloseMailboxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseMailboxMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MailboxService.
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public static abstract class MailboxServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MailboxServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MailboxService.
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public static final class MailboxServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MailboxServiceStub> {
    private MailboxServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MailboxServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MailboxServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     * </pre>
     */
    public void getMailbox(org.tsrmpstrp.pec.v1.GetMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMailboxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMailboxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListMailboxes lists mailboxes ordered by address.
     * </pre>
     */
    public void listMailboxes(org.tsrmpstrp.pec.v1.ListMailboxesRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMailboxesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMailboxesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     * </pre>
     */
    public void suspendMailbox(org.tsrmpstrp.pec.v1.SuspendMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SuspendMailboxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSuspendMailboxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     * </pre>
     */
    public void reactivateMailbox(org.tsrmpstrp.pec.v1.ReactivateMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReactivateMailboxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     * </pre>
     */
    public void closeMailbox(org.tsrmpstrp.pec.v1.CloseMailboxRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CloseMailboxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseMailboxMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MailboxService.
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public static final class MailboxServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MailboxServiceBlockingV2Stub> {
    private MailboxServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MailboxServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MailboxServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetMailboxResponse getMailbox(org.tsrmpstrp.pec.v1.GetMailboxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMailboxes lists mailboxes ordered by address.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListMailboxesResponse listMailboxes(org.tsrmpstrp.pec.v1.ListMailboxesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMailboxesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SuspendMailboxResponse suspendMailbox(org.tsrmpstrp.pec.v1.SuspendMailboxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSuspendMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ReactivateMailboxResponse reactivateMailbox(org.tsrmpstrp.pec.v1.ReactivateMailboxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReactivateMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CloseMailboxResponse closeMailbox(org.tsrmpstrp.pec.v1.CloseMailboxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCloseMailboxMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MailboxService.
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public static final class MailboxServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MailboxServiceBlockingStub> {
    private MailboxServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MailboxServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MailboxServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetMailboxResponse getMailbox(org.tsrmpstrp.pec.v1.GetMailboxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMailboxes lists mailboxes ordered by address.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListMailboxesResponse listMailboxes(org.tsrmpstrp.pec.v1.ListMailboxesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMailboxesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.SuspendMailboxResponse suspendMailbox(org.tsrmpstrp.pec.v1.SuspendMailboxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSuspendMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ReactivateMailboxResponse reactivateMailbox(org.tsrmpstrp.pec.v1.ReactivateMailboxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReactivateMailboxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CloseMailboxResponse closeMailbox(org.tsrmpstrp.pec.v1.CloseMailboxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseMailboxMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MailboxService.
   * <pre>
   * MailboxService shows mailboxes and changes their state: NON_ATTIVO → ATTIVO → SOSPESO ↔
   * ATTIVO → CESSATO. A closed address is never given to anyone else.
   * </pre>
   */
  public static final class MailboxServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MailboxServiceFutureStub> {
    private MailboxServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MailboxServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MailboxServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMailbox returns one mailbox by address. An ordine key sees only its members' mailboxes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetMailboxResponse> getMailbox(
        org.tsrmpstrp.pec.v1.GetMailboxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMailboxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListMailboxes lists mailboxes ordered by address.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListMailboxesResponse> listMailboxes(
        org.tsrmpstrp.pec.v1.ListMailboxesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMailboxesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SuspendMailbox suspends an ATTIVO mailbox. Callers: admin, operator, and an ordine key for
     * its own members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.SuspendMailboxResponse> suspendMailbox(
        org.tsrmpstrp.pec.v1.SuspendMailboxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSuspendMailboxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ReactivateMailbox lifts a suspension made by an Ordine or an operator, for a member in good
     * standing. An ordine key may lift only its own suspensions. Callers: as SuspendMailbox.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ReactivateMailboxResponse> reactivateMailbox(
        org.tsrmpstrp.pec.v1.ReactivateMailboxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReactivateMailboxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CloseMailbox closes a mailbox for good (state CESSATO). Callers: admin, operator.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CloseMailboxResponse> closeMailbox(
        org.tsrmpstrp.pec.v1.CloseMailboxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseMailboxMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_MAILBOX = 0;
  private static final int METHODID_LIST_MAILBOXES = 1;
  private static final int METHODID_SUSPEND_MAILBOX = 2;
  private static final int METHODID_REACTIVATE_MAILBOX = 3;
  private static final int METHODID_CLOSE_MAILBOX = 4;

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
        case METHODID_GET_MAILBOX:
          serviceImpl.getMailbox((org.tsrmpstrp.pec.v1.GetMailboxRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMailboxResponse>) responseObserver);
          break;
        case METHODID_LIST_MAILBOXES:
          serviceImpl.listMailboxes((org.tsrmpstrp.pec.v1.ListMailboxesRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMailboxesResponse>) responseObserver);
          break;
        case METHODID_SUSPEND_MAILBOX:
          serviceImpl.suspendMailbox((org.tsrmpstrp.pec.v1.SuspendMailboxRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SuspendMailboxResponse>) responseObserver);
          break;
        case METHODID_REACTIVATE_MAILBOX:
          serviceImpl.reactivateMailbox((org.tsrmpstrp.pec.v1.ReactivateMailboxRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ReactivateMailboxResponse>) responseObserver);
          break;
        case METHODID_CLOSE_MAILBOX:
          serviceImpl.closeMailbox((org.tsrmpstrp.pec.v1.CloseMailboxRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CloseMailboxResponse>) responseObserver);
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
          getGetMailboxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetMailboxRequest,
              org.tsrmpstrp.pec.v1.GetMailboxResponse>(
                service, METHODID_GET_MAILBOX)))
        .addMethod(
          getListMailboxesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListMailboxesRequest,
              org.tsrmpstrp.pec.v1.ListMailboxesResponse>(
                service, METHODID_LIST_MAILBOXES)))
        .addMethod(
          getSuspendMailboxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.SuspendMailboxRequest,
              org.tsrmpstrp.pec.v1.SuspendMailboxResponse>(
                service, METHODID_SUSPEND_MAILBOX)))
        .addMethod(
          getReactivateMailboxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ReactivateMailboxRequest,
              org.tsrmpstrp.pec.v1.ReactivateMailboxResponse>(
                service, METHODID_REACTIVATE_MAILBOX)))
        .addMethod(
          getCloseMailboxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CloseMailboxRequest,
              org.tsrmpstrp.pec.v1.CloseMailboxResponse>(
                service, METHODID_CLOSE_MAILBOX)))
        .build();
  }

  private static abstract class MailboxServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MailboxServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.MailboxServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MailboxService");
    }
  }

  private static final class MailboxServiceFileDescriptorSupplier
      extends MailboxServiceBaseDescriptorSupplier {
    MailboxServiceFileDescriptorSupplier() {}
  }

  private static final class MailboxServiceMethodDescriptorSupplier
      extends MailboxServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MailboxServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MailboxServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MailboxServiceFileDescriptorSupplier())
              .addMethod(getGetMailboxMethod())
              .addMethod(getListMailboxesMethod())
              .addMethod(getSuspendMailboxMethod())
              .addMethod(getReactivateMailboxMethod())
              .addMethod(getCloseMailboxMethod())
              .build();
        }
      }
    }
    return result;
  }
}
