package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Where Natty earns its place behind the grammar: machine timestamps. Each example is read whole
 * with the fallback and not without it (the ablation, example by example).
 */
class NattyFallbackTest {
  private static final RuleBasedTemporalTagger WITH = new RuleBasedTemporalTagger(true);
  private static final RuleBasedTemporalTagger WITHOUT = new RuleBasedTemporalTagger(false);

  @ParameterizedTest(name = "{2}")
  @CsvFileSource(resources = "/temporal/natty/timestamps.tsv", delimiter = '\t')
  void timestampsAreReadWholeOnlyWithNatty(String sentence, String published, String expression,
      String type, String value) {
    assertThat(tag(WITH, sentence, published))
        .extracting(e -> e.text() + " " + e.type() + " " + e.value())
        .containsExactly(expression + " " + type + " " + value);
    assertThat(tag(WITHOUT, sentence, published)).extracting(TemporalExpression::text)
        .doesNotContain(expression);
  }

  @Test
  void aBrokenTimestampKeepsTheGrammarsReading() {
    assertThat(tag(WITH, "The log says 2014-09-14T25:99 there.", "2014-09-16"))
        .extracting(TemporalExpression::text).containsExactly("2014");
  }

  @Test
  void nattysOwnErrorPrintsStayOffStandardError() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // Natty's numeric grammar cannot read these windows and prints a syntax error for each.
      tag(WITH, "It closed 1.2.3 up and 4.5.6 down.", "2014-09-16");
      System.err.println("ours");
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("ours" + System.lineSeparator());
  }

  private static List<TemporalExpression> tag(RuleBasedTemporalTagger tagger, String sentence,
      String published) {
    return tagger.tag(sentence, Optional.of(PublicationDate.parse(published)),
        ExtractionOptions.DEFAULT, Cancellation.NONE);
  }
}
