package dev.timeline.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * The real service in this JVM behind an in-process transport: what the CLI uses when no server
 * address is given, and what tests call. Same wiring, interceptors, validation and limits as the
 * network server.
 *
 * <pre>{@code
 * try (EmbeddedServer server = EmbeddedServer.start()) {
 *   var stub = TimelineServiceGrpc.newBlockingStub(server.channel());
 *   ExtractTimelineResponse r = stub.extractTimeline(request);
 * }
 * }</pre>
 */
public final class EmbeddedServer implements AutoCloseable {
  private final String name;
  private final Server server;
  private final ExtractionWorkers workers;
  private final ManagedChannel channel;

  private EmbeddedServer(String name, Server server, ExtractionWorkers workers) {
    this.name = name;
    this.server = server;
    this.workers = workers;
    this.channel = InProcessChannelBuilder.forName(name).build();
  }

  /** Starts with default settings and the JVM's shared standard engine. */
  public static EmbeddedServer start() {
    return start(ServerConfig.defaults());
  }

  /** Starts with the given settings (the port is ignored) and the JVM's shared engine. */
  public static EmbeddedServer start(ServerConfig config) {
    return start(new TimelineServerModule(config, SharedEngine::get));
  }

  /** Starts with the given wiring. */
  public static EmbeddedServer start(TimelineServerModule module) {
    Injector injector = Guice.createInjector(module);
    ServerConfig config = injector.getInstance(ServerConfig.class);
    String name = InProcessServerBuilder.generateName();
    InProcessServerBuilder builder =
        InProcessServerBuilder.forName(name).maxInboundMessageSize(config.maxInboundMessageBytes());
    injector.getInstance(TimelineServerModule.ServiceDefinitions.class).all()
        .forEach(builder::addService);
    try {
      Server server = builder.build().start();
      HealthStatusManager health = injector.getInstance(HealthStatusManager.class);
      TimelineServerModule.markServing(health);
      return new EmbeddedServer(name, server, injector.getInstance(ExtractionWorkers.class));
    } catch (IOException e) {
      throw new UncheckedIOException("in-process server did not start", e);
    }
  }

  /** The in-process server's name, for callers that build their own channels. */
  public String name() {
    return name;
  }

  /** A channel to this server; closed by {@link #close()}. */
  public ManagedChannel channel() {
    return channel;
  }

  /** Extractions running right now (for tests that check cancellation reaches the engine). */
  public int activeExtractions() {
    return workers.active();
  }

  @Override
  public void close() {
    channel.shutdownNow();
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      workers.close();
    }
  }
}
