package dev.timeline.engine.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import java.util.Optional;

/**
 * The whole engine takes any text: it never throws, and every span it returns (sentences,
 * tokens, expressions, events, timeline entries) lies inside the text. Regression inputs: {@code
 * src/test/resources/dev/timeline/engine/fuzz/EngineFuzzTestInputs/}.
 */
class EngineFuzzTest {
  /** Loading the models takes a moment: one engine for all inputs, as the service does. */
  private static final TimelineEngine ENGINE = Engines.standard();

  @FuzzTest(maxDuration = "2m")
  void engineKeepsItsContractOnAnyText(FuzzedDataProvider data) {
    Optional<PublicationDate> published = FuzzInputs.published(data);
    ExtractionOptions options = FuzzInputs.options(data);
    String text = data.consumeRemainingAsString();
    ExtractionResult result = ENGINE.extract(new DocumentInput("fuzz", text, published, options));
    Invariants.checkResult(text, result);
  }
}
