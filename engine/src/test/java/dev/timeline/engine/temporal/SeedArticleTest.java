package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test on the seed article (publication date Tuesday 2014-09-16). */
class SeedArticleTest {
  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger(false);
  private static String text;
  private static List<TemporalExpression> found;

  @BeforeAll
  static void tagSeed() throws IOException {
    Path file = Path.of(System.getProperty("timeline.testdata", "../testdata"), "russia-isis-2014.txt");
    text = Files.readString(file, StandardCharsets.UTF_8);
    found = TAGGER.tag(text, Optional.of(PublicationDate.parse("2014-09-16")),
        ExtractionOptions.DEFAULT, Cancellation.NONE);
  }

  @Test
  void findsExactlyTheTemporalExpressions() {
    assertThat(found)
        .extracting(TemporalExpression::text, TemporalExpression::type, TemporalExpression::value,
            TemporalExpression::modifier)
        .containsExactly(
            tuple("Sunday", TimexType.DATE, "2014-09-14", TimexModifier.NONE),
            tuple("Monday", TimexType.DATE, "2014-09-15", TimexModifier.NONE),
            tuple("three years ago", TimexType.DATE, "2011", TimexModifier.NONE),
            tuple("early September", TimexType.DATE, "2014-09", TimexModifier.START),
            tuple("2003", TimexType.DATE, "2003", TimexModifier.NONE),
            tuple("2007", TimexType.DATE, "2007", TimexModifier.NONE));
  }

  @Test
  void spansCoverTheirText() {
    for (TemporalExpression e : found) {
      assertThat(e.span().of(text)).isEqualTo(e.text());
    }
  }

  @Test
  void pastTenseSundayIsThePreviousOneAndSaysWhy() {
    TemporalExpression sunday = found.get(0);
    assertThat(sunday.anchoring().kind()).isEqualTo(AnchorKind.PUBLICATION_DATE);
    assertThat(sunday.anchoring().direction()).isEqualTo("past");
    assertThat(sunday.anchoring().explanation()).contains("2014-09-16").contains("asked");
    assertThat(sunday.granularity()).contains(Granularity.DAY);
  }

  @Test
  void earlySeptemberCoversItsFirstTenDays() {
    TemporalExpression early = found.get(3);
    assertThat(early.granularity()).contains(Granularity.MONTH);
    assertThat(early.interval()).contains(new TimeInterval(
        LocalDateTime.of(2014, 9, 1, 0, 0), LocalDateTime.of(2014, 9, 11, 0, 0)));
  }

  @Test
  void threeYearsAgoIsAYear() {
    TemporalExpression ago = found.get(2);
    assertThat(ago.granularity()).contains(Granularity.YEAR);
    assertThat(ago.anchoring().kind()).isEqualTo(AnchorKind.PUBLICATION_DATE);
  }
}
