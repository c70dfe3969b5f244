package dev.timeline.engine.text;

import dev.timeline.engine.Cancellation;

/** Splits text into sentences and tokens and tags each token with part of speech and lemma. */
public interface TextAnalyzer {
  /**
   * @param cancellation polled between sentences: analysis is the slowest stage, so a caller's
   *     deadline must be able to stop it midway
   */
  AnalyzedText analyze(String text, Cancellation cancellation);

  default AnalyzedText analyze(String text) {
    return analyze(text, Cancellation.NONE);
  }
}
