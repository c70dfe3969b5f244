package dev.timeline.engine.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TemporalTagger;
import java.util.List;
import java.util.Optional;

/**
 * The tagger takes any text (the service receives hostile text): it never throws, and what it
 * returns keeps the {@link TemporalTagger} contract with well-formed TIMEX3 values. Regression
 * inputs: {@code src/test/resources/dev/timeline/engine/fuzz/TemporalTaggerFuzzTestInputs/}.
 */
class TemporalTaggerFuzzTest {
  private static final TemporalTagger WITH_NATTY = new RuleBasedTemporalTagger(true);
  private static final TemporalTagger WITHOUT_NATTY = new RuleBasedTemporalTagger(false);

  @FuzzTest(maxDuration = "2m")
  void taggerKeepsItsContractOnAnyText(FuzzedDataProvider data) {
    TemporalTagger tagger = data.consumeBoolean() ? WITH_NATTY : WITHOUT_NATTY;
    Optional<PublicationDate> published = FuzzInputs.published(data);
    ExtractionOptions options = FuzzInputs.options(data);
    String text = data.consumeRemainingAsString();
    List<TemporalExpression> found = tagger.tag(text, published, options, Cancellation.NONE);
    Invariants.checkExpressions(text, found);
  }
}
