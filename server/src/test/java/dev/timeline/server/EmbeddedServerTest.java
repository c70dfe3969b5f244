package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {
  @Test
  void answersAUnaryCallInProcess() {
    String text = "The ministry met on Monday. It said the talks went well.";
    try (EmbeddedServer server = EmbeddedServer.start()) {
      var response =
          TimelineServiceGrpc.newBlockingStub(server.channel())
              .extractTimeline(
                  ExtractTimelineRequest.newBuilder()
                      .setDocumentId("doc-1")
                      .setText(text)
                      .setPublicationDate(PublicationDate.newBuilder().setDate("2014-09-16"))
                      .build());
      assertThat(response.getDocumentId()).isEqualTo("doc-1");
      assertThat(response.getSentencesList()).isNotEmpty();
      assertThat(response.getSentences(0).getSpan().getBegin()).isZero();
      assertThat(response.getTimeline().getPublicationDate()).isEqualTo("2014-09-16");
    }
  }
}
