package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metrics scraped over HTTP after real calls, and request ids echoed to the caller. */
class ObservabilityTest {
  private static TimelineServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() {
    server = TimelineServer.start(new TimelineServerModule(
        ServerConfig.defaults().withPort(0).withMetricsPort(0), SharedEngine::get));
    channel = NetworkServerTest.connect(server.port());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.stop();
  }

  @Test
  void countersMoveAfterRealCalls() throws Exception {
    String before = scrape();
    var stub = TimelineServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    String text = "Quillfeather met the minister on Sunday, three years after talks began in 2003.";
    var response = stub.extractTimeline(request("metrics-1", text));
    failure(() -> stub.extractTimeline(request("metrics-2", "")
        .toBuilder().setLanguage("fr").build()));
    String after = scrape();

    assertThat(value(after, "timeline_calls_total{code=\"OK\",method=\"ExtractTimeline\"}"))
        .isEqualTo(value(before, "timeline_calls_total{code=\"OK\",method=\"ExtractTimeline\"}") + 1);
    assertThat(value(after,
        "timeline_calls_total{code=\"INVALID_ARGUMENT\",method=\"ExtractTimeline\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(after, "timeline_call_duration_seconds_count{method=\"ExtractTimeline\"}"))
        .isGreaterThanOrEqualTo(2);
    assertThat(value(after, "timeline_document_chars_sum") - value(before, "timeline_document_chars_sum"))
        .isEqualTo(text.length());
    assertThat(value(after, "timeline_expressions_extracted_total")
            - value(before, "timeline_expressions_extracted_total"))
        .isEqualTo(response.getTemporalExpressionsCount());
    assertThat(value(after, "timeline_events_extracted_total")
            - value(before, "timeline_events_extracted_total"))
        .isEqualTo(response.getEventsCount());
    assertThat(value(after, "timeline_engine_duration_seconds_count")).isPositive();
    assertThat(value(after, "timeline_jvm_heap_peak_bytes")).isPositive();
    assertThat(value(after, "timeline_calls_in_flight")).isZero();
    assertThat(after).doesNotContain("Quillfeather").doesNotContain("metrics-1");
  }

  @Test
  void theCallersRequestIdIsEchoed() {
    Metadata sent = new Metadata();
    sent.put(RequestIdInterceptor.HEADER, "trace-42.abc");
    AtomicReference<Metadata> headers = new AtomicReference<>();
    AtomicReference<Metadata> trailers = new AtomicReference<>();
    TimelineServiceGrpc.newBlockingStub(channel)
        .withInterceptors(
            MetadataUtils.newAttachHeadersInterceptor(sent),
            MetadataUtils.newCaptureMetadataInterceptor(headers, trailers))
        .withDeadlineAfter(30, TimeUnit.SECONDS)
        .extractTimeline(request("rid-1", "Talks began on Monday."));
    assertThat(headers.get().get(RequestIdInterceptor.HEADER)).isEqualTo("trace-42.abc");
  }

  @Test
  void aMissingOrUnsafeRequestIdIsReplacedByAFreshOne() {
    Metadata sent = new Metadata();
    sent.put(RequestIdInterceptor.HEADER, "evil id\twith spaces");
    AtomicReference<Metadata> headers = new AtomicReference<>();
    AtomicReference<Metadata> trailers = new AtomicReference<>();
    // A refused call ends without response headers: the id travels in the trailers.
    failure(() -> TimelineServiceGrpc.newBlockingStub(channel)
        .withInterceptors(
            MetadataUtils.newAttachHeadersInterceptor(sent),
            MetadataUtils.newCaptureMetadataInterceptor(headers, trailers))
        .withDeadlineAfter(30, TimeUnit.SECONDS)
        .extractTimeline(request("rid-2", "").toBuilder().setLanguage("fr").build()));
    assertThat(trailers.get().get(RequestIdInterceptor.HEADER)).matches("[0-9a-f-]{36}");
  }

  private static String scrape() throws Exception {
    return scrape(server);
  }

  /** The Prometheus exposition of a server started with a metrics port. */
  static String scrape(TimelineServer server) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort() + "/metrics"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** The sample's value, 0 when the series does not exist yet. */
  static double value(String exposition, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
