package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.TimelineEngine;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An engine failure on one document is that document's INTERNAL error, nothing more. */
class EngineFailureTest {
  /** Fails on texts that mention "overflow" or "bug", the way a faulty stage would. */
  private static final TimelineEngine FAULTY =
      StageEngines.withTagger(
          (text, published, options, cancellation) -> {
            if (text.contains("overflow")) {
              throw new StackOverflowError();
            }
            if (text.contains("bug")) {
              throw new IllegalStateException("a bug");
            }
            return List.of();
          });

  @Test
  void unaryCallFailsInternalWithoutLeakingDetails() {
    try (EmbeddedServer server =
        EmbeddedServer.start(new TimelineServerModule(ServerConfig.defaults(), () -> FAULTY))) {
      var stub = TimelineServiceGrpc.newBlockingStub(server.channel());
      for (String text : List.of("a bug here", "stack overflow")) {
        var e = failure(() -> stub.extractTimeline(request("f", text)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(e.getStatus().getDescription()).doesNotContain(text);
      }
      assertThat(stub.extractTimeline(request("ok", "all fine")).getDocumentId()).isEqualTo("ok");
    }
  }

  @Test
  void batchReportsTheFailedDocumentsAndAnswersTheRest() throws Exception {
    try (EmbeddedServer server =
        EmbeddedServer.start(new TimelineServerModule(ServerConfig.defaults(), () -> FAULTY))) {
      List<BatchExtractTimelineResponse> received =
          batch(server, List.of("fine", "bug", "overflow", "fine too"));
      var byId =
          received.stream()
              .collect(Collectors.toMap(BatchExtractTimelineResponse::getDocumentId, r -> r));
      assertThat(byId).containsOnlyKeys("fine", "bug", "overflow", "fine too");
      assertThat(byId.get("fine").hasResult()).isTrue();
      assertThat(byId.get("fine too").hasResult()).isTrue();
      assertThat(byId.get("bug").getError().getCode()).isEqualTo(Status.Code.INTERNAL.value());
      assertThat(byId.get("overflow").getError().getCode()).isEqualTo(Status.Code.INTERNAL.value());
    }
  }

  private static List<BatchExtractTimelineResponse> batch(EmbeddedServer server, List<String> texts)
      throws Exception {
    // The document id is its text here, so each failure is easy to find.
    return Batches.collect(server.channel(), texts.stream().map(t -> request(t, t)).toList());
  }
}
