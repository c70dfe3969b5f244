package dev.timeline.client.export;

import dev.timeline.proto.v1.Event;
import dev.timeline.proto.v1.Tense;
import dev.timeline.proto.v1.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who did it: the subject of an entry's event, read from what the response gives. The service
 * writes headlines as "who did what" in the article's words, subject first, then the verb group
 * and its object ("Russian Foreign Minister Sergei Lavrov asked the nations ..."), and sends the
 * trigger ("asked") with it. The actor is the headline's words before the trigger, less the
 * auxiliaries, modals, negations and adverbs that open the verb group ("was elected", "does not
 * expect", "is also a threat").
 *
 * <p>No actor when the event is nominal ("The civil war": no tense and no modal, so the words
 * before the trigger are the noun's modifiers), when the headline starts at the verb ("To
 * liberate", "Gets it into their heads") or when the subject is a bare pronoun ("He said"): the
 * client has no coreference to tell who "he" is.
 */
public final class Actors {
  /** Words that close a subject and open the verb group, or that no actor ends with. */
  private static final Set<String> VERB_GROUP_OPENERS = Set.of(
      "am", "is", "are", "was", "were", "be", "been", "being",
      "has", "have", "had", "having", "do", "does", "did", "done",
      "will", "would", "shall", "should", "may", "might", "can", "could", "must", "ought",
      "not", "n't", "never", "no", "also", "already", "still", "just", "then", "now", "once",
      "again", "soon", "later", "finally", "recently", "reportedly", "allegedly", "officially",
      "only", "even", "very", "so", "too", "all", "both", "each", "to", "a", "an", "the");

  private static final Set<String> PRONOUNS = Set.of(
      "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "this",
      "that", "these", "those", "who", "which", "what", "everyone", "everybody", "someone",
      "somebody", "anyone", "nobody", "one", "there", "here");

  private Actors() {}

  /**
   * The actor of a timeline entry, or empty.
   *
   * @param event the entry's first event from the response's {@code events}, or null when the
   *     response lists none (its tense and modal tell a verb from a noun)
   */
  public static String of(TimelineEntry entry, Event event) {
    if (event != null && nominal(event)) {
      return "";
    }
    String trigger = entry.hasTrigger() ? entry.getTrigger().getText().strip() : "";
    return subjectBefore(entry.getHeadline(), trigger);
  }

  /** The subject words of {@code headline} before the first whole-word {@code trigger}. */
  static String subjectBefore(String headline, String trigger) {
    if (trigger.isEmpty() || headline.isBlank()) {
      return "";
    }
    List<String> words = new ArrayList<>(Arrays.asList(headline.strip().split("\\s+")));
    List<String> triggerWords = Arrays.asList(trigger.split("\\s+"));
    int at = indexOf(words, triggerWords);
    if (at <= 0) {
      return "";
    }
    List<String> subject = new ArrayList<>(words.subList(0, at));
    while (!subject.isEmpty() && VERB_GROUP_OPENERS.contains(key(subject.get(subject.size() - 1)))) {
      subject.remove(subject.size() - 1);
    }
    if (subject.isEmpty() || subject.size() == 1 && PRONOUNS.contains(key(subject.get(0)))) {
      return "";
    }
    if (subject.size() == 1 && VERB_GROUP_OPENERS.contains(key(subject.get(0)))) {
      return "";
    }
    return String.join(" ", subject);
  }

  /** Nouns carry neither tense nor modal; infinitives neither, but their headline opens with "To". */
  private static boolean nominal(Event event) {
    Tense t = event.getTense();
    return (t == Tense.TENSE_NONE || t == Tense.TENSE_UNSPECIFIED) && event.getModality().isBlank();
  }

  private static int indexOf(List<String> words, List<String> needle) {
    outer:
    for (int i = 0; i + needle.size() <= words.size(); i++) {
      for (int j = 0; j < needle.size(); j++) {
        if (!key(words.get(i + j)).equals(key(needle.get(j)))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Lower case without surrounding punctuation: "Putin," and "putin" are one word. */
  private static String key(String word) {
    int b = 0;
    int e = word.length();
    while (b < e && !Character.isLetterOrDigit(word.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(word.charAt(e - 1))) {
      e--;
    }
    return word.substring(b, e).toLowerCase(Locale.ROOT);
  }
}
