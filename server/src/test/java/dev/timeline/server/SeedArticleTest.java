package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TemporalExpression;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import dev.timeline.proto.v1.TimexModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed article through the service: the dates a reader finds in it. Depends on the real
 * temporal tagger being in the engine.
 */
class SeedArticleTest {
  static final String PUBLISHED = "2014-09-16";

  static String seedArticle() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt"),
        StandardCharsets.UTF_8);
  }

  @Test
  void resolvesTheArticlesDates() throws IOException {
    String text = seedArticle();
    ExtractTimelineResponse response;
    try (EmbeddedServer server = EmbeddedServer.start()) {
      response =
          TimelineServiceGrpc.newBlockingStub(server.channel())
              .extractTimeline(
                  ExtractTimelineRequest.newBuilder()
                      .setDocumentId("russia-isis-2014")
                      .setText(text)
                      .setPublicationDate(PublicationDate.newBuilder().setDate(PUBLISHED))
                      .build());
    }
    for (TemporalExpression e : response.getTemporalExpressionsList()) {
      assertThat(text.substring(e.getSpan().getBegin(), e.getSpan().getEnd()))
          .isEqualTo(e.getSpan().getText());
    }
    assertThat(expression(response, "Sunday").getValue()).isEqualTo("2014-09-14");
    TemporalExpression early = expression(response, "early September");
    assertThat(early.getValue()).isEqualTo("2014-09");
    assertThat(early.getModifier()).isEqualTo(TimexModifier.TIMEX_MODIFIER_START);
    assertThat(expression(response, "three years ago").getValue()).isEqualTo("2011");
  }

  static TemporalExpression expression(ExtractTimelineResponse response, String text) {
    return response.getTemporalExpressionsList().stream()
        .filter(e -> e.getSpan().getText().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no temporal expression '" + text + "' among "
                        + response.getTemporalExpressionsList().stream()
                            .map(e -> e.getSpan().getText() + "=" + e.getValue())
                            .toList()));
  }
}
