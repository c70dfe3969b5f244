package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A client that sends as fast as the server lets it but reads nothing must not make the server
 * take more than its window of documents; once the client reads, everything is answered.
 */
class BatchFlowControlTest {
  private static final int WINDOW = 2;
  private static final int DOCUMENTS = 20;

  @Test
  void serverTakesNoMoreThanItsWindowFromAFastClientThatDoesNotRead() throws Exception {
    var engine = StageEngines.withTagger(StageEngines.taking(10));
    ServerConfig config = ServerConfig.defaults().withBatchWindow(WINDOW);
    try (EmbeddedServer server =
        EmbeddedServer.start(new TimelineServerModule(config, () -> engine))) {
      AtomicInteger sent = new AtomicInteger();
      List<BatchExtractTimelineResponse> received = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> done = new CompletableFuture<>();
      CompletableFuture<ClientCallStreamObserver<BatchExtractTimelineRequest>> stream =
          new CompletableFuture<>();

      TimelineServiceGrpc.newStub(server.channel())
          .batchExtractTimeline(
              new ClientResponseObserver<BatchExtractTimelineRequest, BatchExtractTimelineResponse>() {
                @Override
                public void beforeStart(ClientCallStreamObserver<BatchExtractTimelineRequest> s) {
                  s.disableAutoRequestWithInitial(0); // read nothing for now
                  s.setOnReadyHandler(
                      () -> {
                        while (s.isReady() && sent.get() < DOCUMENTS) {
                          int i = sent.getAndIncrement();
                          s.onNext(
                              BatchExtractTimelineRequest.newBuilder()
                                  .setRequest(request("d" + i, "Document " + i + " on Monday."))
                                  .build());
                        }
                        if (sent.get() == DOCUMENTS) {
                          sent.incrementAndGet(); // complete once
                          s.onCompleted();
                        }
                      });
                  stream.complete(s);
                }

                @Override
                public void onNext(BatchExtractTimelineResponse value) {
                  received.add(value);
                }

                @Override
                public void onError(Throwable t) {
                  done.completeExceptionally(t);
                }

                @Override
                public void onCompleted() {
                  done.complete(null);
                }
              });

      TimeUnit.MILLISECONDS.sleep(1_000);
      assertThat(sent.get())
          .as("documents the server let the client send while nothing was read")
          .isLessThanOrEqualTo(WINDOW);
      assertThat(received).isEmpty();

      stream.get().request(Integer.MAX_VALUE);
      done.get(30, TimeUnit.SECONDS);
      assertThat(received)
          .extracting(BatchExtractTimelineResponse::getSequence)
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.LongStream.range(0, DOCUMENTS).boxed().toList());
      assertThat(received).allMatch(BatchExtractTimelineResponse::hasResult);
    }
  }
}
