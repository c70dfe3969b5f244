package dev.timeline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.FieldViolation;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.server.EmbeddedServer;
import dev.timeline.server.ServerConfig;
import dev.timeline.server.TimelineServerModule;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client against the real service served by Netty on a loopback port. */
class TimelineClientTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2014, 9, 16);
  private static final String SHORT =
      "On Sunday, Lavrov asked the nations involved to comply. Russia changed its tune on Monday.";

  private static Server server;
  private static TimelineClient client;
  private static String seed;

  @BeforeAll
  static void startServer() throws IOException {
    TimelineEngine engine = Engines.standard();
    var module = new TimelineServerModule(ServerConfig.defaults().withPort(0), () -> engine);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    com.google.inject.Guice.createInjector(module)
        .getInstance(TimelineServerModule.ServiceDefinitions.class)
        .all()
        .forEach(builder::addService);
    server = builder.build().start();
    client = TimelineClient.forTarget("localhost:" + server.getPort());
    seed = Files.readString(Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt"));
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    client.close();
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void extractsTheSeedArticle() {
    ExtractTimelineResponse r = client.extract("seed", seed, PUBLISHED);
    assertThat(r.getDocumentId()).isEqualTo("seed");
    assertThat(r.getSentencesCount()).isGreaterThan(10);
    assertThat(r.getTimeline().getPublicationDate()).startsWith("2014-09-16");
    // Depends on the temporal tagger: "On Sunday" in a past-tense clause is 14 September 2014.
    assertThat(r.getTemporalExpressionsList())
        .anySatisfy(t -> assertThat(t.getValue()).isEqualTo("2014-09-14"));
  }

  @Test
  void asyncGivesTheSameAnswerAsBlocking() throws Exception {
    ExtractTimelineRequest request = TimelineClient.request("short", SHORT, PUBLISHED);
    CompletableFuture<ExtractTimelineResponse> future = client.extractAsync(request);
    assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(client.extract(request));
  }

  @Test
  void invalidRequestThrowsWithFieldViolations() {
    ExtractTimelineRequest bad =
        ExtractTimelineRequest.newBuilder()
            .setText("   ")
            .setPublicationDate(PublicationDate.newBuilder().setDate("2014-13-45"))
            .build();
    assertThatThrownBy(() -> client.extract(bad))
        .isInstanceOfSatisfying(
            TimelineException.class,
            e -> {
              assertThat(e.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(e.violations())
                  .extracting(FieldViolation::getField)
                  .containsExactlyInAnyOrder("text", "publication_date.date");
              assertThat(e.getMessage())
                  .startsWith("INVALID_ARGUMENT")
                  .contains("publication_date.date: '2014-13-45' is not a calendar date")
                  .doesNotContain("\n");
            });
  }

  @Test
  void asyncFailureCarriesTheSameException() {
    CompletableFuture<ExtractTimelineResponse> f =
        client.extractAsync(ExtractTimelineRequest.newBuilder().setText("no date here").build());
    assertThatThrownBy(f::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            TimelineException.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::getField)
                .containsExactly("publication_date.date"));
  }

  @Test
  void batchAnswersEveryDocumentAndReportsTheBadOneInline() {
    List<ExtractTimelineRequest> requests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requests.add(TimelineClient.request("doc-" + i, i == 7 ? " " : SHORT + " #" + i, PUBLISHED));
    }
    Map<String, BatchExtractTimelineResponse> byId = new TreeMap<>();
    client.batch(requests, r -> byId.put(r.getDocumentId(), r));

    assertThat(byId).hasSize(40);
    BatchExtractTimelineResponse bad = byId.get("doc-7");
    assertThat(bad.hasError()).isTrue();
    assertThat(bad.getSequence()).isEqualTo(7);
    assertThat(TimelineException.from(bad.getError()).violations())
        .extracting(FieldViolation::getField)
        .containsExactly("text");
    assertThat(byId.values().stream().filter(BatchExtractTimelineResponse::hasResult).count())
        .isEqualTo(39);
  }

  @Test
  @Timeout(60) // a client that ignored flow control would drain the endless source forever
  void batchIteratorPullsRequestsLazilyAndCanStopEarly() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<ExtractTimelineRequest> endless =
        IntStream.iterate(0, i -> i + 1)
            .mapToObj(i -> TimelineClient.request("d" + pulled.incrementAndGet(), SHORT, PUBLISHED))
            .iterator();
    List<String> ids = new ArrayList<>();
    try (BatchStream stream = client.batch(() -> endless)) {
      while (ids.size() < 5 && stream.hasNext()) {
        ids.add(stream.next().getDocumentId());
      }
    }
    assertThat(ids).hasSize(5);
    // Only what the HTTP/2 windows (about 1 MiB each way) let through was taken: some thousands
    // of these short requests. A client ignoring isReady() would pull until memory ran out.
    assertThat(pulled.get()).isLessThan(100_000);
  }

  @Test
  void batchReportsABrokenRequestSource() {
    Iterable<ExtractTimelineRequest> broken =
        () ->
            new Iterator<>() {
              int n;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public ExtractTimelineRequest next() {
                if (n++ == 2) {
                  throw new UncheckedIOException(new IOException("disk gone"));
                }
                return TimelineClient.request("d" + n, SHORT, PUBLISHED);
              }
            };
    assertThatThrownBy(() -> client.batch(broken, r -> {}))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  @Test
  void deadlineExceededSurfacesAsItsStatus() {
    String big = (seed + "\n").repeat(40);
    TimelineClient hurried = client.withDeadline(Duration.ofMillis(1));
    assertThat(hurried.deadline()).isEqualTo(Duration.ofMillis(1));
    assertThatThrownBy(() -> hurried.extract("big", big, PUBLISHED))
        .isInstanceOfSatisfying(
            TimelineException.class,
            e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
  }

  @Test
  void unreachableServerIsUnavailable() throws IOException {
    int freePort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = s.getLocalPort();
    }
    try (TimelineClient nowhere = TimelineClient.forTarget("127.0.0.1:" + freePort)) {
      assertThatThrownBy(() -> nowhere.extract("x", SHORT, PUBLISHED))
          .isInstanceOfSatisfying(
              TimelineException.class,
              e -> assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE));
    }
  }

  @Test
  void aClientOverACallersChannelLeavesItOpen() {
    ManagedChannel channel =
        io.grpc.Grpc.newChannelBuilder(
                "dns:///localhost:" + server.getPort(), io.grpc.InsecureChannelCredentials.create())
            .build();
    try {
      try (TimelineClient borrowed = TimelineClient.forChannel(channel)) {
        assertThat(borrowed.extract("a", SHORT, PUBLISHED).getDocumentId()).isEqualTo("a");
      }
      assertThat(channel.isShutdown()).isFalse();
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void tooLongTextIsResourceExhaustedWithTheLimit() {
    try (EmbeddedServer small = EmbeddedServer.start(ServerConfig.defaults().withMaxTextLength(100));
        TimelineClient c = TimelineClient.forChannel(small.channel())) {
      assertThatThrownBy(() -> c.extract("long", "word ".repeat(50), PUBLISHED))
          .isInstanceOfSatisfying(
              TimelineException.class,
              e -> {
                assertThat(e.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                assertThat(e.violations()).isNotEmpty(); // from google.rpc.QuotaFailure
                assertThat(e.getMessage()).contains("100");
              });
    }
  }

  @Test
  void rejectsANonPositiveDeadline() {
    assertThatThrownBy(() -> client.withDeadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(client.deadline()).isEqualTo(TimelineClient.DEFAULT_DEADLINE);
  }

  @Test
  void requestHelperSetsIdTextAndDate() {
    ExtractTimelineRequest r = TimelineClient.request("i", "t", PUBLISHED);
    assertThat(r.getDocumentId()).isEqualTo("i");
    assertThat(r.getText()).isEqualTo("t");
    assertThat(r.getPublicationDate().getDate()).isEqualTo("2014-09-16");
  }
}
