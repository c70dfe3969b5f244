package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.ListenableFuture;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stopping a loaded server over Netty: every call it had accepted completes OK, and calls that
 * arrive once the shutdown has begun are refused with UNAVAILABLE (which a client with retries
 * sends to another server).
 */
class GracefulShutdownTest {
  private static final int CALLS = 16;

  @Test
  void acceptedCallsCompleteAndLaterCallsAreUnavailable() throws Exception {
    // Forty copies of a 3 KB article: about a tenth of a second of engine time each on a quiet
    // machine, so with two workers most of the calls are still queued when the shutdown begins.
    String text = Files.readString(
        Path.of(System.getProperty("timeline.testdata"), "articles", "loadtest-harbour.txt"),
        StandardCharsets.UTF_8).repeat(40);
    TimelineServer server = TimelineServer.start(new TimelineServerModule(
        ServerConfig.defaults().withPort(0).withMetricsPort(0).withWorkerThreads(2)
            .withShutdownGrace(Duration.ofSeconds(120)),
        SharedEngine::get));
    int port = server.port(); // the server answers no more questions once it has terminated
    ManagedChannel channel = NetworkServerTest.connect(port);
    try {
      var stub = TimelineServiceGrpc.newFutureStub(channel).withDeadlineAfter(120, TimeUnit.SECONDS);
      List<ListenableFuture<ExtractTimelineResponse>> accepted = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        accepted.add(stub.extractTimeline(request("in-flight-" + i, text)));
      }
      awaitCallsSeenByServer(server, CALLS);

      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!server.isShutdown() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(server.isShutdown()).as("shutdown began").isTrue();
      assertThat(accepted.stream().filter(f -> !f.isDone()).count())
          .as("calls still running when the shutdown began")
          .isPositive();

      assertThat(newCallStatus(channel)).isEqualTo(Status.Code.UNAVAILABLE);
      ManagedChannel fresh = NetworkServerTest.connect(port);
      try {
        assertThat(newCallStatus(fresh)).isEqualTo(Status.Code.UNAVAILABLE);
      } finally {
        fresh.shutdownNow();
      }

      for (int i = 0; i < CALLS; i++) {
        assertThat(accepted.get(i).get(120, TimeUnit.SECONDS).getDocumentId())
            .isEqualTo("in-flight-" + i);
      }
      stopping.get(120, TimeUnit.SECONDS);
    } finally {
      channel.shutdownNow();
      server.stop();
    }
  }

  /** Waits until the server has taken {@code calls} calls: in flight plus finished OK. */
  private static void awaitCallsSeenByServer(TimelineServer server, int calls) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    double seen = 0;
    while (seen < calls && System.nanoTime() < deadline) {
      String metrics = ObservabilityTest.scrape(server);
      seen = ObservabilityTest.value(metrics, "timeline_calls_in_flight")
          + ObservabilityTest.value(
              metrics, "timeline_calls_total{code=\"OK\",method=\"ExtractTimeline\"}");
      Thread.sleep(5);
    }
    assertThat(seen).as("calls the server has taken").isEqualTo(calls);
  }

  /**
   * The status of a call started after the shutdown began. A call that the server still took in
   * the moment between its first GOAWAY and closing the port is served like any other: the loop
   * tries again until one is refused.
   */
  private static Status.Code newCallStatus(ManagedChannel channel) {
    var stub = TimelineServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        stub.extractTimeline(request("late-" + attempt, "Talks began on Monday."));
      } catch (StatusRuntimeException e) {
        return e.getStatus().getCode();
      }
    }
    return Status.Code.OK;
  }
}
