package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
 * submission; approval applies the new recovery email, mobile number and residence to the
 * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
 * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
 * admin.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ReviewServiceGrpc {

  private ReviewServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.ReviewService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListContactChangesRequest,
      org.tsrmpstrp.pec.v1.ListContactChangesResponse> getListContactChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListContactChanges",
      requestType = org.tsrmpstrp.pec.v1.ListContactChangesRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ListContactChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListContactChangesRequest,
      org.tsrmpstrp.pec.v1.ListContactChangesResponse> getListContactChangesMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ListContactChangesRequest, org.tsrmpstrp.pec.v1.ListContactChangesResponse> getListContactChangesMethod;
    if ((getListContactChangesMethod = ReviewServiceGrpc.getListContactChangesMethod) == null) {
      synchronized (ReviewServiceGrpc.class) {
        if ((getListContactChangesMethod = ReviewServiceGrpc.getListContactChangesMethod) == null) {
          ReviewServiceGrpc.getListContactChangesMethod = getListContactChangesMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ListContactChangesRequest, org.tsrmpstrp.pec.v1.ListContactChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListContactChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListContactChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ListContactChangesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReviewServiceMethodDescriptorSupplier("ListContactChanges"))
              .build();
        }
      }
    }
    return getListContactChangesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest,
      org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> getGetContactChangeForReviewMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContactChangeForReview",
      requestType = org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest.class,
      responseType = org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest,
      org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> getGetContactChangeForReviewMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest, org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> getGetContactChangeForReviewMethod;
    if ((getGetContactChangeForReviewMethod = ReviewServiceGrpc.getGetContactChangeForReviewMethod) == null) {
      synchronized (ReviewServiceGrpc.class) {
        if ((getGetContactChangeForReviewMethod = ReviewServiceGrpc.getGetContactChangeForReviewMethod) == null) {
          ReviewServiceGrpc.getGetContactChangeForReviewMethod = getGetContactChangeForReviewMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest, org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContactChangeForReview"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReviewServiceMethodDescriptorSupplier("GetContactChangeForReview"))
              .build();
        }
      }
    }
    return getGetContactChangeForReviewMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest,
      org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> getDownloadIdentityDocumentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DownloadIdentityDocument",
      requestType = org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest.class,
      responseType = org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest,
      org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> getDownloadIdentityDocumentMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest, org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> getDownloadIdentityDocumentMethod;
    if ((getDownloadIdentityDocumentMethod = ReviewServiceGrpc.getDownloadIdentityDocumentMethod) == null) {
      synchronized (ReviewServiceGrpc.class) {
        if ((getDownloadIdentityDocumentMethod = ReviewServiceGrpc.getDownloadIdentityDocumentMethod) == null) {
          ReviewServiceGrpc.getDownloadIdentityDocumentMethod = getDownloadIdentityDocumentMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest, org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DownloadIdentityDocument"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReviewServiceMethodDescriptorSupplier("DownloadIdentityDocument"))
              .build();
        }
      }
    }
    return getDownloadIdentityDocumentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ApproveContactChangeRequest,
      org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> getApproveContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApproveContactChange",
      requestType = org.tsrmpstrp.pec.v1.ApproveContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ApproveContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ApproveContactChangeRequest,
      org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> getApproveContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ApproveContactChangeRequest, org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> getApproveContactChangeMethod;
    if ((getApproveContactChangeMethod = ReviewServiceGrpc.getApproveContactChangeMethod) == null) {
      synchronized (ReviewServiceGrpc.class) {
        if ((getApproveContactChangeMethod = ReviewServiceGrpc.getApproveContactChangeMethod) == null) {
          ReviewServiceGrpc.getApproveContactChangeMethod = getApproveContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ApproveContactChangeRequest, org.tsrmpstrp.pec.v1.ApproveContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApproveContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ApproveContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ApproveContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReviewServiceMethodDescriptorSupplier("ApproveContactChange"))
              .build();
        }
      }
    }
    return getApproveContactChangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RejectContactChangeRequest,
      org.tsrmpstrp.pec.v1.RejectContactChangeResponse> getRejectContactChangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectContactChange",
      requestType = org.tsrmpstrp.pec.v1.RejectContactChangeRequest.class,
      responseType = org.tsrmpstrp.pec.v1.RejectContactChangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RejectContactChangeRequest,
      org.tsrmpstrp.pec.v1.RejectContactChangeResponse> getRejectContactChangeMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.RejectContactChangeRequest, org.tsrmpstrp.pec.v1.RejectContactChangeResponse> getRejectContactChangeMethod;
    if ((getRejectContactChangeMethod = ReviewServiceGrpc.getRejectContactChangeMethod) == null) {
      synchronized (ReviewServiceGrpc.class) {
        if ((getRejectContactChangeMethod = ReviewServiceGrpc.getRejectContactChangeMethod) == null) {
          ReviewServiceGrpc.getRejectContactChangeMethod = getRejectContactChangeMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.RejectContactChangeRequest, org.tsrmpstrp.pec.v1.RejectContactChangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectContactChange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RejectContactChangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.RejectContactChangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ReviewServiceMethodDescriptorSupplier("RejectContactChange"))
              .build();
        }
      }
    }
    return getRejectContactChangeMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ReviewServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReviewServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReviewServiceStub>() {
        @java.lang.Override
        public ReviewServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReviewServiceStub(channel, callOptions);
        }
      };
    return ReviewServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ReviewServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReviewServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReviewServiceBlockingV2Stub>() {
        @java.lang.Override
        public ReviewServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReviewServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ReviewServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ReviewServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReviewServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReviewServiceBlockingStub>() {
        @java.lang.Override
        public ReviewServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReviewServiceBlockingStub(channel, callOptions);
        }
      };
    return ReviewServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ReviewServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ReviewServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ReviewServiceFutureStub>() {
        @java.lang.Override
        public ReviewServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ReviewServiceFutureStub(channel, callOptions);
        }
      };
    return ReviewServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     * </pre>
     */
    default void listContactChanges(org.tsrmpstrp.pec.v1.ListContactChangesRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListContactChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListContactChangesMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     * </pre>
     */
    default void getContactChangeForReview(org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContactChangeForReviewMethod(), responseObserver);
    }

    /**
     * <pre>
     * DownloadIdentityDocument streams one side's image (decrypted, its SHA-256 checked) in
     * chunks of up to 64 KiB. NOT_FOUND once the images were deleted.
     * </pre>
     */
    default void downloadIdentityDocument(org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadIdentityDocumentMethod(), responseObserver);
    }

    /**
     * <pre>
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     * </pre>
     */
    default void approveContactChange(org.tsrmpstrp.pec.v1.ApproveContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApproveContactChangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     * </pre>
     */
    default void rejectContactChange(org.tsrmpstrp.pec.v1.RejectContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RejectContactChangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectContactChangeMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ReviewService.
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public static abstract class ReviewServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ReviewServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ReviewService.
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public static final class ReviewServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ReviewServiceStub> {
    private ReviewServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReviewServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReviewServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     * </pre>
     */
    public void listContactChanges(org.tsrmpstrp.pec.v1.ListContactChangesRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListContactChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListContactChangesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     * </pre>
     */
    public void getContactChangeForReview(org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContactChangeForReviewMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DownloadIdentityDocument streams one side's image (decrypted, its SHA-256 checked) in
     * chunks of up to 64 KiB. NOT_FOUND once the images were deleted.
     * </pre>
     */
    public void downloadIdentityDocument(org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getDownloadIdentityDocumentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     * </pre>
     */
    public void approveContactChange(org.tsrmpstrp.pec.v1.ApproveContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApproveContactChangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     * </pre>
     */
    public void rejectContactChange(org.tsrmpstrp.pec.v1.RejectContactChangeRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RejectContactChangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectContactChangeMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ReviewService.
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public static final class ReviewServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ReviewServiceBlockingV2Stub> {
    private ReviewServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReviewServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReviewServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListContactChangesResponse listContactChanges(org.tsrmpstrp.pec.v1.ListContactChangesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListContactChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse getContactChangeForReview(org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContactChangeForReviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DownloadIdentityDocument streams one side's image (decrypted, its SHA-256 checked) in
     * chunks of up to 64 KiB. NOT_FOUND once the images were deleted.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse>
        downloadIdentityDocument(org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getDownloadIdentityDocumentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ApproveContactChangeResponse approveContactChange(org.tsrmpstrp.pec.v1.ApproveContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApproveContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RejectContactChangeResponse rejectContactChange(org.tsrmpstrp.pec.v1.RejectContactChangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRejectContactChangeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ReviewService.
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public static final class ReviewServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ReviewServiceBlockingStub> {
    private ReviewServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReviewServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReviewServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ListContactChangesResponse listContactChanges(org.tsrmpstrp.pec.v1.ListContactChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListContactChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse getContactChangeForReview(org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContactChangeForReviewMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DownloadIdentityDocument streams one side's image (decrypted, its SHA-256 checked) in
     * chunks of up to 64 KiB. NOT_FOUND once the images were deleted.
     * </pre>
     */
    public java.util.Iterator<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse> downloadIdentityDocument(
        org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getDownloadIdentityDocumentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.ApproveContactChangeResponse approveContactChange(org.tsrmpstrp.pec.v1.ApproveContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApproveContactChangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     * </pre>
     */
    public org.tsrmpstrp.pec.v1.RejectContactChangeResponse rejectContactChange(org.tsrmpstrp.pec.v1.RejectContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectContactChangeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ReviewService.
   * <pre>
   * ReviewService is the operators' queue of submitted contact changes. Each is due 3 days after
   * submission; approval applies the new recovery email, mobile number and residence to the
   * mailbox and emails the outcome to the new recovery email; rejection emails the reason.
   * Identity images are deleted 30 days (configurable) after the outcome. Callers: operator,
   * admin.
   * </pre>
   */
  public static final class ReviewServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ReviewServiceFutureStub> {
    private ReviewServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ReviewServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ReviewServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListContactChanges lists changes, overdue and oldest due first, by state (default
     * UNDER_REVIEW).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ListContactChangesResponse> listContactChanges(
        org.tsrmpstrp.pec.v1.ListContactChangesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListContactChangesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetContactChangeForReview returns a change with the holder's current details of record,
     * for comparison.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse> getContactChangeForReview(
        org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContactChangeForReviewMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ApproveContactChange applies the change to the mailbox in one transaction. Only a change
     * UNDER_REVIEW can be approved (FAILED_PRECONDITION otherwise, naming its state).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.ApproveContactChangeResponse> approveContactChange(
        org.tsrmpstrp.pec.v1.ApproveContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApproveContactChangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RejectContactChange rejects a change UNDER_REVIEW with a reason, emailed to the member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<org.tsrmpstrp.pec.v1.RejectContactChangeResponse> rejectContactChange(
        org.tsrmpstrp.pec.v1.RejectContactChangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectContactChangeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_CONTACT_CHANGES = 0;
  private static final int METHODID_GET_CONTACT_CHANGE_FOR_REVIEW = 1;
  private static final int METHODID_DOWNLOAD_IDENTITY_DOCUMENT = 2;
  private static final int METHODID_APPROVE_CONTACT_CHANGE = 3;
  private static final int METHODID_REJECT_CONTACT_CHANGE = 4;

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
        case METHODID_LIST_CONTACT_CHANGES:
          serviceImpl.listContactChanges((org.tsrmpstrp.pec.v1.ListContactChangesRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ListContactChangesResponse>) responseObserver);
          break;
        case METHODID_GET_CONTACT_CHANGE_FOR_REVIEW:
          serviceImpl.getContactChangeForReview((org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse>) responseObserver);
          break;
        case METHODID_DOWNLOAD_IDENTITY_DOCUMENT:
          serviceImpl.downloadIdentityDocument((org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse>) responseObserver);
          break;
        case METHODID_APPROVE_CONTACT_CHANGE:
          serviceImpl.approveContactChange((org.tsrmpstrp.pec.v1.ApproveContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ApproveContactChangeResponse>) responseObserver);
          break;
        case METHODID_REJECT_CONTACT_CHANGE:
          serviceImpl.rejectContactChange((org.tsrmpstrp.pec.v1.RejectContactChangeRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.RejectContactChangeResponse>) responseObserver);
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
          getListContactChangesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ListContactChangesRequest,
              org.tsrmpstrp.pec.v1.ListContactChangesResponse>(
                service, METHODID_LIST_CONTACT_CHANGES)))
        .addMethod(
          getGetContactChangeForReviewMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.GetContactChangeForReviewRequest,
              org.tsrmpstrp.pec.v1.GetContactChangeForReviewResponse>(
                service, METHODID_GET_CONTACT_CHANGE_FOR_REVIEW)))
        .addMethod(
          getDownloadIdentityDocumentMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.DownloadIdentityDocumentRequest,
              org.tsrmpstrp.pec.v1.DownloadIdentityDocumentResponse>(
                service, METHODID_DOWNLOAD_IDENTITY_DOCUMENT)))
        .addMethod(
          getApproveContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ApproveContactChangeRequest,
              org.tsrmpstrp.pec.v1.ApproveContactChangeResponse>(
                service, METHODID_APPROVE_CONTACT_CHANGE)))
        .addMethod(
          getRejectContactChangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.RejectContactChangeRequest,
              org.tsrmpstrp.pec.v1.RejectContactChangeResponse>(
                service, METHODID_REJECT_CONTACT_CHANGE)))
        .build();
  }

  private static abstract class ReviewServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ReviewServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.ReviewServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ReviewService");
    }
  }

  private static final class ReviewServiceFileDescriptorSupplier
      extends ReviewServiceBaseDescriptorSupplier {
    ReviewServiceFileDescriptorSupplier() {}
  }

  private static final class ReviewServiceMethodDescriptorSupplier
      extends ReviewServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ReviewServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ReviewServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ReviewServiceFileDescriptorSupplier())
              .addMethod(getListContactChangesMethod())
              .addMethod(getGetContactChangeForReviewMethod())
              .addMethod(getDownloadIdentityDocumentMethod())
              .addMethod(getApproveContactChangeMethod())
              .addMethod(getRejectContactChangeMethod())
              .build();
        }
      }
    }
    return result;
  }
}
