package dev.timeline.engine.event;

import dev.timeline.engine.AnchoringMode;
import java.util.List;
import java.util.Optional;

/**
 * The time a story is at when a sentence names none. A news story moves back and forth, so only
 * a day-precise date carries over, within its paragraph, to past-tense main-clause events ("Russia
 * changed its tune on Monday. Ilya Rogachev ... said"), and only until a sentence names another
 * date.
 * A narrative (history, biography) moves forward: the last date named holds until the next.
 */
final class NarrativeTime {
  private final AnchoringMode mode;
  private SentenceTimex current;

  NarrativeTime(AnchoringMode mode) {
    this.mode = mode;
  }

  /** A paragraph break ends a news story's narrative time. */
  void paragraphBreak() {
    if (mode == AnchoringMode.NEWS) {
      current = null;
    }
  }

  Optional<SentenceTimex> anchorFor(Trigger t, Clause clause) {
    if (current == null || !t.verbal() || t.tense() != Tense.PAST) {
      return Optional.empty();
    }
    if (mode == AnchoringMode.NEWS && !clause.marker().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current);
  }

  private static boolean datesAnything(List<SentenceTimex> timexes) {
    for (SentenceTimex x : timexes) {
      if (x.anchors()) {
        return true;
      }
    }
    return false;
  }

  /** After a sentence: what it dated becomes the narrative time. */
  void after(List<SentenceTimex> timexes, Anchor[] anchors) {
    SentenceTimex last = null;
    for (Anchor a : anchors) {
      if (a != null && a.timex().anchors() && a.confidence() > TimeAnchoring.NARRATIVE
          && (last == null || a.timex().first() > last.first())) {
        last = a.timex();
      }
    }
    if (mode == AnchoringMode.NEWS) {
      // A sentence that dates nothing of its own keeps the story on its day.
      if (last != null || datesAnything(timexes)) {
        current = last != null && last.dayOrFiner() ? last : null;
      }
      return;
    }
    for (SentenceTimex x : timexes) {
      if (x.anchors() && (last == null || x.first() > last.first())) {
        last = x;
      }
    }
    if (last != null) {
      current = last;
    }
  }
}
