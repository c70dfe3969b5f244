package dev.timeline.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settings of one server instance.
 *
 * @param port TCP port; 0 picks any free port
 * @param maxTextLength longest accepted text in UTF-16 code units; longer texts are answered
 *     RESOURCE_EXHAUSTED with a {@code google.rpc.QuotaFailure}
 * @param maxInboundMessageBytes largest request message the transport accepts; it must leave room
 *     for {@code maxTextLength} UTF-8 encoded (up to 3 bytes per UTF-16 unit)
 * @param workerThreads threads that run extractions (CPU bound, so about one per core)
 * @param maxConcurrentCalls timeline calls served at once; more are answered RESOURCE_EXHAUSTED
 * @param batchWindow documents of one batch stream being processed at the same time
 * @param shutdownGrace how long a shutdown waits for in-flight calls before cancelling them
 * @param tls certificate, key and optional client CA; empty = plaintext
 * @param authToken bearer token every timeline call must carry; empty = no token check
 * @param metricsPort HTTP port of the Prometheus endpoint; {@link #METRICS_OFF} = none, 0 = any
 *     free port
 */
public record ServerConfig(
    int port,
    int maxTextLength,
    int maxInboundMessageBytes,
    int workerThreads,
    int maxConcurrentCalls,
    int batchWindow,
    Duration shutdownGrace,
    Optional<TransportSecurity> tls,
    Optional<BearerToken> authToken,
    int metricsPort) {
  public static final int DEFAULT_PORT = 50051;
  public static final int METRICS_OFF = -1;
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    requirePositive("maxTextLength", maxTextLength);
    requirePositive("maxInboundMessageBytes", maxInboundMessageBytes);
    requirePositive("workerThreads", workerThreads);
    requirePositive("maxConcurrentCalls", maxConcurrentCalls);
    requirePositive("batchWindow", batchWindow);
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative");
    }
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(authToken, "authToken");
    if (metricsPort < METRICS_OFF || metricsPort > 65_535) {
      throw new IllegalArgumentException("metrics port must be 0..65535, got " + metricsPort);
    }
  }

  /** Plaintext, no token, no metrics endpoint. */
  public ServerConfig(
      int port,
      int maxTextLength,
      int maxInboundMessageBytes,
      int workerThreads,
      int maxConcurrentCalls,
      int batchWindow,
      Duration shutdownGrace) {
    this(port, maxTextLength, maxInboundMessageBytes, workerThreads, maxConcurrentCalls,
        batchWindow, shutdownGrace, Optional.empty(), Optional.empty(), METRICS_OFF);
  }

  /** Defaults: port 50051, 1,000,000 UTF-16 units, 8 MiB messages, one worker per core. */
  public static ServerConfig defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerConfig(
        DEFAULT_PORT,
        DEFAULT_MAX_TEXT_LENGTH,
        8 * 1024 * 1024,
        cores,
        64,
        Math.max(2, cores),
        Duration.ofSeconds(20));
  }

  public ServerConfig withPort(int p) {
    return with(c -> c.port = p);
  }

  public ServerConfig withMaxTextLength(int n) {
    return with(c -> c.maxTextLength = n);
  }

  public ServerConfig withMaxInboundMessageBytes(int n) {
    return with(c -> c.maxInboundMessageBytes = n);
  }

  public ServerConfig withWorkerThreads(int n) {
    return with(c -> c.workerThreads = n);
  }

  public ServerConfig withMaxConcurrentCalls(int n) {
    return with(c -> c.maxConcurrentCalls = n);
  }

  public ServerConfig withBatchWindow(int n) {
    return with(c -> c.batchWindow = n);
  }

  public ServerConfig withShutdownGrace(Duration d) {
    return with(c -> c.shutdownGrace = d);
  }

  public ServerConfig withTls(TransportSecurity t) {
    return with(c -> c.tls = Optional.of(t));
  }

  public ServerConfig withAuthToken(BearerToken t) {
    return with(c -> c.authToken = Optional.of(t));
  }

  public ServerConfig withMetricsPort(int p) {
    return with(c -> c.metricsPort = p);
  }

  /** A copy with one setting changed; the canonical constructor validates the result. */
  private ServerConfig with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new ServerConfig(d.port, d.maxTextLength, d.maxInboundMessageBytes, d.workerThreads,
        d.maxConcurrentCalls, d.batchWindow, d.shutdownGrace, d.tls, d.authToken, d.metricsPort);
  }

  /** The settings as mutable fields, only while one copy is being made. */
  private static final class Draft {
    int port;
    int maxTextLength;
    int maxInboundMessageBytes;
    int workerThreads;
    int maxConcurrentCalls;
    int batchWindow;
    Duration shutdownGrace;
    Optional<TransportSecurity> tls;
    Optional<BearerToken> authToken;
    int metricsPort;

    Draft(ServerConfig c) {
      port = c.port;
      maxTextLength = c.maxTextLength;
      maxInboundMessageBytes = c.maxInboundMessageBytes;
      workerThreads = c.workerThreads;
      maxConcurrentCalls = c.maxConcurrentCalls;
      batchWindow = c.batchWindow;
      shutdownGrace = c.shutdownGrace;
      tls = c.tls;
      authToken = c.authToken;
      metricsPort = c.metricsPort;
    }
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
