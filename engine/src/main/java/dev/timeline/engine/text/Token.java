package dev.timeline.engine.text;

import dev.timeline.engine.Span;

/**
 * A word or punctuation mark with its Penn Treebank part-of-speech tag and lemma.
 *
 * @param index position of the token in the whole document
 */
public record Token(int index, Span span, String text, String pos, String lemma) {
  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
