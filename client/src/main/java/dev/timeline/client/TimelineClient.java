package dev.timeline.client;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.CompositeChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A client of the timeline service.
 *
 * <pre>{@code
 * try (TimelineClient client = TimelineClient.forTarget("localhost:50051")) {
 *   ExtractTimelineResponse r = client.extract("doc-1", text, LocalDate.of(2014, 9, 16));
 * }
 * }</pre>
 *
 * <p>Every call carries a deadline (30 s unless changed with {@link #withDeadline}); for {@link
 * #batch} it bounds the whole stream. Failed calls throw {@link TimelineException}. Instances are
 * immutable and thread-safe.
 */
public final class TimelineClient implements AutoCloseable {
  /** Deadline of each call unless {@link #withDeadline} says otherwise. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

  /** How many batch responses the iterator lets the server send ahead of the reader. */
  static final int BATCH_WINDOW = 16;

  /** Most attempts {@link Builder#retries} allows per call. */
  public static final int MAX_ATTEMPTS = 10;

  // Results of megabyte-sized documents exceed gRPC's 4 MiB default.
  private static final int MAX_INBOUND_BYTES = 64 * 1024 * 1024;

  private final Channel channel;
  private final ManagedChannel owned; // null when the caller owns the channel
  private final Duration deadline;

  private TimelineClient(Channel channel, ManagedChannel owned, Duration deadline) {
    this.channel = channel;
    this.owned = owned;
    this.deadline = deadline;
  }

  /**
   * Connects in plaintext to {@code target}: {@code host:port} or any gRPC target URI such as
   * {@code dns:///host:port}. The client owns the channel and {@link #close()} shuts it down.
   * Connecting is lazy: an unreachable server shows up as UNAVAILABLE on the first call.
   */
  public static TimelineClient forTarget(String target) {
    return builder(target).build();
  }

  /**
   * A client of {@code target} with TLS, a bearer token or client-side load balancing:
   *
   * <pre>{@code
   * TimelineClient client = TimelineClient.builder("dns:///timeline.prod.svc:50051")
   *     .trustRoots(Path.of("ca.pem"))                       // TLS, server checked against ca.pem
   *     .clientCertificate(Path.of("client.pem"), Path.of("client.key"))   // mutual TLS
   *     .bearerToken(System.getenv("TIMELINE_AUTH_TOKEN"))
   *     .roundRobin()                                        // spread calls over every address
   *     .retries(8)                                          // ride through restarts (UNAVAILABLE)
   *     .build();
   * }</pre>
   */
  public static Builder builder(String target) {
    return new Builder(target);
  }

  /** Options of an owned channel; see {@link #builder(String)}. Not thread-safe. */
  public static final class Builder {
    private final String target;
    private boolean tls;
    private Path trustRoots; // null: the JDK's default trust store
    private Path clientCertificate;
    private Path clientKey;
    private String bearerToken;
    private String loadBalancingPolicy;
    private int maxAttempts = 1;
    private Duration deadline = DEFAULT_DEADLINE;

    private Builder(String target) {
      this.target = Objects.requireNonNull(target, "target");
    }

    /** TLS, with the server certificate checked against the JDK's default trust store. */
    public Builder useTls() {
      this.tls = true;
      return this;
    }

    /** TLS, with the server certificate checked against the CA certificates of a PEM file. */
    public Builder trustRoots(Path caCertificates) {
      this.trustRoots = Objects.requireNonNull(caCertificates, "caCertificates");
      return useTls();
    }

    /** Mutual TLS: presents this PEM certificate chain and PKCS#8 key to the server. */
    public Builder clientCertificate(Path certificateChain, Path privateKey) {
      this.clientCertificate = Objects.requireNonNull(certificateChain, "certificateChain");
      this.clientKey = Objects.requireNonNull(privateKey, "privateKey");
      return useTls();
    }

    /**
     * Sends {@code authorization: Bearer <token>} with every call. Use it with TLS: over
     * plaintext anyone on the path can read the token.
     */
    public Builder bearerToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("the bearer token is empty");
      }
      this.bearerToken = token.strip();
      return this;
    }

    /**
     * Spreads calls over every address the target resolves to (gRPC's {@code round_robin}
     * policy) instead of pinning one connection. Pair it with {@code dns:///host:port} of a
     * headless Kubernetes service, which resolves to every ready pod.
     */
    public Builder roundRobin() {
      this.loadBalancingPolicy = "round_robin";
      return this;
    }

    /**
     * Tries each call up to {@code maxAttempts} times (the first included) while it fails with
     * {@code UNAVAILABLE} before the server answered: a server restarting, a pod going away. The
     * waits between attempts are random up to 0.5 s, 1 s, 2 s, 4 s, then 5 s each (gRPC's retry
     * policy), so 8 attempts span a restart of several seconds; the call's deadline still bounds
     * the whole. Extraction is a pure function of the request, so a retried call is safe. A batch
     * stream is retried only until its first answer, and gRPC keeps at most 1 MiB of a call's
     * messages for replay: a call sending more is not retried.
     */
    public Builder retries(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
        throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS + ": " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder deadline(Duration deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    public TimelineClient build() {
      ManagedChannelBuilder<?> builder =
          Grpc.newChannelBuilder(target, credentials()).maxInboundMessageSize(MAX_INBOUND_BYTES);
      if (loadBalancingPolicy != null) {
        builder.defaultLoadBalancingPolicy(loadBalancingPolicy);
      }
      if (maxAttempts > 1) {
        builder.enableRetry().maxRetryAttempts(maxAttempts).defaultServiceConfig(retryOnUnavailable(maxAttempts));
      }
      ManagedChannel channel = builder.build();
      return new TimelineClient(channel, channel, DEFAULT_DEADLINE).withDeadline(deadline);
    }

    /** The service config of {@link #retries}: UNAVAILABLE is retried on every timeline method. */
    private static Map<String, Object> retryOnUnavailable(int maxAttempts) {
      // Numbers of a parsed JSON service config are doubles; durations are strings.
      return Map.of(
          "methodConfig",
          List.of(
              Map.of(
                  "name", List.of(Map.of("service", TimelineServiceGrpc.SERVICE_NAME)),
                  "retryPolicy",
                  Map.of(
                      "maxAttempts", (double) maxAttempts,
                      "initialBackoff", "0.5s",
                      "maxBackoff", "5s",
                      "backoffMultiplier", 2.0,
                      "retryableStatusCodes", List.of("UNAVAILABLE")))));
    }

    private ChannelCredentials credentials() {
      ChannelCredentials transport = InsecureChannelCredentials.create();
      if (tls) {
        try {
          TlsChannelCredentials.Builder b = TlsChannelCredentials.newBuilder();
          if (trustRoots != null) {
            b.trustManager(trustRoots.toFile());
          }
          if (clientCertificate != null) {
            b.keyManager(clientCertificate.toFile(), clientKey.toFile());
          }
          transport = b.build();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read TLS files: " + e.getMessage(), e);
        }
      }
      return bearerToken == null
          ? transport
          : CompositeChannelCredentials.create(transport, new BearerCredentials(bearerToken));
    }
  }

  /** Adds the bearer token to each call's headers. */
  private static final class BearerCredentials extends CallCredentials {
    private static final Metadata.Key<String> AUTHORIZATION =
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private final String header;

    BearerCredentials(String token) {
      this.header = "Bearer " + token;
    }

    @Override
    public void applyRequestMetadata(
        RequestInfo info, Executor executor, MetadataApplier applier) {
      Metadata headers = new Metadata();
      headers.put(AUTHORIZATION, header);
      applier.apply(headers);
    }
  }

  /** Uses a channel the caller owns; {@link #close()} leaves it open. */
  public static TimelineClient forChannel(Channel channel) {
    return new TimelineClient(Objects.requireNonNull(channel, "channel"), null, DEFAULT_DEADLINE);
  }

  /**
   * The same client with another per-call deadline. It shares this client's channel and its
   * ownership: closing either one closes an owned channel.
   */
  public TimelineClient withDeadline(Duration deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive: " + deadline);
    }
    return new TimelineClient(channel, owned, deadline);
  }

  public Duration deadline() {
    return deadline;
  }

  /** A request for {@code text} published on {@code published}, with default options. */
  public static ExtractTimelineRequest request(String id, String text, LocalDate published) {
    return ExtractTimelineRequest.newBuilder()
        .setDocumentId(Objects.requireNonNull(id, "id"))
        .setText(Objects.requireNonNull(text, "text"))
        .setPublicationDate(PublicationDate.newBuilder().setDate(published.toString()))
        .build();
  }

  /** Extracts one document's timeline, blocking until the answer or the deadline. */
  public ExtractTimelineResponse extract(ExtractTimelineRequest request) {
    try {
      return TimelineServiceGrpc.newBlockingStub(channel)
          .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
          .extractTimeline(request);
    } catch (StatusRuntimeException e) {
      throw TimelineException.from(e);
    }
  }

  public ExtractTimelineResponse extract(String id, String text, LocalDate published) {
    return extract(request(id, text, published));
  }

  /**
   * Extracts one document's timeline without blocking. The future fails with {@link
   * TimelineException}; cancelling it cancels the call.
   */
  public CompletableFuture<ExtractTimelineResponse> extractAsync(ExtractTimelineRequest request) {
    CompletableFuture<ExtractTimelineResponse> result = new CompletableFuture<>();
    TimelineServiceGrpc.newStub(channel)
        .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
        .extractTimeline(
            request,
            new ClientResponseObserver<ExtractTimelineRequest, ExtractTimelineResponse>() {
              @Override
              public void beforeStart(ClientCallStreamObserver<ExtractTimelineRequest> call) {
                result.whenComplete(
                    (r, t) -> {
                      if (result.isCancelled()) {
                        call.cancel("caller cancelled", null);
                      }
                    });
              }

              @Override
              public void onNext(ExtractTimelineResponse response) {
                result.complete(response);
              }

              @Override
              public void onError(Throwable t) {
                result.completeExceptionally(TimelineException.from(t));
              }

              @Override
              public void onCompleted() {
                if (!result.isDone()) {
                  result.completeExceptionally(
                      TimelineException.local(
                          Status.Code.INTERNAL, "server sent no response", null));
                }
              }
            });
    return result;
  }

  public CompletableFuture<ExtractTimelineResponse> extractAsync(
      String id, String text, LocalDate published) {
    return extractAsync(request(id, text, published));
  }

  /**
   * Streams {@code requests} over the batch RPC and returns the responses as they arrive (not
   * necessarily in request order; match them by {@code document_id} or {@code sequence}). Requests
   * are pulled from the iterable only while the transport can take them, and the server is let
   * ahead of the reader by a small window only, so neither side buffers the whole batch. Close the
   * returned stream to cancel early.
   */
  public BatchStream batch(Iterable<ExtractTimelineRequest> requests) {
    BatchStream stream = new BatchStream(requests.iterator(), BATCH_WINDOW);
    TimelineServiceGrpc.newStub(channel)
        .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
        .batchExtractTimeline(stream.observer());
    return stream;
  }

  /**
   * Streams {@code requests} over the batch RPC, hands each response to {@code onResponse} on the
   * calling thread, and returns when the server has answered them all.
   *
   * @throws TimelineException when the stream itself fails (a failed document is a response
   *     carrying an error, not an exception)
   */
  public void batch(
      Iterable<ExtractTimelineRequest> requests, Consumer<BatchExtractTimelineResponse> onResponse) {
    try (BatchStream stream = batch(requests)) {
      while (stream.hasNext()) {
        onResponse.accept(stream.next());
      }
    }
  }

  /** Wraps a request for the batch stream. */
  static BatchExtractTimelineRequest batchRequest(ExtractTimelineRequest request) {
    return BatchExtractTimelineRequest.newBuilder().setRequest(request).build();
  }

  /** Shuts down an owned channel, waiting briefly for calls in flight. */
  @Override
  public void close() {
    if (owned == null || owned.isShutdown()) {
      return;
    }
    owned.shutdown();
    try {
      if (!owned.awaitTermination(5, TimeUnit.SECONDS)) {
        owned.shutdownNow();
      }
    } catch (InterruptedException e) {
      owned.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
