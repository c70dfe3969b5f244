package dev.timeline.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network server: the wired services over Netty on a TCP port, health SERVING once started,
 * and a graceful {@link #stop()} that lets in-flight calls finish within the grace period.
 */
public final class TimelineServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TimelineServer.class);

  private final Server server;
  private final HealthStatusManager health;
  private final ExtractionWorkers workers;
  private final Duration grace;
  private final HTTPServer metricsEndpoint; // null when metrics are off
  private final AtomicBoolean stopping = new AtomicBoolean();

  private TimelineServer(
      Server server,
      HealthStatusManager health,
      ExtractionWorkers workers,
      Duration grace,
      HTTPServer metricsEndpoint) {
    this.server = server;
    this.health = health;
    this.workers = workers;
    this.grace = grace;
    this.metricsEndpoint = metricsEndpoint;
  }

  /** Builds the standard engine, binds the configured port and starts serving. */
  public static TimelineServer start(ServerConfig config) {
    return start(new TimelineServerModule(config));
  }

  public static TimelineServer start(TimelineServerModule module) {
    long started = System.nanoTime();
    Injector injector = Guice.createInjector(module);
    ServerConfig config = injector.getInstance(ServerConfig.class);
    warmUp(injector.getInstance(TimelineEngine.class));
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(
                new InetSocketAddress(config.port()),
                config.tls().map(TransportSecurity::credentials)
                    .orElseGet(InsecureServerCredentials::create))
            .maxInboundMessageSize(config.maxInboundMessageBytes());
    injector.getInstance(TimelineServerModule.ServiceDefinitions.class).all()
        .forEach(builder::addService);
    if (config.maxInboundMessageBytes() < 3L * config.maxTextLength()) {
      // UTF-8 needs up to 3 bytes per UTF-16 unit: a text under the limit could be refused by the
      // transport, without the QuotaFailure that names the limit.
      log.warn(
          "max inbound message size {} bytes is below 3 x max text length {}",
          config.maxInboundMessageBytes(),
          config.maxTextLength());
    }
    HealthStatusManager health = injector.getInstance(HealthStatusManager.class);
    Server server;
    try {
      server = builder.build().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + config.port(), e);
    }
    HTTPServer metrics = null;
    if (config.metricsPort() != ServerConfig.METRICS_OFF) {
      metrics = startMetricsEndpoint(config.metricsPort(), injector.getInstance(ServerMetrics.class));
    }
    TimelineServerModule.markServing(health);
    log.info(
        "serving on port {} ({}{}, {} workers, max text {} UTF-16 units, max {} concurrent"
            + " calls), ready in {} ms",
        server.getPort(),
        config.tls().map(t -> t.mutual() ? "mutual TLS" : "TLS").orElse("plaintext"),
        config.authToken().isPresent() ? ", bearer token required" : "",
        config.workerThreads(),
        config.maxTextLength(),
        config.maxConcurrentCalls(),
        (System.nanoTime() - started) / 1_000_000);
    return new TimelineServer(
        server,
        health,
        injector.getInstance(ExtractionWorkers.class),
        config.shutdownGrace(),
        metrics);
  }

  private static HTTPServer startMetricsEndpoint(int port, ServerMetrics metrics) {
    try {
      HTTPServer endpoint =
          HTTPServer.builder().port(port).registry(metrics.registry()).buildAndStart();
      log.info("metrics on http://0.0.0.0:{}/metrics", endpoint.getPort());
      return endpoint;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on port " + port, e);
    }
  }

  /** The port of the Prometheus endpoint, or -1 when metrics are off. */
  public int metricsPort() {
    return metricsEndpoint == null ? ServerConfig.METRICS_OFF : metricsEndpoint.getPort();
  }

  /**
   * Runs one short document through the engine before the port opens, so models and rule tables
   * are loaded when health first says SERVING and the first caller does not pay for them.
   */
  private static void warmUp(TimelineEngine engine) {
    long started = System.nanoTime();
    engine.extract(
        DocumentInput.news(
            "warm-up",
            "The minister said on Monday that talks began three years ago, in early September.",
            PublicationDate.parse("2014-09-16")));
    log.info("engine warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /** The bound port (the chosen one when started with port 0). */
  public int port() {
    return server.getPort();
  }

  /** True once {@link #stop()} has begun: from then on new calls are refused (UNAVAILABLE). */
  public boolean isShutdown() {
    return server.isShutdown();
  }

  /** Blocks until the server has stopped. */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /**
   * Stops gracefully: health turns NOT_SERVING, new calls are refused, in-flight calls get the
   * grace period to finish, then whatever remains is cancelled. Safe to call more than once.
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      awaitQuietly();
      return;
    }
    log.info("shutting down; in-flight calls get up to {} s", grace.toSeconds());
    health.enterTerminalState();
    server.shutdown();
    try {
      if (!server.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("grace period over; cancelling the calls still running");
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      workers.close();
      if (metricsEndpoint != null) {
        metricsEndpoint.close();
      }
    }
    log.info("stopped");
  }

  private void awaitQuietly() {
    try {
      server.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
