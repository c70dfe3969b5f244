package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.rpc.Code;
import dev.timeline.engine.Cancellation;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Deadlines, cancellations and the concurrency cap reach the engine and the caller. */
class CancellationTest {
  @Test
  void deadlineStopsTheEngine() throws Exception {
    CountDownLatch engineSawCancel = new CountDownLatch(1);
    var engine = StageEngines.withTagger(StageEngines.untilCancelled(engineSawCancel::countDown));
    try (EmbeddedServer server =
        EmbeddedServer.start(new TimelineServerModule(ServerConfig.defaults(), () -> engine))) {
      long started = System.nanoTime();
      StatusRuntimeException e =
          failure(
              () ->
                  TimelineServiceGrpc.newBlockingStub(server.channel())
                      .withDeadlineAfter(300, TimeUnit.MILLISECONDS)
                      .extractTimeline(request("slow", "Lavrov spoke on Sunday.")));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
      assertThat(engineSawCancel.await(5, TimeUnit.SECONDS))
          .as("the engine observed the deadline through its Cancellation")
          .isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      awaitIdle(server);
    }
  }

  @Test
  void clientCancellationStopsTheEngine() throws Exception {
    CountDownLatch engineSawCancel = new CountDownLatch(1);
    var engine = StageEngines.withTagger(StageEngines.untilCancelled(engineSawCancel::countDown));
    try (EmbeddedServer server =
            EmbeddedServer.start(new TimelineServerModule(ServerConfig.defaults(), () -> engine));
        Context.CancellableContext call = Context.current().withCancellation()) {
      var stub = TimelineServiceGrpc.newFutureStub(server.channel());
      var future = call.call(() -> stub.extractTimeline(request("gone", "Lavrov spoke.")));
      TimeUnit.MILLISECONDS.sleep(200);
      call.cancel(null);
      assertThat(engineSawCancel.await(5, TimeUnit.SECONDS)).isTrue();
      var outcome = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
      assertThat(Status.fromThrowable(outcome).getCode()).isEqualTo(Status.Code.CANCELLED);
      awaitIdle(server);
    }
  }

  @Test
  void callsOverTheConcurrencyCapAreRefused() throws Exception {
    var engine = StageEngines.withTagger(StageEngines.taking(1_000));
    ServerConfig config = ServerConfig.defaults().withMaxConcurrentCalls(1);
    try (EmbeddedServer server =
        EmbeddedServer.start(new TimelineServerModule(config, () -> engine))) {
      var first =
          TimelineServiceGrpc.newFutureStub(server.channel())
              .extractTimeline(request("first", "Lavrov spoke."));
      TimeUnit.MILLISECONDS.sleep(100);
      StatusRuntimeException e =
          failure(
              () ->
                  TimelineServiceGrpc.newBlockingStub(server.channel())
                      .extractTimeline(request("second", "Lavrov spoke.")));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(e.getStatus().getDescription()).contains("1 concurrent calls");
      assertThat(first.get(10, TimeUnit.SECONDS).getDocumentId()).isEqualTo("first");
      // The permit came back: a third call is served.
      assertThat(
              TimelineServiceGrpc.newBlockingStub(server.channel())
                  .extractTimeline(request("third", "Lavrov spoke."))
                  .getDocumentId())
          .isEqualTo("third");
    }
  }

  @Test
  void mapsTheContextsCancellationCause() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (Context.CancellableContext timed =
            Context.current().withDeadlineAfter(1, TimeUnit.MILLISECONDS, timer);
        Context.CancellableContext cancelled = Context.current().withCancellation()) {
      TimeUnit.MILLISECONDS.sleep(50);
      cancelled.cancel(null);
      var stop = new Cancellation.CancelledException();
      assertThat(ErrorMapping.statusOf(stop, timed).getCode())
          .isEqualTo(Code.DEADLINE_EXCEEDED_VALUE);
      assertThat(ErrorMapping.statusOf(stop, cancelled).getCode()).isEqualTo(Code.CANCELLED_VALUE);
      assertThat(ErrorMapping.statusOf(new IllegalStateException("boom"), Context.ROOT).getCode())
          .isEqualTo(Code.INTERNAL_VALUE);
    } finally {
      timer.shutdownNow();
    }
  }

  private static void awaitIdle(EmbeddedServer server) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.activeExtractions() > 0 && System.nanoTime() < giveUp) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(server.activeExtractions()).as("extractions still running").isZero();
  }
}
