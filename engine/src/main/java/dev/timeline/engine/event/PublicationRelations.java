package dev.timeline.engine.event;

import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.text.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each event of a sentence stands to the publication date (before, after, overlapping): from
 * its anchor when that lies wholly on one side of the publication day, else as {@link
 * PublicationModel} judges from tense, aspect, mood, the word, its clause and its governor.
 */
final class PublicationRelations {
  private final Optional<PublicationDate> published;
  private final PublicationModel model;

  PublicationRelations(Optional<PublicationDate> published, PublicationModel model) {
    this.published = published;
    this.model = model;
  }

  /** Each event's relation to the publication date, in trigger order. */
  List<Optional<TemporalRelation>> relationsToPublication(List<Token> tokens,
      List<Trigger> triggers, List<Clause> clauses, Anchor[] anchors, boolean[] quoted) {
    List<Optional<TemporalRelation>> rule = tenseRule(triggers, clauses, anchors);
    PublicationFeatures features = new PublicationFeatures(tokens, triggers, clauses, quoted);
    List<Optional<TemporalRelation>> out = new ArrayList<>(triggers.size());
    for (int i = 0; i < triggers.size(); i++) {
      Anchor anchor = anchors[i];
      String side = anchor == null ? "none" : side(anchor);
      Optional<TemporalRelation> dated = anchor == null ? Optional.empty() : dated(anchor, side);
      Optional<TemporalRelation> judged =
          model.relation(features.of(i, rule, side, anchor, dated));
      Optional<TemporalRelation> fallback = rule.get(i);
      out.add(dated.or(() -> judged).or(() -> fallback));
    }
    return out;
  }

  /**
   * The hand-written rule ({@link #relationToPublication}); an event noun without an anchor
   * takes the relation of the finite verb that governs it ("the attack killed ..." → before).
   */
  private List<Optional<TemporalRelation>> tenseRule(List<Trigger> triggers,
      List<Clause> clauses, Anchor[] anchors) {
    List<Optional<TemporalRelation>> own = new ArrayList<>(triggers.size());
    for (int i = 0; i < triggers.size(); i++) {
      own.add(relationToPublication(triggers.get(i), anchors[i]));
    }
    List<Optional<TemporalRelation>> out = new ArrayList<>(own);
    for (int i = 0; i < triggers.size(); i++) {
      if (own.get(i).isEmpty() && anchors[i] == null && !triggers.get(i).verbal()) {
        int governor = PublicationFeatures.governingVerb(triggers, clauses, i);
        if (governor >= 0) {
          out.set(i, own.get(governor));
        }
      }
    }
    return out;
  }

  /**
   * From the anchor's time when it lies wholly before or after the publication day, or holds it;
   * from a reference to the past or future ("recently"); else from tense and aspect: past and
   * present perfect before, present overlapping, future, modal and infinitive after, a
   * participle overlapping (TimeML relates "adding", "including" to the time of writing as
   * ongoing or simultaneous). An event noun has none of its own.
   */
  Optional<TemporalRelation> relationToPublication(Trigger t, Anchor anchor) {
    VerbGroup g = t.group();
    boolean perfect = g != null
        && (g.aspect() == Aspect.PERFECTIVE || g.aspect() == Aspect.PERFECTIVE_PROGRESSIVE);
    if (anchor != null) {
      Optional<TemporalRelation> fromAnchor = fromAnchor(anchor);
      // "has gained so far this year", "said today": done before the time of writing.
      boolean done = perfect || t.tense() == Tense.PAST;
      if (fromAnchor.isPresent() && !(done && fromAnchor.get() == TemporalRelation.OVERLAP)) {
        return fromAnchor;
      }
    }
    if (g == null) {
      return Optional.empty();
    }
    return switch (g.tense()) {
      case PAST -> Optional.of(TemporalRelation.BEFORE);
      case PRESENT -> Optional.of(perfect ? TemporalRelation.BEFORE : TemporalRelation.OVERLAP);
      case FUTURE -> Optional.of(TemporalRelation.AFTER);
      case NONE -> g.modal().isEmpty() && !g.infinitive()
          ? Optional.of(TemporalRelation.OVERLAP) : Optional.of(TemporalRelation.AFTER);
    };
  }

  private Optional<TemporalRelation> fromAnchor(Anchor anchor) {
    String side = side(anchor);
    Optional<TemporalRelation> dated = dated(anchor, side);
    if (dated.isPresent()) {
      return dated;
    }
    return switch (side) {
      case "past" -> Optional.of(TemporalRelation.BEFORE);
      case "future" -> Optional.of(TemporalRelation.AFTER);
      case "day", "around" -> anchor.relation() == TemporalRelation.ON
          || anchor.relation() == TemporalRelation.DURING
          ? Optional.of(TemporalRelation.OVERLAP) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * An anchor dated wholly before or after the publication day decides, unless its relation
   * reaches across the day ("after last week", "until next year").
   */
  private static Optional<TemporalRelation> dated(Anchor anchor, String side) {
    TemporalRelation r = anchor.relation();
    if (side.equals("before") && r != TemporalRelation.AFTER && r != TemporalRelation.BEGINS) {
      return Optional.of(TemporalRelation.BEFORE);
    }
    if (side.equals("after") && r != TemporalRelation.BEFORE && r != TemporalRelation.ENDS) {
      return Optional.of(TemporalRelation.AFTER);
    }
    return Optional.empty();
  }

  /**
   * Where the anchor's time lies: "before" or "after" the publication day, within it ("day"),
   * around it ("around"), a vague "past" or "future", or "undated".
   */
  private String side(Anchor anchor) {
    var interval = anchor.timex().expression().interval();
    if (interval.isEmpty() || published.isEmpty()) {
      return switch (anchor.timex().expression().value()) {
        case "PAST_REF" -> "past";
        case "FUTURE_REF" -> "future";
        default -> "undated";
      };
    }
    TimeInterval iv = interval.get();
    LocalDateTime dayStart = published.get().date().atStartOfDay();
    LocalDateTime dayEnd = dayStart.plusDays(1);
    if (!iv.end().isAfter(dayStart)) {
      return "before";
    }
    if (!iv.begin().isBefore(dayEnd)) {
      return "after";
    }
    return !iv.begin().isBefore(dayStart) && !iv.end().isAfter(dayEnd) ? "day" : "around";
  }
}
