package dev.timeline.engine.event;

import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TimeInterval;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Finds the expression that governs each event of a sentence, nearest reach first:
 *
 * <ol>
 *   <li>its own expression: the one right after it in its clause ("elected ... in 2007"), or a
 *       fronted one that opens the clause ("On Sunday, Lavrov asked");
 *   <li>another expression of its clause, if the tenses agree;
 *   <li>the expression of a clause tied to it by a temporal subordinator ("sent weapons when the
 *       civil war began three years ago"), related through the subordinator;
 *   <li>a fronted expression earlier in the sentence;
 *   <li>the narrative time carried over from earlier sentences ({@link NarrativeTime}).
 * </ol>
 */
final class TimeAnchoring {
  static final double OWN = 0.9;
  static final double FRONTED = 0.85;
  static final double SAME_CLAUSE = 0.7;
  static final double LINKED_CLAUSE = 0.75;
  static final double SENTENCE = 0.6;
  static final double NARRATIVE = 0.5;

  private final Optional<PublicationDate> published;

  TimeAnchoring(Optional<PublicationDate> published) {
    this.published = published;
  }

  Anchor[] anchor(List<Trigger> triggers, List<Clause> clauses, List<SentenceTimex> timexes,
      NarrativeTime narrative) {
    Anchor[] anchors = new Anchor[triggers.size()];
    for (SentenceTimex x : timexes) {
      if (!x.anchors()) {
        continue;
      }
      int clause = Triggers.clauseOf(clauses, x.first());
      if (fronted(triggers, clause, x)) {
        for (int i = 0; i < triggers.size(); i++) {
          Trigger t = triggers.get(i);
          if (t.clause() == clause && anchors[i] == null && compatible(t, x)) {
            anchors[i] = new Anchor(x, x.relation(), FRONTED);
          }
        }
        continue;
      }
      int head = head(triggers, clause, x);
      if (head < 0) {
        continue;
      }
      if (anchors[head] == null) {
        anchors[head] = new Anchor(x, x.relation(), OWN);
      }
      // Event nouns between the verb and its expression share it: "began the war in 2011".
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        if (t.clause() == clause && t.kind() == Trigger.Kind.NOUN && anchors[i] == null
            && t.token() > triggers.get(head).token() && t.token() < x.first()) {
          anchors[i] = new Anchor(x, x.relation(), FRONTED);
        }
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null) {
        anchors[i] = sameClause(triggers.get(i), clauses, timexes);
      }
    }
    Anchor[] own = anchors.clone();
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null) {
        anchors[i] = linkedClause(triggers, i, clauses, own);
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      if (anchors[i] == null) {
        anchors[i] = earlierFronted(triggers.get(i), clauses, timexes, triggers);
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      if (anchors[i] == null) {
        anchors[i] = narrative.anchorFor(t, clauses.get(t.clause()))
            .filter(x -> compatible(t, x))
            .map(x -> new Anchor(x, TemporalRelation.ON, NARRATIVE))
            .orElse(null);
      }
    }
    return anchors;
  }

  /** No event of the clause comes before the expression. */
  private static boolean fronted(List<Trigger> triggers, int clause, SentenceTimex x) {
    boolean any = false;
    for (Trigger t : triggers) {
      if (t.clause() == clause) {
        any = true;
        int start = t.group() != null ? t.group().first() : t.token();
        if (start < x.first()) {
          return false;
        }
      }
    }
    return any;
  }

  /** The event an expression modifies: the nearest verb before it in its clause. */
  private static int head(List<Trigger> triggers, int clause, SentenceTimex x) {
    int verb = -1;
    int noun = -1;
    for (int i = 0; i < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      if (t.clause() != clause || t.token() > x.first()) {
        continue;
      }
      if (t.verbal()) {
        verb = i;
      } else {
        noun = i;
      }
    }
    return verb >= 0 ? verb : noun;
  }

  private Anchor sameClause(Trigger t, List<Clause> clauses, List<SentenceTimex> timexes) {
    for (SentenceTimex x : timexes) {
      if (x.anchors() && Triggers.clauseOf(clauses, x.first()) == t.clause() && compatible(t, x)) {
        return new Anchor(x, x.relation(), SAME_CLAUSE);
      }
    }
    return null;
  }

  /** "X when Y" / "X after Y": an event borrows the time of the clause tied to its own. */
  private Anchor linkedClause(List<Trigger> triggers, int i, List<Clause> clauses, Anchor[] own) {
    Trigger t = triggers.get(i);
    Clause mine = clauses.get(t.clause());
    if (mine.temporal() && mine.parent() >= 0) {
      Anchor a = firstAnchorIn(triggers, mine.parent(), own);
      if (a != null && compatible(t, a.timex())) {
        return new Anchor(a.timex(), subordinateRelation(mine.marker()), LINKED_CLAUSE);
      }
    }
    for (int c = 0; c < clauses.size(); c++) {
      Clause other = clauses.get(c);
      if (other.parent() == t.clause() && other.temporal()) {
        Anchor a = firstAnchorIn(triggers, c, own);
        if (a != null && compatible(t, a.timex())) {
          return new Anchor(a.timex(), mainRelation(other.marker()), LINKED_CLAUSE);
        }
      }
    }
    return null;
  }

  private static Anchor firstAnchorIn(List<Trigger> triggers, int clause, Anchor[] own) {
    Anchor found = null;
    for (int k = 0; k < triggers.size(); k++) {
      if (triggers.get(k).clause() == clause && own[k] != null) {
        if (found == null || triggers.get(k).verbal()) {
          found = own[k];
          if (triggers.get(k).verbal()) {
            break;
          }
        }
      }
    }
    return found;
  }

  /** The main event's relation to the time of a "when/after/before ..." clause. */
  static TemporalRelation mainRelation(String marker) {
    return switch (marker) {
      case "after" -> TemporalRelation.AFTER;
      case "before" -> TemporalRelation.BEFORE;
      case "since" -> TemporalRelation.BEGINS;
      case "until", "till" -> TemporalRelation.ENDS;
      default -> TemporalRelation.ON;
    };
  }

  /** The subordinate event's relation to the main clause's time. */
  static TemporalRelation subordinateRelation(String marker) {
    return switch (marker) {
      case "after" -> TemporalRelation.BEFORE;
      case "before" -> TemporalRelation.AFTER;
      default -> TemporalRelation.ON;
    };
  }

  private Anchor earlierFronted(Trigger t, List<Clause> clauses, List<SentenceTimex> timexes,
      List<Trigger> triggers) {
    Clause mine = clauses.get(t.clause());
    if (mine.temporal() || mine.conditional()) {
      return null;
    }
    for (SentenceTimex x : timexes) {
      int clause = Triggers.clauseOf(clauses, x.first());
      if (x.anchors() && clause < t.clause() && fronted(triggers, clause, x) && compatible(t, x)) {
        return new Anchor(x, TemporalRelation.ON, SENTENCE);
      }
    }
    return null;
  }

  /**
   * Tenses must agree with the expression: a present-tense state does not take a past date ("the
   * government installed in 2003 is close to Putin").
   */
  boolean compatible(Trigger t, SentenceTimex x) {
    if (published.isEmpty() || x.expression().interval().isEmpty()) {
      return true;
    }
    TimeInterval iv = x.expression().interval().get();
    LocalDateTime dayStart = published.get().date().atStartOfDay();
    LocalDateTime dayEnd = dayStart.plusDays(1);
    boolean past = !iv.end().isAfter(dayStart);
    boolean future = !iv.begin().isBefore(dayEnd);
    Tense tense = t.tense();
    boolean perfect = t.group() != null && t.group().aspect() != Aspect.NONE
        && t.group().aspect() != Aspect.PROGRESSIVE;
    return switch (tense) {
      case PRESENT -> !past || perfect;
      case PAST -> !future;
      case FUTURE -> !past;
      case NONE -> true;
    };
  }
}
