package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;

/** One sentence with its tokens (a view into the document's token list). */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String text(CharSequence documentText) {
    return span.of(documentText);
  }
}
