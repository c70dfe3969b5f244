package dev.timeline.engine.text;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What the analyzer remembers about each word form it has seen, found with one lookup per token:
 * one shared string for the form and its lower-cased form, the part-of-speech model's parameters
 * of the word ({@link PosFeatureScorer}) and its lemma under each tag. A token's text is
 * otherwise a fresh substring of every document, whose hash each lookup downstream (memos, word
 * lists, rules) computes again and whose lower-cased copy every rule made again. Bounded like
 * the other memos: past {@link #LIMIT} forms a form is computed per call. Thread-safe.
 */
final class WordForms {
  private static final int LIMIT = 50_000;

  /** A word form; {@code lower} is the same instance when the form has no capitals. */
  static final class Form {
    final String text;
    final String lower;
    /** The POS scorer's parameters of the word, or null without a scorer. */
    final PosFeatureScorer.WordRows rows;
    /** Lemmas by Universal POS tag, filled as the tags are met (a lemma is a pure function). */
    private final AtomicReferenceArray<String> lemmas =
        new AtomicReferenceArray<>(PennTags.Upos.values().length);

    private Form(String text, String lower, PosFeatureScorer.WordRows rows) {
      this.text = text;
      this.lower = lower;
      this.rows = rows;
    }

    /**
     * The lemma under the tag ({@code upos} is {@code tag} read as a {@link PennTags.Upos}),
     * computed once per form and tag by {@code lemmatize}.
     */
    String lemma(String tag, PennTags.Upos upos, Function<String, String> lemmatize) {
      if (upos == PennTags.Upos.OTHER) {
        return lemmatize.apply(tag); // several tags would share the slot
      }
      int slot = upos.ordinal();
      String lemma = lemmas.get(slot);
      if (lemma == null) {
        lemma = lemmatize.apply(tag);
        lemmas.set(slot, lemma);
      }
      return lemma;
    }
  }

  private final Optional<PosFeatureScorer> scorer;
  private final BoundedCache<String, Form> forms = new BoundedCache<>(LIMIT, this::form);

  WordForms(Optional<PosFeatureScorer> scorer) {
    this.scorer = scorer;
  }

  Form of(String text) {
    return forms.get(text);
  }

  private Form form(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // toLowerCase copies a text with surrogate pairs even when nothing changes.
    return new Form(text, lower.equals(text) ? text : lower,
        scorer.map(s -> s.rowsOf(text)).orElse(null));
  }
}
