package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example corpus under src/test/resources/temporal line by line (see its README). */
class TemporalExampleCorpusTest {
  private static final List<String> FILES = List.of("explicit-dates.tsv", "relative-dates.tsv",
      "fuzzy.tsv", "periods.tsv", "holidays.tsv", "ranges.tsv", "durations.tsv", "sets.tsv",
      "times.tsv", "references.tsv", "negatives.tsv");
  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger(false);

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = TemporalExampleCorpusTest.class.getResourceAsStream("/temporal/" + file)) {
        assertThat(in).as(file).isNotNull();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          n++;
          if (!line.isBlank() && !line.startsWith("#")) {
            all.add(Arguments.of(file + ":" + n, line.split("\t")));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(String where, String[] f) {
    String sentence = f[0];
    Optional<PublicationDate> published =
        f[1].equals("-") ? Optional.empty() : Optional.of(PublicationDate.parse(f[1]));
    List<TemporalExpression> found =
        TAGGER.tag(sentence, published, ExtractionOptions.DEFAULT, Cancellation.NONE);
    if (f[2].equals("-")) {
      assertThat(found).as("nothing temporal in: " + sentence).isEmpty();
      return;
    }
    TemporalExpression e = found.stream().filter(x -> x.text().equals(f[2])).findFirst().orElse(null);
    assertThat(e).as("'" + f[2] + "' in '" + sentence + "', found " + found.stream()
        .map(x -> x.text() + "=" + x.value()).toList()).isNotNull();
    assertThat(e.type().name()).as("type of " + f[2]).isEqualTo(f[3]);
    assertThat(e.value()).as("value of " + f[2]).isEqualTo(f[4]);
    TimexModifier mod = f.length > 5 && !f[5].equals("-") ? TimexModifier.valueOf(f[5]) : TimexModifier.NONE;
    assertThat(e.modifier()).as("mod of " + f[2]).isEqualTo(mod);
    if (f.length > 6) {
      String[] iv = f[6].split("\\.\\.");
      assertThat(e.interval()).as("interval of " + f[2])
          .contains(new TimeInterval(dateTime(iv[0]), dateTime(iv[1])));
    }
    assertThat(e.span().of(sentence)).isEqualTo(e.text());
  }

  private static LocalDateTime dateTime(String s) {
    return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
  }
}
