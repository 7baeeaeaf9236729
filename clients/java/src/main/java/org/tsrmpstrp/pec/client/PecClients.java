package org.tsrmpstrp.pec.client;

import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.Executor;

/**
 * Channels to pecd, with TLS by default and the API key sent as {@code authorization: Bearer <key>}.
 *
 * <pre>{@code
 * ManagedChannel channel = PecClients.channel("pec.example.org:443", apiKey);
 * MailboxServiceGrpc.MailboxServiceBlockingStub mailboxes = MailboxServiceGrpc.newBlockingStub(channel);
 * }</pre>
 */
public final class PecClients {
  /** The {@code authorization} request header. */
  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private PecClients() {}

  /**
   * A channel over TLS (system trust store) whose every call carries the bearer key.
   *
   * @param target {@code host:port} or any gRPC target URI
   * @param apiKey the API key, or {@code null} to send none (e.g. for health checks)
   */
  public static ManagedChannel channel(String target, String apiKey) {
    return channelBuilder(target, apiKey, false).build();
  }

  /** A plaintext channel (no TLS): only for a local pecd in tests and development. */
  public static ManagedChannel plaintextChannel(String target, String apiKey) {
    return channelBuilder(target, apiKey, true).build();
  }

  /**
   * A builder to tune further (deadlines are per call; keepalive, executors, etc. go here).
   *
   * @param plaintext {@code false} for TLS with the system trust store, {@code true} for none
   */
  public static ManagedChannelBuilder<?> channelBuilder(String target, String apiKey, boolean plaintext) {
    ChannelCredentials credentials =
        plaintext ? InsecureChannelCredentials.create() : TlsChannelCredentials.create();
    return channelBuilder(target, apiKey, credentials);
  }

  /**
   * A builder with your own credentials, e.g. {@code TlsChannelCredentials.newBuilder()
   * .trustManager(new File("ca.pem")).build()} for a private CA.
   */
  public static ManagedChannelBuilder<?> channelBuilder(
      String target, String apiKey, ChannelCredentials credentials) {
    ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(target, credentials);
    if (apiKey != null) {
      builder.intercept(bearerInterceptor(apiKey));
    }
    return builder;
  }

  /** An interceptor adding {@code authorization: Bearer <apiKey>} to every call. */
  public static ClientInterceptor bearerInterceptor(String apiKey) {
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, "Bearer " + requireKey(apiKey));
    return MetadataUtils.newAttachHeadersInterceptor(headers);
  }

  /**
   * Per-stub credentials, to use several keys on one channel:
   * {@code stub.withCallCredentials(PecClients.bearer(albo))}.
   */
  public static CallCredentials bearer(String apiKey) {
    final String value = "Bearer " + requireKey(apiKey);
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo requestInfo, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, value);
        applier.apply(headers);
      }
    };
  }

  private static String requireKey(String apiKey) {
    if (apiKey == null || apiKey.trim().isEmpty()) {
      throw Status.UNAUTHENTICATED.withDescription("empty API key").asRuntimeException();
    }
    return apiKey.trim();
  }
}
