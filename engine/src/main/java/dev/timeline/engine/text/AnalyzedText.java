package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;

/** A document split into sentences and tagged tokens. */
public record AnalyzedText(String text, List<Sentence> sentences) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
  }

  /** Index of the sentence containing the given offset, or the last one before it. */
  public int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().begin() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  public Sentence sentenceAt(int offset) {
    return sentences.get(sentenceIndexAt(offset));
  }

  /** Tokens of the document in order. */
  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }

  public String cover(Span span) {
    return span.of(text);
  }
}
