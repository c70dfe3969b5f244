package dev.timeline.engine.text;

/** Splits text into sentences and tokens and tags each token with part of speech and lemma. */
public interface TextAnalyzer {
  AnalyzedText analyze(String text);
}
