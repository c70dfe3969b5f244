package dev.timeline.engine.text;

import java.util.Locale;

/**
 * One shared string per word form seen, with its lower-cased form. A token's text is otherwise a
 * fresh substring of every document, whose hash each set and map lookup downstream (memos, word
 * lists, rules) computes again, and whose lower-cased copy every rule made again; a shared form
 * has both computed once. Bounded like the other memos; past the bound a form is computed per
 * call. Thread-safe.
 */
final class WordForms {
  private static final int LIMIT = 100_000;

  /** A word form and its lower-cased form (the same instance when it has no capitals). */
  record Form(String text, String lower) {}

  private final BoundedCache<String, Form> forms = new BoundedCache<>(LIMIT, this::form);

  Form of(String text) {
    return forms.get(text);
  }

  private Form form(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // The lower-cased form shares the instance of the form written that way ("The" -> "the").
    return new Form(text, lower == text ? text : forms.get(lower).text());
  }
}
