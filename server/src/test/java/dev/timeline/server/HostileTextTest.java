package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.TimelineServiceGrpc;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Pathological texts go through the whole service within a deadline and come back with spans
 * that fit the text: the service takes text from anyone.
 */
class HostileTextTest {
  private static final int SIZE = 5_000;

  private static final Map<String, String> TEXTS =
      Map.of(
          "digits", "1".repeat(SIZE),
          "dashes and slashes", "-/".repeat(SIZE / 2),
          "one long word", "ago".repeat(SIZE / 3),
          "date-like noise", "2014-09-1 ".repeat(SIZE / 10),
          "repeated weekday phrases", "on Sunday the next Monday last ".repeat(SIZE / 31),
          "emoji and marks", "\uD83D\uDE00\u200F\u0301 ".repeat(SIZE / 5),
          "lone surrogates", "\uD800a\uDC00b".repeat(SIZE / 4),
          "no spaces sentence", "Putin.Lavrov.Sunday.".repeat(SIZE / 20));

  @Test
  void pathologicalTextsAreAnsweredWithinTheDeadline() {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      var stub = TimelineServiceGrpc.newBlockingStub(server.channel());
      TEXTS.forEach(
          (name, text) -> {
            var response =
                stub.withDeadlineAfter(60, TimeUnit.SECONDS).extractTimeline(request(name, text));
            assertThat(response.getDocumentId()).isEqualTo(name);
            for (var e : response.getTemporalExpressionsList()) {
              var span = e.getSpan();
              assertThat(span.getBegin()).as(name).isBetween(0, span.getEnd());
              assertThat(span.getEnd()).as(name).isLessThanOrEqualTo(text.length());
              assertThat(text.substring(span.getBegin(), span.getEnd()))
                  .as(name)
                  .isEqualTo(span.getText());
            }
          });
    }
  }
}
