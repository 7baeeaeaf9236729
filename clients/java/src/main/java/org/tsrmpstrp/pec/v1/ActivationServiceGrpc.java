package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
 * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
 * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ActivationServiceGrpc {

  private ActivationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.ActivationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateActivationRequestRequest,
      org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> getCreateActivationRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateActivationRequest",
      requestType = org.tsrmpstrp.pec.v1.CreateActivationRequestRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CreateActivationRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateActivationRequestRequest,
      org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> getCreateActivationRequestMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CreateActivationRequestRequest, org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> getCreateActivationRequestMethod;
    if ((getCreateActivationRequestMethod = ActivationServiceGrpc.getCreateActivationRequestMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getCreateActivationRequestMethod = ActivationServiceGrpc.getCreateActivationRequestMethod) == null) {
          ActivationServiceGrpc.getCreateActivationRequestMethod = getCreateActivationRequestMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CreateActivationRequestRequest, org.tsrmpstrp.pec.v1.CreateActivationRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateActivationRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CreateActivationRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CreateActivationRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("CreateActivationRequest"))
              .build();
        }
      }
    }
    return getCreateActivationRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest,
      org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> getBatchCreateActivationRequestsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateActivationRequests",
      requestType = org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest.class,
      responseType = org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest,
      org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> getBatchCreateActivationRequestsMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest, org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> getBatchCreateActivationRequestsMethod;
    if ((getBatchCreateActivationRequestsMethod = ActivationServiceGrpc.getBatchCreateActivationRequestsMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getBatchCreateActivationRequestsMethod = ActivationServiceGrpc.getBatchCreateActivationRequestsMethod) == null) {
          ActivationServiceGrpc.getBatchCreateActivationRequestsMethod = getBatchCreateActivationRequestsMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest, org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateActivationRequests"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("BatchCreateActivationRequests"))
              .build();
        }
      }
    }
    return getBatchCreateActivationRequestsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetActivationRequestRequest,
      org.tsrmpstrp.pec.v1.GetActivationRequestResponse> getGetActivationRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetActivationRequest",
      requestType = org.tsrmpstrp.pec.v1.GetActivationRequestRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetActivationRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetActivationRequestRequest,
      org.tsrmpstrp.pec.v1.GetActivationRequestResponse> getGetActivationRequestMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetActivationRequestRequest, org.tsrmpstrp.pec.v1.GetActivationRequestResponse> getGetActivationRequestMethod;
    if ((getGetActivationRequestMethod = ActivationServiceGrpc.getGetActivationRequestMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getGetActivationRequestMethod = ActivationServiceGrpc.getGetActivationRequestMethod) == null) {
          ActivationServiceGrpc.getGetActivationRequestMethod = getGetActivationRequestMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetActivationRequestRequest, org.tsrmpstrp.pec.v1.GetActivationRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetActivationRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetActivationRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetActivationRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("GetActivationRequest"))
              .build();
        }
      }
    }
    return getGetActivationRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListActivationRequestsRequest,
      org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> getListActivationRequestsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListActivationRequests",
      requestType = org.tsrmpstrp.pec.v1.ListActivationRequestsRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListActivationRequestsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListActivationRequestsRequest,
      org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> getListActivationRequestsMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListActivationRequestsRequest, org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> getListActivationRequestsMethod;
    if ((getListActivationRequestsMethod = ActivationServiceGrpc.getListActivationRequestsMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getListActivationRequestsMethod = ActivationServiceGrpc.getListActivationRequestsMethod) == null) {
          ActivationServiceGrpc.getListActivationRequestsMethod = getListActivationRequestsMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListActivationRequestsRequest, org.tsrmpstrp.pec.v1.ListActivationRequestsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListActivationRequests"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListActivationRequestsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListActivationRequestsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("ListActivationRequests"))
              .build();
        }
      }
    }
    return getListActivationRequestsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelActivationRequestRequest,
      org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> getCancelActivationRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelActivationRequest",
      requestType = org.tsrmpstrp.pec.v1.CancelActivationRequestRequest.class,
      responseType = org.tsrmpstrp.pec.v1.CancelActivationRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelActivationRequestRequest,
      org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> getCancelActivationRequestMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.CancelActivationRequestRequest, org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> getCancelActivationRequestMethod;
    if ((getCancelActivationRequestMethod = ActivationServiceGrpc.getCancelActivationRequestMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getCancelActivationRequestMethod = ActivationServiceGrpc.getCancelActivationRequestMethod) == null) {
          ActivationServiceGrpc.getCancelActivationRequestMethod = getCancelActivationRequestMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.CancelActivationRequestRequest, org.tsrmpstrp.pec.v1.CancelActivationRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelActivationRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CancelActivationRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.CancelActivationRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("CancelActivationRequest"))
              .build();
        }
      }
    }
    return getCancelActivationRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListAssignmentsRequest,
      org.tsrmpstrp.pec.v1.ListAssignmentsResponse> getListAssignmentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAssignments",
      requestType = org.tsrmpstrp.pec.v1.ListAssignmentsRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListAssignmentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListAssignmentsRequest,
      org.tsrmpstrp.pec.v1.ListAssignmentsResponse> getListAssignmentsMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListAssignmentsRequest, org.tsrmpstrp.pec.v1.ListAssignmentsResponse> getListAssignmentsMethod;
    if ((getListAssignmentsMethod = ActivationServiceGrpc.getListAssignmentsMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getListAssignmentsMethod = ActivationServiceGrpc.getListAssignmentsMethod) == null) {
          ActivationServiceGrpc.getListAssignmentsMethod = getListAssignmentsMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListAssignmentsRequest, org.tsrmpstrp.pec.v1.ListAssignmentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAssignments"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListAssignmentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListAssignmentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("ListAssignments"))
              .build();
        }
      }
    }
    return getListAssignmentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.AcceptAssignmentRequest,
      org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> getAcceptAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AcceptAssignment",
      requestType = org.tsrmpstrp.pec.v1.AcceptAssignmentRequest.class,
      responseType = org.tsrmpstrp.pec.v1.AcceptAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.AcceptAssignmentRequest,
      org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> getAcceptAssignmentMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.AcceptAssignmentRequest, org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> getAcceptAssignmentMethod;
    if ((getAcceptAssignmentMethod = ActivationServiceGrpc.getAcceptAssignmentMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getAcceptAssignmentMethod = ActivationServiceGrpc.getAcceptAssignmentMethod) == null) {
          ActivationServiceGrpc.getAcceptAssignmentMethod = getAcceptAssignmentMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.AcceptAssignmentRequest, org.tsrmpstrp.pec.v1.AcceptAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AcceptAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.AcceptAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.AcceptAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("AcceptAssignment"))
              .build();
        }
      }
    }
    return getAcceptAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DeclineAssignmentRequest,
      org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> getDeclineAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeclineAssignment",
      requestType = org.tsrmpstrp.pec.v1.DeclineAssignmentRequest.class,
      responseType = org.tsrmpstrp.pec.v1.DeclineAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DeclineAssignmentRequest,
      org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> getDeclineAssignmentMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DeclineAssignmentRequest, org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> getDeclineAssignmentMethod;
    if ((getDeclineAssignmentMethod = ActivationServiceGrpc.getDeclineAssignmentMethod) == null) {
      synchronized (ActivationServiceGrpc.class) {
        if ((getDeclineAssignmentMethod = ActivationServiceGrpc.getDeclineAssignmentMethod) == null) {
          ActivationServiceGrpc.getDeclineAssignmentMethod = getDeclineAssignmentMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.DeclineAssignmentRequest, org.tsrmpstrp.pec.v1.DeclineAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeclineAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.DeclineAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.DeclineAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivationServiceMethodDescriptorSupplier("DeclineAssignment"))
              .build();
        }
      }
    }
    return getDeclineAssignmentMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ActivationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivationServiceStub>() {
        @java.lang.Override
        public ActivationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivationServiceStub(channel, callOptions);
        }
      };
    return ActivationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ActivationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivationServiceBlockingV2Stub>() {
        @java.lang.Override
        public ActivationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ActivationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ActivationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivationServiceBlockingStub>() {
        @java.lang.Override
        public ActivationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivationServiceBlockingStub(channel, callOptions);
        }
      };
    return ActivationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ActivationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivationServiceFutureStub>() {
        @java.lang.Override
        public ActivationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivationServiceFutureStub(channel, callOptions);
        }
      };
    return ActivationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    default void createActivationRequest(org.tsrmpstrp.pec.v1.CreateActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateActivationRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     * </pre>
     */
    default void batchCreateActivationRequests(org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateActivationRequestsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetActivationRequest returns one activation request by id.
     * </pre>
     */
    default void getActivationRequest(org.tsrmpstrp.pec.v1.GetActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetActivationRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetActivationRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListActivationRequests lists activation requests, newest first.
     * </pre>
     */
    default void listActivationRequests(org.tsrmpstrp.pec.v1.ListActivationRequestsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListActivationRequestsMethod(), responseObserver);
    }

    /**
     * <pre>
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    default void cancelActivationRequest(org.tsrmpstrp.pec.v1.CancelActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelActivationRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     * </pre>
     */
    default void listAssignments(org.tsrmpstrp.pec.v1.ListAssignmentsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListAssignmentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAssignmentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     * </pre>
     */
    default void acceptAssignment(org.tsrmpstrp.pec.v1.AcceptAssignmentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAcceptAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     * </pre>
     */
    default void declineAssignment(org.tsrmpstrp.pec.v1.DeclineAssignmentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeclineAssignmentMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ActivationService.
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public static abstract class ActivationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ActivationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ActivationService.
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public static final class ActivationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ActivationServiceStub> {
    private ActivationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public void createActivationRequest(org.tsrmpstrp.pec.v1.CreateActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateActivationRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     * </pre>
     */
    public void batchCreateActivationRequests(org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateActivationRequestsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetActivationRequest returns one activation request by id.
     * </pre>
     */
    public void getActivationRequest(org.tsrmpstrp.pec.v1.GetActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetActivationRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetActivationRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListActivationRequests lists activation requests, newest first.
     * </pre>
     */
    public void listActivationRequests(org.tsrmpstrp.pec.v1.ListActivationRequestsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListActivationRequestsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public void cancelActivationRequest(org.tsrmpstrp.pec.v1.CancelActivationRequestRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelActivationRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     * </pre>
     */
    public void listAssignments(org.tsrmpstrp.pec.v1.ListAssignmentsRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListAssignmentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAssignmentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     * </pre>
     */
    public void acceptAssignment(org.tsrmpstrp.pec.v1.AcceptAssignmentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAcceptAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     * </pre>
     */
    public void declineAssignment(org.tsrmpstrp.pec.v1.DeclineAssignmentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeclineAssignmentMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ActivationService.
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public static final class ActivationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ActivationServiceBlockingV2Stub> {
    private ActivationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CreateActivationRequestResponse createActivationRequest(org.tsrmpstrp.pec.v1.CreateActivationRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse batchCreateActivationRequests(org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateActivationRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetActivationRequest returns one activation request by id.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetActivationRequestResponse getActivationRequest(org.tsrmpstrp.pec.v1.GetActivationRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListActivationRequests lists activation requests, newest first.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListActivationRequestsResponse listActivationRequests(org.tsrmpstrp.pec.v1.ListActivationRequestsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListActivationRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CancelActivationRequestResponse cancelActivationRequest(org.tsrmpstrp.pec.v1.CancelActivationRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListAssignmentsResponse listAssignments(org.tsrmpstrp.pec.v1.ListAssignmentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAssignmentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.AcceptAssignmentResponse acceptAssignment(org.tsrmpstrp.pec.v1.AcceptAssignmentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAcceptAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.DeclineAssignmentResponse declineAssignment(org.tsrmpstrp.pec.v1.DeclineAssignmentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeclineAssignmentMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ActivationService.
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public static final class ActivationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ActivationServiceBlockingStub> {
    private ActivationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CreateActivationRequestResponse createActivationRequest(org.tsrmpstrp.pec.v1.CreateActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse batchCreateActivationRequests(org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateActivationRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetActivationRequest returns one activation request by id.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetActivationRequestResponse getActivationRequest(org.tsrmpstrp.pec.v1.GetActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListActivationRequests lists activation requests, newest first.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListActivationRequestsResponse listActivationRequests(org.tsrmpstrp.pec.v1.ListActivationRequestsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListActivationRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.CancelActivationRequestResponse cancelActivationRequest(org.tsrmpstrp.pec.v1.CancelActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelActivationRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListAssignmentsResponse listAssignments(org.tsrmpstrp.pec.v1.ListAssignmentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAssignmentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.AcceptAssignmentResponse acceptAssignment(org.tsrmpstrp.pec.v1.AcceptAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAcceptAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.DeclineAssignmentResponse declineAssignment(org.tsrmpstrp.pec.v1.DeclineAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeclineAssignmentMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ActivationService.
   * <pre>
   * ActivationService runs the activation of a member's PEC mailbox: the Ordine requests it, the
   * provider creates it (asynchronously) in state NON_ATTIVO, and the member accepts or declines
   * the assignment from the Albo's user area ("Scheda Anagrafica → Richieste PEC").
   * </pre>
   */
  public static final class ActivationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ActivationServiceFutureStub> {
    private ActivationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateActivationRequest asks for a mailbox for a member in good standing of an adhering
     * Ordine. The address is reserved at once; the mailbox is created in the background.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CreateActivationRequestResponse> createActivationRequest(
        org.tsrmpstrp.pec.v1.CreateActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateActivationRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BatchCreateActivationRequests asks for mailboxes for many members of one Ordine; each item
     * succeeds or fails on its own. Callers: as CreateActivationRequest.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse> batchCreateActivationRequests(
        org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateActivationRequestsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetActivationRequest returns one activation request by id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetActivationRequestResponse> getActivationRequest(
        org.tsrmpstrp.pec.v1.GetActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetActivationRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListActivationRequests lists activation requests, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListActivationRequestsResponse> listActivationRequests(
        org.tsrmpstrp.pec.v1.ListActivationRequestsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListActivationRequestsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CancelActivationRequest withdraws a request that the member has not accepted yet
     * (state RICHIESTA, IN_LAVORAZIONE or DA_ACCETTARE); a mailbox already created is closed.
     * Callers: admin, and an ordine key for its own members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.CancelActivationRequestResponse> cancelActivationRequest(
        org.tsrmpstrp.pec.v1.CancelActivationRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelActivationRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListAssignments lists a member's mailboxes waiting for acceptance ("Richieste PEC").
     * Callers: admin, albo.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListAssignmentsResponse> listAssignments(
        org.tsrmpstrp.pec.v1.ListAssignmentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAssignmentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AcceptAssignment is the member accepting the mailbox: the request becomes ACCETTATA and the
     * mailbox ATTIVO. Callers: admin, albo.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.AcceptAssignmentResponse> acceptAssignment(
        org.tsrmpstrp.pec.v1.AcceptAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAcceptAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeclineAssignment is the member declining the mailbox: the request becomes RIFIUTATA and the
     * mailbox is closed. Callers: admin, albo.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.DeclineAssignmentResponse> declineAssignment(
        org.tsrmpstrp.pec.v1.DeclineAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeclineAssignmentMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ACTIVATION_REQUEST = 0;
  private static final int METHODID_BATCH_CREATE_ACTIVATION_REQUESTS = 1;
  private static final int METHODID_GET_ACTIVATION_REQUEST = 2;
  private static final int METHODID_LIST_ACTIVATION_REQUESTS = 3;
  private static final int METHODID_CANCEL_ACTIVATION_REQUEST = 4;
  private static final int METHODID_LIST_ASSIGNMENTS = 5;
  private static final int METHODID_ACCEPT_ASSIGNMENT = 6;
  private static final int METHODID_DECLINE_ASSIGNMENT = 7;

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
        case METHODID_CREATE_ACTIVATION_REQUEST:
          serviceImpl.createActivationRequest((org.tsrmpstrp.pec.v1.CreateActivationRequestRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CreateActivationRequestResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_ACTIVATION_REQUESTS:
          serviceImpl.batchCreateActivationRequests((org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse>) responseObserver);
          break;
        case METHODID_GET_ACTIVATION_REQUEST:
          serviceImpl.getActivationRequest((org.tsrmpstrp.pec.v1.GetActivationRequestRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetActivationRequestResponse>) responseObserver);
          break;
        case METHODID_LIST_ACTIVATION_REQUESTS:
          serviceImpl.listActivationRequests((org.tsrmpstrp.pec.v1.ListActivationRequestsRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListActivationRequestsResponse>) responseObserver);
          break;
        case METHODID_CANCEL_ACTIVATION_REQUEST:
          serviceImpl.cancelActivationRequest((org.tsrmpstrp.pec.v1.CancelActivationRequestRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.CancelActivationRequestResponse>) responseObserver);
          break;
        case METHODID_LIST_ASSIGNMENTS:
          serviceImpl.listAssignments((org.tsrmpstrp.pec.v1.ListAssignmentsRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListAssignmentsResponse>) responseObserver);
          break;
        case METHODID_ACCEPT_ASSIGNMENT:
          serviceImpl.acceptAssignment((org.tsrmpstrp.pec.v1.AcceptAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.AcceptAssignmentResponse>) responseObserver);
          break;
        case METHODID_DECLINE_ASSIGNMENT:
          serviceImpl.declineAssignment((org.tsrmpstrp.pec.v1.DeclineAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DeclineAssignmentResponse>) responseObserver);
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
          getCreateActivationRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CreateActivationRequestRequest,
              org.tsrmpstrp.pec.v1.CreateActivationRequestResponse>(
                service, METHODID_CREATE_ACTIVATION_REQUEST)))
        .addMethod(
          getBatchCreateActivationRequestsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsRequest,
              org.tsrmpstrp.pec.v1.BatchCreateActivationRequestsResponse>(
                service, METHODID_BATCH_CREATE_ACTIVATION_REQUESTS)))
        .addMethod(
          getGetActivationRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetActivationRequestRequest,
              org.tsrmpstrp.pec.v1.GetActivationRequestResponse>(
                service, METHODID_GET_ACTIVATION_REQUEST)))
        .addMethod(
          getListActivationRequestsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListActivationRequestsRequest,
              org.tsrmpstrp.pec.v1.ListActivationRequestsResponse>(
                service, METHODID_LIST_ACTIVATION_REQUESTS)))
        .addMethod(
          getCancelActivationRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.CancelActivationRequestRequest,
              org.tsrmpstrp.pec.v1.CancelActivationRequestResponse>(
                service, METHODID_CANCEL_ACTIVATION_REQUEST)))
        .addMethod(
          getListAssignmentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListAssignmentsRequest,
              org.tsrmpstrp.pec.v1.ListAssignmentsResponse>(
                service, METHODID_LIST_ASSIGNMENTS)))
        .addMethod(
          getAcceptAssignmentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.AcceptAssignmentRequest,
              org.tsrmpstrp.pec.v1.AcceptAssignmentResponse>(
                service, METHODID_ACCEPT_ASSIGNMENT)))
        .addMethod(
          getDeclineAssignmentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.DeclineAssignmentRequest,
              org.tsrmpstrp.pec.v1.DeclineAssignmentResponse>(
                service, METHODID_DECLINE_ASSIGNMENT)))
        .build();
  }

  private static abstract class ActivationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ActivationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.ActivationServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ActivationService");
    }
  }

  private static final class ActivationServiceFileDescriptorSupplier
      extends ActivationServiceBaseDescriptorSupplier {
    ActivationServiceFileDescriptorSupplier() {}
  }

  private static final class ActivationServiceMethodDescriptorSupplier
      extends ActivationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ActivationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ActivationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ActivationServiceFileDescriptorSupplier())
              .addMethod(getCreateActivationRequestMethod())
              .addMethod(getBatchCreateActivationRequestsMethod())
              .addMethod(getGetActivationRequestMethod())
              .addMethod(getListActivationRequestsMethod())
              .addMethod(getCancelActivationRequestMethod())
              .addMethod(getListAssignmentsMethod())
              .addMethod(getAcceptAssignmentMethod())
              .addMethod(getDeclineAssignmentMethod())
              .build();
        }
      }
    }
    return result;
  }
}
