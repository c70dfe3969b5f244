package dev.timeline.server;

import dev.timeline.engine.ExtractionResult;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The server's Prometheus metrics, in a registry of its own (several servers can live in one JVM,
 * as in tests). Sizes and counts only: no label or value ever carries article text or document ids.
 */
public final class ServerMetrics implements DocumentProcessor.Observer {
  private static final double[] SECONDS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60
  };
  private static final double[] CHARS = {
    100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter calls =
      Counter.builder().name("timeline_calls").help("Finished gRPC calls of the timeline service")
          .labelNames("method", "code").register(registry);
  private final Histogram callSeconds =
      Histogram.builder().name("timeline_call_duration_seconds")
          .help("Duration of timeline service calls, start to close").labelNames("method")
          .classicOnly().classicUpperBounds(SECONDS).register(registry);
  private final Gauge inFlight =
      Gauge.builder().name("timeline_calls_in_flight").help("Timeline calls being served")
          .register(registry);
  private final Histogram documentChars =
      Histogram.builder().name("timeline_document_chars")
          .help("Length of extracted documents in UTF-16 code units")
          .classicOnly().classicUpperBounds(CHARS).register(registry);
  private final Histogram engineSeconds =
      Histogram.builder().name("timeline_engine_duration_seconds")
          .help("Engine time per extracted document (all stages)")
          .classicOnly().classicUpperBounds(SECONDS).register(registry);
  private final Counter expressions =
      Counter.builder().name("timeline_expressions_extracted")
          .help("Temporal expressions found").register(registry);
  private final Counter events =
      Counter.builder().name("timeline_events_extracted").help("Event mentions found")
          .register(registry);
  private final Counter documents =
      Counter.builder().name("timeline_documents_extracted")
          .help("Documents the engine finished").register(registry);

  public ServerMetrics() {
    GaugeWithCallback.builder().name("timeline_jvm_heap_used_bytes")
        .help("Heap in use now, all heap pools")
        .callback(cb -> cb.call(heap(false))).register(registry);
    GaugeWithCallback.builder().name("timeline_jvm_heap_peak_bytes")
        .help("Peak heap use since start, summed over heap pools (an upper bound)")
        .callback(cb -> cb.call(heap(true))).register(registry);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  void callStarted() {
    inFlight.inc();
  }

  void callFinished(String method, String code, long nanos) {
    inFlight.dec();
    calls.labelValues(method, code).inc();
    callSeconds.labelValues(method).observe(nanos / 1e9);
  }

  @Override
  public void extracted(int chars, ExtractionResult result, long engineNanos) {
    documents.inc();
    documentChars.observe(chars);
    engineSeconds.observe(engineNanos / 1e9);
    expressions.inc(result.expressions().size());
    events.inc(result.events().size());
  }

  private static double heap(boolean peak) {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += peak ? pool.getPeakUsage().getUsed() : pool.getUsage().getUsed();
      }
    }
    return total;
  }
}
