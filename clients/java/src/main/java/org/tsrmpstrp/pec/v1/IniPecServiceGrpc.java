package org.tsrmpstrp.pec.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
 * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
 * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
 * address, what the Ordine last exported, and each export moves that baseline in the same
 * transaction that reads it (two exports of one Ordine at once run one after the other).
 * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
 * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
 * the eight fields
 * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
 * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
 * (cancellazione: a position no longer published) by default; the codes are configuration of
 * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
 * specification before the first upload. DataIscrizione is empty (the register gives pecd no
 * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
 * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class IniPecServiceGrpc {

  private IniPecServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pec.v1.IniPecService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ExportIniPecRequest,
      org.tsrmpstrp.pec.v1.ExportIniPecResponse> getExportIniPecMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExportIniPec",
      requestType = org.tsrmpstrp.pec.v1.ExportIniPecRequest.class,
      responseType = org.tsrmpstrp.pec.v1.ExportIniPecResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ExportIniPecRequest,
      org.tsrmpstrp.pec.v1.ExportIniPecResponse> getExportIniPecMethod() {
    io.grpc.MethodDescriptor<org.tsrmpstrp.pec.v1.ExportIniPecRequest, org.tsrmpstrp.pec.v1.ExportIniPecResponse> getExportIniPecMethod;
    if ((getExportIniPecMethod = IniPecServiceGrpc.getExportIniPecMethod) == null) {
      synchronized (IniPecServiceGrpc.class) {
        if ((getExportIniPecMethod = IniPecServiceGrpc.getExportIniPecMethod) == null) {
          IniPecServiceGrpc.getExportIniPecMethod = getExportIniPecMethod =
              io.grpc.MethodDescriptor.<org.tsrmpstrp.pec.v1.ExportIniPecRequest, org.tsrmpstrp.pec.v1.ExportIniPecResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExportIniPec"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ExportIniPecRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  org.tsrmpstrp.pec.v1.ExportIniPecResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IniPecServiceMethodDescriptorSupplier("ExportIniPec"))
              .build();
        }
      }
    }
    return getExportIniPecMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static IniPecServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IniPecServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IniPecServiceStub>() {
        @java.lang.Override
        public IniPecServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IniPecServiceStub(channel, callOptions);
        }
      };
    return IniPecServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static IniPecServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IniPecServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IniPecServiceBlockingV2Stub>() {
        @java.lang.Override
        public IniPecServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IniPecServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return IniPecServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static IniPecServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IniPecServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IniPecServiceBlockingStub>() {
        @java.lang.Override
        public IniPecServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IniPecServiceBlockingStub(channel, callOptions);
        }
      };
    return IniPecServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static IniPecServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IniPecServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IniPecServiceFutureStub>() {
        @java.lang.Override
        public IniPecServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IniPecServiceFutureStub(channel, callOptions);
        }
      };
    return IniPecServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * ExportIniPec makes an export (or sends a stored one again) and streams it: the first
     * message carries `export` (its id, counts, size and SHA-256), every following message the
     * next bytes of the file in `csv_chunk` (at most 64 KiB each); the file is the chunks
     * concatenated. An export with no rows is one message. If the stream breaks, call again with
     * mode AGAIN and the export id: the baseline has already moved, so the rows are not lost.
     * </pre>
     */
    default void exportIniPec(org.tsrmpstrp.pec.v1.ExportIniPecRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ExportIniPecResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExportIniPecMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service IniPecService.
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public static abstract class IniPecServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return IniPecServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service IniPecService.
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public static final class IniPecServiceStub
      extends io.grpc.stub.AbstractAsyncStub<IniPecServiceStub> {
    private IniPecServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IniPecServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IniPecServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * ExportIniPec makes an export (or sends a stored one again) and streams it: the first
     * message carries `export` (its id, counts, size and SHA-256), every following message the
     * next bytes of the file in `csv_chunk` (at most 64 KiB each); the file is the chunks
     * concatenated. An export with no rows is one message. If the stream breaks, call again with
     * mode AGAIN and the export id: the baseline has already moved, so the rows are not lost.
     * </pre>
     */
    public void exportIniPec(org.tsrmpstrp.pec.v1.ExportIniPecRequest request,
        io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ExportIniPecResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getExportIniPecMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service IniPecService.
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public static final class IniPecServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<IniPecServiceBlockingV2Stub> {
    private IniPecServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IniPecServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IniPecServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * ExportIniPec makes an export (or sends a stored one again) and streams it: the first
     * message carries `export` (its id, counts, size and SHA-256), every following message the
     * next bytes of the file in `csv_chunk` (at most 64 KiB each); the file is the chunks
     * concatenated. An export with no rows is one message. If the stream breaks, call again with
     * mode AGAIN and the export id: the baseline has already moved, so the rows are not lost.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, org.tsrmpstrp.pec.v1.ExportIniPecResponse>
        exportIniPec(org.tsrmpstrp.pec.v1.ExportIniPecRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getExportIniPecMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service IniPecService.
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public static final class IniPecServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<IniPecServiceBlockingStub> {
    private IniPecServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IniPecServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IniPecServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * ExportIniPec makes an export (or sends a stored one again) and streams it: the first
     * message carries `export` (its id, counts, size and SHA-256), every following message the
     * next bytes of the file in `csv_chunk` (at most 64 KiB each); the file is the chunks
     * concatenated. An export with no rows is one message. If the stream breaks, call again with
     * mode AGAIN and the export id: the baseline has already moved, so the rows are not lost.
     * </pre>
     */
    public java.util.Iterator<org.tsrmpstrp.pec.v1.ExportIniPecResponse> exportIniPec(
        org.tsrmpstrp.pec.v1.ExportIniPecRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getExportIniPecMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service IniPecService.
   * <pre>
   * IniPecService makes an Ordine's INI-PEC upload file. A position is a mailbox in state ATTIVO
   * of the Ordine, with its holder's name, surname, numero iscrizione and codice fiscale from the
   * register; SOSPESO and CESSATO mailboxes are not published. pecd remembers, per Ordine and
   * address, what the Ordine last exported, and each export moves that baseline in the same
   * transaction that reads it (two exports of one Ordine at once run one after the other).
   * The file: UTF-8 without BOM, no header line, CRLF line ends, `;` between fields, a field
   * quoted (RFC 4180, `"` doubled) only if it holds `;`, `"` or a line break, and every row with
   * the eight fields
   * `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
   * Stato is 1 (aggiornamento: a position already sent), 2 (inserimento: a new position) or 3
   * (cancellazione: a position no longer published) by default; the codes are configuration of
   * the server (PEC_INI_PEC_STATO_*) and must be checked against the current INI-PEC
   * specification before the first upload. DataIscrizione is empty (the register gives pecd no
   * enrolment date); DataCancellazione is the day a position ceased, `dd/mm/yyyy` (Rome), on
   * cancellations only. Callers: an ordine key for its own Ordine; admin and operator for any.
   * </pre>
   */
  public static final class IniPecServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<IniPecServiceFutureStub> {
    private IniPecServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IniPecServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IniPecServiceFutureStub(channel, callOptions);
    }
  }

  private static final int METHODID_EXPORT_INI_PEC = 0;

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
        case METHODID_EXPORT_INI_PEC:
          serviceImpl.exportIniPec((org.tsrmpstrp.pec.v1.ExportIniPecRequest) request,
              (io.grpc.stub.StreamObserver<org.tsrmpstrp.pec.v1.ExportIniPecResponse>) responseObserver);
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
          getExportIniPecMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              org.tsrmpstrp.pec.v1.ExportIniPecRequest,
              org.tsrmpstrp.pec.v1.ExportIniPecResponse>(
                service, METHODID_EXPORT_INI_PEC)))
        .build();
  }

  private static abstract class IniPecServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    IniPecServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return org.tsrmpstrp.pec.v1.IniPecServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("IniPecService");
    }
  }

  private static final class IniPecServiceFileDescriptorSupplier
      extends IniPecServiceBaseDescriptorSupplier {
    IniPecServiceFileDescriptorSupplier() {}
  }

  private static final class IniPecServiceMethodDescriptorSupplier
      extends IniPecServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    IniPecServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (IniPecServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new IniPecServiceFileDescriptorSupplier())
              .addMethod(getExportIniPecMethod())
              .build();
        }
      }
    }
    return result;
  }
}
