package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.Arrays;
import java.util.Collections;
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

  /** Tokens of the document in order (a new list on each call: keep it rather than ask again). */
  public List<Token> tokens() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    Token[] all = new Token[n];
    int k = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        all[k++] = t;
      }
    }
    return Collections.unmodifiableList(Arrays.asList(all));
  }

  public String cover(Span span) {
    return span.of(text);
  }
}
