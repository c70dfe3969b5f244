package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;

/** PLACEHOLDER: to be replaced by the OpenNLP sentence splitter, tokenizer, tagger, lemmatizer. */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
  @Override
  public AnalyzedText analyze(String text) {
    return new AnalyzedText(text, List.of(new Sentence(0, new Span(0, text.length()), List.of())));
  }
}
