package dev.timeline.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Wires the server: config, one shared engine, the worker pool, the timeline service behind its
 * interceptors, health and reflection. Transports (Netty, in-process) take {@link
 * ServiceDefinitions} from here and add nothing of their own.
 */
public final class TimelineServerModule extends AbstractModule {
  private final ServerConfig config;
  private final Supplier<TimelineEngine> engine;

  /** With a freshly built {@link Engines#standard()} engine. */
  public TimelineServerModule(ServerConfig config) {
    this(config, Engines::standard);
  }

  /** With an engine the caller already has (tests share one; loading models takes a moment). */
  public TimelineServerModule(ServerConfig config, Supplier<TimelineEngine> engine) {
    this.config = Objects.requireNonNull(config);
    this.engine = Objects.requireNonNull(engine);
  }

  @Override
  protected void configure() {
    bind(ServerConfig.class).toInstance(config);
  }

  @Provides
  @Singleton
  TimelineEngine engine() {
    return engine.get();
  }

  @Provides
  @Singleton
  ExtractionWorkers workers(ServerConfig c) {
    // Each call or stream has at most batchWindow documents queued, and calls are capped.
    return new ExtractionWorkers(c.workerThreads(), c.maxConcurrentCalls() * c.batchWindow());
  }

  @Provides
  @Singleton
  DocumentProcessor processor(ServerConfig c, TimelineEngine e) {
    return new DocumentProcessor(new RequestValidator(c.maxTextLength()), e, new ResponseMapper());
  }

  @Provides
  @Singleton
  TimelineServiceImpl service(ServerConfig c, DocumentProcessor p, ExtractionWorkers w) {
    return new TimelineServiceImpl(p, w, c.batchWindow());
  }

  @Provides
  @Singleton
  HealthStatusManager health() {
    return new HealthStatusManager();
  }

  @Provides
  @Singleton
  ServiceDefinitions services(
      ServerConfig c, TimelineServiceImpl service, HealthStatusManager health) {
    // Interceptors apply to our service only: health checks must answer even at the call limit.
    // The last interceptor listed sees a call first: refused calls are still logged.
    List<ServerInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new ConcurrencyLimitInterceptor(c.maxConcurrentCalls()));
    c.authToken().ifPresent(token -> interceptors.add(new BearerTokenInterceptor(token)));
    interceptors.add(new CallLoggingInterceptor());
    ServerServiceDefinition timeline = ServerInterceptors.intercept(service, interceptors);
    return new ServiceDefinitions(
        List.of(
            timeline,
            health.getHealthService().bindService(),
            ProtoReflectionServiceV1.newInstance().bindService()));
  }

  /** Marks the whole server and the timeline service SERVING, once a transport is up. */
  static void markServing(HealthStatusManager health) {
    health.setStatus("", ServingStatus.SERVING);
    health.setStatus(TimelineServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
  }

  /** Everything a transport serves. */
  public record ServiceDefinitions(List<ServerServiceDefinition> all) {
    public ServiceDefinitions {
      all = List.copyOf(all);
    }
  }
}
