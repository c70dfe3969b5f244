package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.TimelineServiceGrpc;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological noise goes through the whole service within a deadline and comes back with spans
 * that fit the text (the inputs with exact answers are in {@link HostileInputTest}).
 */
class HostileTextTest {
  private static final int SIZE = 5_000;

  private static EmbeddedServer server;

  @BeforeAll
  static void start() {
    server = EmbeddedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("digits", "1".repeat(SIZE)),
        Arguments.of("dashes and slashes", "-/".repeat(SIZE / 2)),
        Arguments.of("one long word", "ago".repeat(SIZE / 3)),
        Arguments.of("date-like noise", "2014-09-1 ".repeat(SIZE / 10)),
        Arguments.of("repeated weekday phrases", "on Sunday the next Monday last ".repeat(SIZE / 31)),
        Arguments.of("emoji and marks", "\uD83D\uDE00\u200F\u0301 ".repeat(SIZE / 5)),
        Arguments.of("lone surrogates", "\uD800a\uDC00b".repeat(SIZE / 4)),
        Arguments.of("no spaces sentence", "Putin.Lavrov.Sunday.".repeat(SIZE / 20)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void answeredWithinTheDeadlineWithSpansThatFit(String name, String text) {
    var response = TimelineServiceGrpc.newBlockingStub(server.channel())
        .withDeadlineAfter(60, TimeUnit.SECONDS)
        .extractTimeline(request(name, text));
    assertThat(response.getDocumentId()).isEqualTo(name);
    for (var e : response.getTemporalExpressionsList()) {
      var span = e.getSpan();
      assertThat(span.getBegin()).isBetween(0, span.getEnd());
      assertThat(span.getEnd()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(span.getBegin(), span.getEnd())).isEqualTo(span.getText());
    }
  }
}
