package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.Locale;

/**
 * A word or punctuation mark with its Penn Treebank part-of-speech tag and lemma.
 *
 * @param index position of the token in the whole document
 * @param lower {@code text} lower-cased ({@link Locale#ROOT}), computed once for every rule that
 *     compares words: the analyzer hands out one shared instance per word form, so its hash too
 *     is computed once
 */
public record Token(int index, Span span, String text, String pos, String lemma, String lower) {
  public Token(int index, Span span, String text, String pos, String lemma) {
    this(index, span, text, pos, lemma, text.toLowerCase(Locale.ROOT));
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
