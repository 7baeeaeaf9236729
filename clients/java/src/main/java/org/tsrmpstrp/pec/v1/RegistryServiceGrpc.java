package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
 * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
 * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RegistryServiceGrpc {

  private RegistryServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.RegistryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateOrdineRequest,
      org.tsrmpstrp.pec.v1.CreateOrdineResponse> getCreateOrdineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOrdine",
      requestType = org.tsrmpstrp.pec.v1.CreateOrdineRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CreateOrdineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateOrdineRequest,
      org.tsrmpstrp.pec.v1.CreateOrdineResponse> getCreateOrdineMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateOrdineRequest, org.tsrmpstrp.pec.v1.CreateOrdineResponse> getCreateOrdineMethod;
    if ((getCreateOrdineMethod = RegistryServiceGrpc.getCreateOrdineMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getCreateOrdineMethod = RegistryServiceGrpc.getCreateOrdineMethod) == null) {
          RegistryServiceGrpc.getCreateOrdineMethod = getCreateOrdineMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CreateOrdineRequest, org.tsrmpstrp.pec.v1.CreateOrdineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOrdine"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CreateOrdineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CreateOrdineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("CreateOrdine"))
              .build();
        }
      }
    }
    return getCreateOrdineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetOrdineRequest,
      org.tsrmpstrp.pec.v1.GetOrdineResponse> getGetOrdineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOrdine",
      requestType = org.tsrmpstrp.pec.v1.GetOrdineRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetOrdineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetOrdineRequest,
      org.tsrmpstrp.pec.v1.GetOrdineResponse> getGetOrdineMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetOrdineRequest, org.tsrmpstrp.pec.v1.GetOrdineResponse> getGetOrdineMethod;
    if ((getGetOrdineMethod = RegistryServiceGrpc.getGetOrdineMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getGetOrdineMethod = RegistryServiceGrpc.getGetOrdineMethod) == null) {
          RegistryServiceGrpc.getGetOrdineMethod = getGetOrdineMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetOrdineRequest, org.tsrmpstrp.pec.v1.GetOrdineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOrdine"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetOrdineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetOrdineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("GetOrdine"))
              .build();
        }
      }
    }
    return getGetOrdineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListOrdiniRequest,
      org.tsrmpstrp.pec.v1.ListOrdiniResponse> getListOrdiniMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOrdini",
      requestType = org.tsrmpstrp.pec.v1.ListOrdiniRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListOrdiniResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListOrdiniRequest,
      org.tsrmpstrp.pec.v1.ListOrdiniResponse> getListOrdiniMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListOrdiniRequest, org.tsrmpstrp.pec.v1.ListOrdiniResponse> getListOrdiniMethod;
    if ((getListOrdiniMethod = RegistryServiceGrpc.getListOrdiniMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getListOrdiniMethod = RegistryServiceGrpc.getListOrdiniMethod) == null) {
          RegistryServiceGrpc.getListOrdiniMethod = getListOrdiniMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListOrdiniRequest, org.tsrmpstrp.pec.v1.ListOrdiniResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOrdini"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListOrdiniRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListOrdiniResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("ListOrdini"))
              .build();
        }
      }
    }
    return getListOrdiniMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpdateOrdineRequest,
      org.tsrmpstrp.pec.v1.UpdateOrdineResponse> getUpdateOrdineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOrdine",
      requestType = org.tsrmpstrp.pec.v1.UpdateOrdineRequest.class,
      responseType = org.tsrmpstrp.pec.v1.UpdateOrdineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpdateOrdineRequest,
      org.tsrmpstrp.pec.v1.UpdateOrdineResponse> getUpdateOrdineMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpdateOrdineRequest, org.tsrmpstrp.pec.v1.UpdateOrdineResponse> getUpdateOrdineMethod;
    if ((getUpdateOrdineMethod = RegistryServiceGrpc.getUpdateOrdineMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getUpdateOrdineMethod = RegistryServiceGrpc.getUpdateOrdineMethod) == null) {
          RegistryServiceGrpc.getUpdateOrdineMethod = getUpdateOrdineMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.UpdateOrdineRequest, org.tsrmpstrp.pec.v1.UpdateOrdineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOrdine"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UpdateOrdineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UpdateOrdineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("UpdateOrdine"))
              .build();
        }
      }
    }
    return getUpdateOrdineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpsertMemberRequest,
      org.tsrmpstrp.pec.v1.UpsertMemberResponse> getUpsertMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpsertMember",
      requestType = org.tsrmpstrp.pec.v1.UpsertMemberRequest.class,
      responseType = org.tsrmpstrp.pec.v1.UpsertMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpsertMemberRequest,
      org.tsrmpstrp.pec.v1.UpsertMemberResponse> getUpsertMemberMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.UpsertMemberRequest, org.tsrmpstrp.pec.v1.UpsertMemberResponse> getUpsertMemberMethod;
    if ((getUpsertMemberMethod = RegistryServiceGrpc.getUpsertMemberMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getUpsertMemberMethod = RegistryServiceGrpc.getUpsertMemberMethod) == null) {
          RegistryServiceGrpc.getUpsertMemberMethod = getUpsertMemberMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.UpsertMemberRequest, org.tsrmpstrp.pec.v1.UpsertMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpsertMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UpsertMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.UpsertMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("UpsertMember"))
              .build();
        }
      }
    }
    return getUpsertMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SyncMembersRequest,
      org.tsrmpstrp.pec.v1.SyncMembersResponse> getSyncMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SyncMembers",
      requestType = org.tsrmpstrp.pec.v1.SyncMembersRequest.class,
      responseType = org.tsrmpstrp.pec.v1.SyncMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SyncMembersRequest,
      org.tsrmpstrp.pec.v1.SyncMembersResponse> getSyncMembersMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.SyncMembersRequest, org.tsrmpstrp.pec.v1.SyncMembersResponse> getSyncMembersMethod;
    if ((getSyncMembersMethod = RegistryServiceGrpc.getSyncMembersMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getSyncMembersMethod = RegistryServiceGrpc.getSyncMembersMethod) == null) {
          RegistryServiceGrpc.getSyncMembersMethod = getSyncMembersMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.SyncMembersRequest, org.tsrmpstrp.pec.v1.SyncMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SyncMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SyncMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.SyncMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("SyncMembers"))
              .build();
        }
      }
    }
    return getSyncMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMemberRequest,
      org.tsrmpstrp.pec.v1.GetMemberResponse> getGetMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMember",
      requestType = org.tsrmpstrp.pec.v1.GetMemberRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMemberRequest,
      org.tsrmpstrp.pec.v1.GetMemberResponse> getGetMemberMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetMemberRequest, org.tsrmpstrp.pec.v1.GetMemberResponse> getGetMemberMethod;
    if ((getGetMemberMethod = RegistryServiceGrpc.getGetMemberMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getGetMemberMethod = RegistryServiceGrpc.getGetMemberMethod) == null) {
          RegistryServiceGrpc.getGetMemberMethod = getGetMemberMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetMemberRequest, org.tsrmpstrp.pec.v1.GetMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("GetMember"))
              .build();
        }
      }
    }
    return getGetMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMembersRequest,
      org.tsrmpstrp.pec.v1.ListMembersResponse> getListMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMembers",
      requestType = org.tsrmpstrp.pec.v1.ListMembersRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMembersRequest,
      org.tsrmpstrp.pec.v1.ListMembersResponse> getListMembersMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListMembersRequest, org.tsrmpstrp.pec.v1.ListMembersResponse> getListMembersMethod;
    if ((getListMembersMethod = RegistryServiceGrpc.getListMembersMethod) == null) {
      synchronized (RegistryServiceGrpc.class) {
        if ((getListMembersMethod = RegistryServiceGrpc.getListMembersMethod) == null) {
          RegistryServiceGrpc.getListMembersMethod = getListMembersMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListMembersRequest, org.tsrmpstrp.pec.v1.ListMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RegistryServiceMethodDescriptorSupplier("ListMembers"))
              .build();
        }
      }
    }
    return getListMembersMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RegistryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegistryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegistryServiceStub>() {
        @java.lang.Override
        public RegistryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegistryServiceStub(channel, callOptions);
        }
      };
    return RegistryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RegistryServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegistryServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegistryServiceBlockingV2Stub>() {
        @java.lang.Override
        public RegistryServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegistryServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RegistryServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RegistryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegistryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegistryServiceBlockingStub>() {
        @java.lang.Override
        public RegistryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegistryServiceBlockingStub(channel, callOptions);
        }
      };
    return RegistryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RegistryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RegistryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RegistryServiceFutureStub>() {
        @java.lang.Override
        public RegistryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RegistryServiceFutureStub(channel, callOptions);
        }
      };
    return RegistryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateOrdine records a new Ordine. Callers: admin.
     * </pre>
     */
    default void createOrdine(org.tsrmpstrp.pec.v1.CreateOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateOrdineResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOrdineMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     * </pre>
     */
    default void getOrdine(org.tsrmpstrp.pec.v1.GetOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetOrdineResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOrdineMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     * </pre>
     */
    default void listOrdini(org.tsrmpstrp.pec.v1.ListOrdiniRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListOrdiniResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOrdiniMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     * </pre>
     */
    default void updateOrdine(org.tsrmpstrp.pec.v1.UpdateOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpdateOrdineResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOrdineMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpsertMember creates or updates one member. Callers: admin, albo.
     * </pre>
     */
    default void upsertMember(org.tsrmpstrp.pec.v1.UpsertMemberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpsertMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpsertMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * SyncMembers upserts members in bulk from a client stream. Bad rows are reported in the
     * response and do not stop the stream; good rows are applied in batches as they arrive.
     * Members absent from the stream are left as they are. Callers: admin, albo.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SyncMembersRequest> syncMembers(
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SyncMembersResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getSyncMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     * </pre>
     */
    default void getMember(org.tsrmpstrp.pec.v1.GetMemberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListMembers lists members ordered by codice fiscale.
     * </pre>
     */
    default void listMembers(org.tsrmpstrp.pec.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembersMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RegistryService.
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public static abstract class RegistryServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RegistryServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RegistryService.
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public static final class RegistryServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RegistryServiceStub> {
    private RegistryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegistryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegistryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrdine records a new Ordine. Callers: admin.
     * </pre>
     */
    public void createOrdine(org.tsrmpstrp.pec.v1.CreateOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateOrdineResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOrdineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     * </pre>
     */
    public void getOrdine(org.tsrmpstrp.pec.v1.GetOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetOrdineResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOrdineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     * </pre>
     */
    public void listOrdini(org.tsrmpstrp.pec.v1.ListOrdiniRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListOrdiniResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOrdiniMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     * </pre>
     */
    public void updateOrdine(org.tsrmpstrp.pec.v1.UpdateOrdineRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpdateOrdineResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOrdineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpsertMember creates or updates one member. Callers: admin, albo.
     * </pre>
     */
    public void upsertMember(org.tsrmpstrp.pec.v1.UpsertMemberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpsertMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpsertMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SyncMembers upserts members in bulk from a client stream. Bad rows are reported in the
     * response and do not stop the stream; good rows are applied in batches as they arrive.
     * Members absent from the stream are left as they are. Callers: admin, albo.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SyncMembersRequest> syncMembers(
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SyncMembersResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getSyncMembersMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     * </pre>
     */
    public void getMember(org.tsrmpstrp.pec.v1.GetMemberRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListMembers lists members ordered by codice fiscale.
     * </pre>
     */
    public void listMembers(org.tsrmpstrp.pec.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RegistryService.
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public static final class RegistryServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RegistryServiceBlockingV2Stub> {
    private RegistryServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegistryServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegistryServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrdine records a new Ordine. Callers: admin.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CreateOrdineResponse createOrdine(org.tsrmpstrp.pec.v1.CreateOrdineRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetOrdineResponse getOrdine(org.tsrmpstrp.pec.v1.GetOrdineRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListOrdiniResponse listOrdini(org.tsrmpstrp.pec.v1.ListOrdiniRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOrdiniMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.UpdateOrdineResponse updateOrdine(org.tsrmpstrp.pec.v1.UpdateOrdineRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpsertMember creates or updates one member. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.UpsertMemberResponse upsertMember(org.tsrmpstrp.pec.v1.UpsertMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpsertMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SyncMembers upserts members in bulk from a client stream. Bad rows are reported in the
     * response and do not stop the stream; good rows are applied in batches as they arrive.
     * Members absent from the stream are left as they are. Callers: admin, albo.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<org.tsrmpstrp.pec.v1.SyncMembersRequest, org.tsrmpstrp.pec.v1.SyncMembersResponse>
        syncMembers() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getSyncMembersMethod(), getCallOptions());
    }

    /**
     * <pre>
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetMemberResponse getMember(org.tsrmpstrp.pec.v1.GetMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMembers lists members ordered by codice fiscale.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListMembersResponse listMembers(org.tsrmpstrp.pec.v1.ListMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RegistryService.
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public static final class RegistryServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RegistryServiceBlockingStub> {
    private RegistryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegistryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegistryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrdine records a new Ordine. Callers: admin.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CreateOrdineResponse createOrdine(org.tsrmpstrp.pec.v1.CreateOrdineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetOrdineResponse getOrdine(org.tsrmpstrp.pec.v1.GetOrdineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListOrdiniResponse listOrdini(org.tsrmpstrp.pec.v1.ListOrdiniRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOrdiniMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.UpdateOrdineResponse updateOrdine(org.tsrmpstrp.pec.v1.UpdateOrdineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOrdineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpsertMember creates or updates one member. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.UpsertMemberResponse upsertMember(org.tsrmpstrp.pec.v1.UpsertMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpsertMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetMemberResponse getMember(org.tsrmpstrp.pec.v1.GetMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMembers lists members ordered by codice fiscale.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListMembersResponse listMembers(org.tsrmpstrp.pec.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RegistryService.
   * <pre>
   * RegistryService keeps the register of Ordini and of their members, mirrored from the Albo
   * informatico. A member's standing drives their mailbox: suspension suspends it, striking off
   * suspends it and schedules its closure, and a transfer moves it to the new Ordine.
   * </pre>
   */
  public static final class RegistryServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RegistryServiceFutureStub> {
    private RegistryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RegistryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RegistryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrdine records a new Ordine. Callers: admin.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CreateOrdineResponse> createOrdine(
        org.tsrmpstrp.pec.v1.CreateOrdineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOrdineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetOrdine returns one Ordine by code. Callers: admin, albo, operator, and an ordine key
     * for its own Ordine.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetOrdineResponse> getOrdine(
        org.tsrmpstrp.pec.v1.GetOrdineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOrdineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListOrdini lists Ordini by code. An ordine key sees only its own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListOrdiniResponse> listOrdini(
        org.tsrmpstrp.pec.v1.ListOrdiniRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOrdiniMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpdateOrdine changes an Ordine's name, PEC address or adherence. Callers: admin.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.UpdateOrdineResponse> updateOrdine(
        org.tsrmpstrp.pec.v1.UpdateOrdineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOrdineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpsertMember creates or updates one member. Callers: admin, albo.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.UpsertMemberResponse> upsertMember(
        org.tsrmpstrp.pec.v1.UpsertMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpsertMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMember returns one member by codice fiscale. An ordine key sees only its own members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetMemberResponse> getMember(
        org.tsrmpstrp.pec.v1.GetMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListMembers lists members ordered by codice fiscale.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListMembersResponse> listMembers(
        org.tsrmpstrp.pec.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ORDINE = 0;
  private static final int METHODID_GET_ORDINE = 1;
  private static final int METHODID_LIST_ORDINI = 2;
  private static final int METHODID_UPDATE_ORDINE = 3;
  private static final int METHODID_UPSERT_MEMBER = 4;
  private static final int METHODID_GET_MEMBER = 5;
  private static final int METHODID_LIST_MEMBERS = 6;
  private static final int METHODID_SYNC_MEMBERS = 7;

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
        case METHODID_CREATE_ORDINE:
          serviceImpl.createOrdine((org.tsrmpstrp.pec.v1.CreateOrdineRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateOrdineResponse>) responseObserver);
          break;
        case METHODID_GET_ORDINE:
          serviceImpl.getOrdine((org.tsrmpstrp.pec.v1.GetOrdineRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetOrdineResponse>) responseObserver);
          break;
        case METHODID_LIST_ORDINI:
          serviceImpl.listOrdini((org.tsrmpstrp.pec.v1.ListOrdiniRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListOrdiniResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ORDINE:
          serviceImpl.updateOrdine((org.tsrmpstrp.pec.v1.UpdateOrdineRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpdateOrdineResponse>) responseObserver);
          break;
        case METHODID_UPSERT_MEMBER:
          serviceImpl.upsertMember((org.tsrmpstrp.pec.v1.UpsertMemberRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.UpsertMemberResponse>) responseObserver);
          break;
        case METHODID_GET_MEMBER:
          serviceImpl.getMember((org.tsrmpstrp.pec.v1.GetMemberRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetMemberResponse>) responseObserver);
          break;
        case METHODID_LIST_MEMBERS:
          serviceImpl.listMembers((org.tsrmpstrp.pec.v1.ListMembersRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListMembersResponse>) responseObserver);
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
        case METHODID_SYNC_MEMBERS:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.syncMembers(
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.SyncMembersResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateOrdineMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CreateOrdineRequest,
              org.tsrmpstrp.pec.v1.CreateOrdineResponse>(
                service, METHODID_CREATE_ORDINE)))
        .addMethod(
          getGetOrdineMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetOrdineRequest,
              org.tsrmpstrp.pec.v1.GetOrdineResponse>(
                service, METHODID_GET_ORDINE)))
        .addMethod(
          getListOrdiniMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListOrdiniRequest,
              org.tsrmpstrp.pec.v1.ListOrdiniResponse>(
                service, METHODID_LIST_ORDINI)))
        .addMethod(
          getUpdateOrdineMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.UpdateOrdineRequest,
              org.tsrmpstrp.pec.v1.UpdateOrdineResponse>(
                service, METHODID_UPDATE_ORDINE)))
        .addMethod(
          getUpsertMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.UpsertMemberRequest,
              org.tsrmpstrp.pec.v1.UpsertMemberResponse>(
                service, METHODID_UPSERT_MEMBER)))
        .addMethod(
          getSyncMembersMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.SyncMembersRequest,
              org.tsrmpstrp.pec.v1.SyncMembersResponse>(
                service, METHODID_SYNC_MEMBERS)))
        .addMethod(
          getGetMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetMemberRequest,
              org.tsrmpstrp.pec.v1.GetMemberResponse>(
                service, METHODID_GET_MEMBER)))
        .addMethod(
          getListMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListMembersRequest,
              org.tsrmpstrp.pec.v1.ListMembersResponse>(
                service, METHODID_LIST_MEMBERS)))
        .build();
  }

  private static abstract class RegistryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RegistryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.RegistryServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RegistryService");
    }
  }

  private static final class RegistryServiceFileDescriptorSupplier
      extends RegistryServiceBaseDescriptorSupplier {
    RegistryServiceFileDescriptorSupplier() {}
  }

  private static final class RegistryServiceMethodDescriptorSupplier
      extends RegistryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RegistryServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RegistryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RegistryServiceFileDescriptorSupplier())
              .addMethod(getCreateOrdineMethod())
              .addMethod(getGetOrdineMethod())
              .addMethod(getListOrdiniMethod())
              .addMethod(getUpdateOrdineMethod())
              .addMethod(getUpsertMemberMethod())
              .addMethod(getSyncMembersMethod())
              .addMethod(getGetMemberMethod())
              .addMethod(getListMembersMethod())
              .build();
        }
      }
    }
    return result;
  }
}
