package dev.timeline.server;

import java.time.Duration;
import java.util.Objects;

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
 */
public record ServerConfig(
    int port,
    int maxTextLength,
    int maxInboundMessageBytes,
    int workerThreads,
    int maxConcurrentCalls,
    int batchWindow,
    Duration shutdownGrace) {
  public static final int DEFAULT_PORT = 50051;
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
    return new ServerConfig(
        p, maxTextLength, maxInboundMessageBytes, workerThreads, maxConcurrentCalls, batchWindow,
        shutdownGrace);
  }

  public ServerConfig withMaxTextLength(int n) {
    return new ServerConfig(
        port, n, maxInboundMessageBytes, workerThreads, maxConcurrentCalls, batchWindow,
        shutdownGrace);
  }

  public ServerConfig withMaxInboundMessageBytes(int n) {
    return new ServerConfig(
        port, maxTextLength, n, workerThreads, maxConcurrentCalls, batchWindow, shutdownGrace);
  }

  public ServerConfig withWorkerThreads(int n) {
    return new ServerConfig(
        port, maxTextLength, maxInboundMessageBytes, n, maxConcurrentCalls, batchWindow,
        shutdownGrace);
  }

  public ServerConfig withMaxConcurrentCalls(int n) {
    return new ServerConfig(
        port, maxTextLength, maxInboundMessageBytes, workerThreads, n, batchWindow, shutdownGrace);
  }

  public ServerConfig withBatchWindow(int n) {
    return new ServerConfig(
        port, maxTextLength, maxInboundMessageBytes, workerThreads, maxConcurrentCalls, n,
        shutdownGrace);
  }

  public ServerConfig withShutdownGrace(Duration d) {
    return new ServerConfig(
        port, maxTextLength, maxInboundMessageBytes, workerThreads, maxConcurrentCalls, batchWindow,
        d);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
