package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.eval.TimexValueSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Hostile and random input: never throws, spans inside the text, in order, non-overlapping. */
class RobustnessTest {
  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger(true);
  private static final Optional<PublicationDate> PUB = Optional.of(PublicationDate.parse("2014-09-16"));
  private static final String[] PIECES = {"Sunday", " ", "May", "may", "the", "early", "last", "next",
      "2014", "1", "31", "99", "-", "/", ":", ".", ",", "'", "’", "80s", "14th", "a.m.", "p", "m", "ago",
      "three", "years", "quarter", "third", "fiscal", "\n", "\u0000", "\uD83D\uDE00", "\uD800", "Christmas",
      "twenty", "four", "hours", "Q", "every", "twice", "a", "week", "mid", "1980", "of", "weekend",
      "noon", "EST", "yesterday", "the", "year", "-", "earlier", "12:30", "9/14/2014", "29", "February",
      "nineteen", "ninety", "two", "thousand", "00", "0", "999999999999", "Thanksgiving", "Day"};

  static void assertWellFormed(String text, List<TemporalExpression> found) {
    int last = 0;
    for (TemporalExpression e : found) {
      assertThat(e.span().begin()).isGreaterThanOrEqualTo(last);
      assertThat(e.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(e.span().begin());
      assertThat(e.span().of(text)).isEqualTo(e.text());
      assertThat(TimexValueSyntax.isWellFormed(e.value())).as("value of '" + e.text() + "': " + e.value())
          .isTrue();
      last = e.span().end();
    }
  }

  @Test
  void randomTokenSoupNeverBreaksTheContract() {
    Random random = new Random(42);
    for (int round = 0; round < 1500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      for (ExtractionOptions o : List.of(ExtractionOptions.DEFAULT,
          ExtractionOptions.DEFAULT.withMode(dev.timeline.engine.AnchoringMode.NARRATIVE))) {
        assertWellFormed(text, TAGGER.tag(text, PUB, o, Cancellation.NONE));
        assertWellFormed(text, TAGGER.tag(text, Optional.empty(), o, Cancellation.NONE));
      }
    }
  }

  @Test
  void extremeDatesAndNumbersDoNotThrow() {
    for (String text : List.of("", " ", "9999-99-99", "0000-01-01", "2014-02-30", "2/30/2014",
        "February 29, 2015", "the 31st", "in 2999 and 1000", "999999999999 years ago",
        "200000 years later", "90000 years ago", "99999 years later", "the 99th century", "Q9 2014", "the '00s", "12:99", "25:00",
        "\uD83D\uDE00 Sunday \uD83D\uDE00", "Sunday".repeat(10_000), "-".repeat(50_000))) {
      assertWellFormed(text, TAGGER.tag(text, PUB, ExtractionOptions.DEFAULT, Cancellation.NONE));
      assertWellFormed(text, TAGGER.tag(text, Optional.of(PublicationDate.parse("0001-01-01")),
          ExtractionOptions.DEFAULT, Cancellation.NONE));
    }
  }

  @Test
  void cancellationStopsLongTexts() {
    String text = "On Sunday, Lavrov asked. ".repeat(100_000);
    assertThatThrownBy(() -> TAGGER.tag(text, PUB, ExtractionOptions.DEFAULT, () -> true))
        .isInstanceOf(Cancellation.CancelledException.class);
  }

  @Test
  void oneTaggerServesManyThreads() throws Exception {
    String text = "On Sunday, Lavrov asked. Russia changed its tune on Monday. In early September the "
        + "group struck; sales rose 10% in the third quarter from a year earlier.";
    List<TemporalExpression> expected = TAGGER.tag(text, PUB, ExtractionOptions.DEFAULT, Cancellation.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TemporalExpression>>> results = new ArrayList<>();
      for (int k = 0; k < 200; k++) {
        results.add(pool.submit(() -> TAGGER.tag(text, PUB, ExtractionOptions.DEFAULT, Cancellation.NONE)));
      }
      for (Future<List<TemporalExpression>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
