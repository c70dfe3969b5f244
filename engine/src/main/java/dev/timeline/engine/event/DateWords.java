package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.Set;

/**
 * Words that open a date after a phrase ("the meeting yesterday", "payable Jan. 2", "due to
 * expire Friday"): they date what comes before them, so they neither continue its noun phrase
 * nor take an adjective before them as their modifier.
 */
final class DateWords {
  private static final Set<String> DAYS = Set.of("yesterday", "today", "tomorrow", "tonight",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Month names and their abbreviations, written capitalized ("May" the modal is lower case). */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "jan.",
      "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

  private DateWords() {}

  static boolean opensDate(Token t) {
    String word = t.lower();
    return DAYS.contains(word)
        || (MONTHS.contains(word) && Character.isUpperCase(t.text().charAt(0)));
  }
}
