package dev.timeline.engine.eval;

import dev.timeline.engine.event.AdditionalAnchor;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the engine's time anchoring against a document's gold TLINKs: events anchored to
 * expressions, and events related to the creation time (definitions in the package
 * documentation).
 */
public final class AnchorScorer {
  private AnchorScorer() {}

  /** Counts and errors of one document. */
  public record Result(AnchorCounts counts, List<AnchorError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /** One of an event's anchors in a scored class: its primary one or an additional one. */
  private record SystemAnchor(int expression, AnchorRelation relation, String engineRelation) {}

  /** The event's anchors that place it at an expression (BEFORE and AFTER do not). */
  private static List<SystemAnchor> anchorsOf(EventMention e) {
    List<SystemAnchor> out = new ArrayList<>(1 + e.additionalAnchors().size());
    if (e.anchored()) {
      e.anchorRelation().ifPresent(r -> AnchorRelation.of(r)
          .ifPresent(c -> out.add(new SystemAnchor(e.anchorExpressionIndex(), c, r.name()))));
    }
    for (AdditionalAnchor a : e.additionalAnchors()) {
      AnchorRelation.of(a.relation()).ifPresent(
          c -> out.add(new SystemAnchor(a.expressionIndex(), c, a.relation().name())));
    }
    return out;
  }

  /** A gold link from an event to a time, read from the event's side. */
  private record TimeLink(String eventId, GoldTimex timex, TimeMlRelation relation) {}

  public static Result score(
      TimeMlDocument doc, List<EventMention> events, List<TemporalExpression> expressions) {
    return new Scoring(doc, events, expressions).run();
  }

  /** State of scoring one document. */
  private static final class Scoring {
    private final TimeMlDocument doc;
    private final List<EventMention> events;
    private final List<TemporalExpression> expressions;
    private final Map<String, Integer> goldEventIndex = new HashMap<>();
    /** Gold event index → matched system event index. */
    private final Map<Integer, Integer> systemOfGold = new HashMap<>();
    private final Map<Integer, Integer> goldOfSystem = new HashMap<>();
    /** Gold timex id → the system expression aligned with it. */
    private final Map<String, Integer> expressionOfTimex = new HashMap<>();
    /** Event id → its links to expressions; event id → its link to the creation time. */
    private final Map<String, List<TimeLink>> timeLinks = new LinkedHashMap<>();
    private final Map<String, TimeMlRelation> creationLinks = new LinkedHashMap<>();
    private final Map<AnchorRelation, long[]> counts = new EnumMap<>(AnchorRelation.class);
    private final List<AnchorError> errors = new ArrayList<>();

    Scoring(TimeMlDocument doc, List<EventMention> events, List<TemporalExpression> expressions) {
      this.doc = doc;
      this.events = events;
      this.expressions = expressions;
    }

    Result run() {
      alignEvents();
      alignTimexes();
      readLinks();
      long unjudged = 0;
      for (List<TimeLink> links : timeLinks.values()) {
        for (TimeLink link : links) {
          link.relation().anchoring().ifPresent(r -> recall(link, r));
        }
      }
      for (int s = 0; s < events.size(); s++) {
        EventMention e = events.get(s);
        Integer g = goldOfSystem.get(s);
        if (g == null) {
          continue;
        }
        String eid = doc.events().get(g).eid();
        for (SystemAnchor a : anchorsOf(e)) {
          if (!timeLinks.containsKey(eid)) {
            unjudged++;
          } else {
            precision(e, a, eid);
          }
        }
      }
      long publicationGold = creationLinks.size();
      Map<PublicationOutcome, Long> outcomes = publication();
      Map<AnchorRelation, RelationCounts> byRelation = new EnumMap<>(AnchorRelation.class);
      counts.forEach((r, c) -> byRelation.put(r, new RelationCounts(c[0], c[1], c[2], c[3])));
      return new Result(
          new AnchorCounts(byRelation, unjudged, publicationGold, outcomes), errors);
    }

    private long[] count(AnchorRelation r) {
      return counts.computeIfAbsent(r, k -> new long[4]);
    }

    private void alignEvents() {
      List<GoldEvent> gold = doc.events();
      for (int g = 0; g < gold.size(); g++) {
        goldEventIndex.putIfAbsent(gold.get(g).eid(), g);
      }
      SpanAlignment a =
          SpanAlignment.align(
              gold.stream().map(GoldEvent::span).toList(),
              events.stream().map(EventMention::trigger).toList());
      for (SpanAlignment.Match m : a.matches()) {
        systemOfGold.put(m.gold(), m.system());
        goldOfSystem.put(m.system(), m.gold());
      }
    }

    private void alignTimexes() {
      List<GoldTimex> gold = doc.scoredTimexes();
      SpanAlignment a =
          SpanAlignment.align(
              gold.stream().map(GoldTimex::span).toList(),
              expressions.stream().map(TemporalExpression::span).toList());
      for (SpanAlignment.Match m : a.matches()) {
        expressionOfTimex.put(gold.get(m.gold()).tid(), m.system());
      }
    }

    /**
     * Each event–time link from the event's side; the first link of a pair wins (a few pairs are
     * linked twice, once each way).
     */
    private void readLinks() {
      Map<String, String> eventOfInstance = new HashMap<>();
      for (GoldEventInstance i : doc.instances()) {
        eventOfInstance.put(i.eiid(), i.eventId());
      }
      Map<String, GoldTimex> timexes = new HashMap<>();
      doc.scoredTimexes().forEach(t -> timexes.put(t.tid(), t));
      String dct = doc.creationTime().map(CreationTime::tid).orElse("");
      for (GoldTemporalLink l : doc.links()) {
        Optional<GoldTemporalLink.EventTimeLink> link = l.fromEventSide();
        if (link.isEmpty()) {
          continue;
        }
        String instance = link.get().eventInstanceId();
        String time = link.get().timeId();
        TimeMlRelation rel = link.get().relation();
        String eid = eventOfInstance.get(instance);
        if (eid == null || !goldEventIndex.containsKey(eid)) {
          continue; // an event outside <TEXT> (a headline) or a malformed link
        }
        if (time.equals(dct)) {
          creationLinks.putIfAbsent(eid, rel);
        } else if (timexes.containsKey(time)) {
          List<TimeLink> links = timeLinks.computeIfAbsent(eid, k -> new ArrayList<>());
          GoldTimex t = timexes.get(time);
          if (links.stream().noneMatch(x -> x.timex().tid().equals(t.tid()))) {
            links.add(new TimeLink(eid, t, rel));
          }
        }
      }
    }

    /** Does system expression {@code k} stand for the gold timex: aligned, or the same value. */
    private boolean sameTime(int k, GoldTimex t) {
      Integer aligned = expressionOfTimex.get(t.tid());
      return (aligned != null && aligned == k) || expressions.get(k).value().equals(t.value());
    }

    private void recall(TimeLink link, AnchorRelation r) {
      long[] c = count(r);
      c[0]++;
      Integer s = systemOfGold.get(goldEventIndex.get(link.eventId()));
      EventMention e = s == null ? null : events.get(s);
      boolean met =
          e != null
              && anchorsOf(e).stream()
                  .anyMatch(a -> a.relation() == r && sameTime(a.expression(), link.timex()));
      if (met) {
        c[1]++;
      } else {
        errors.add(error(AnchorError.Kind.MISSED, link.eventId(), describe(link),
            e == null ? "event not found" : describe(e)));
      }
    }

    private void precision(EventMention e, SystemAnchor a, String eid) {
      long[] c = count(a.relation());
      c[2]++;
      List<TimeLink> links = timeLinks.get(eid);
      boolean right =
          links.stream()
              .anyMatch(
                  l -> l.relation().anchoring().equals(Optional.of(a.relation()))
                      && sameTime(a.expression(), l.timex()));
      if (right) {
        c[3]++;
      } else {
        errors.add(error(AnchorError.Kind.WRONG, eid,
            String.join("; ", links.stream().map(Scoring::describe).toList()),
            describe(e, a)));
      }
    }

    private Map<PublicationOutcome, Long> publication() {
      Map<PublicationOutcome, Long> outcomes = new HashMap<>();
      creationLinks.forEach(
          (eid, rel) -> {
            Integer s = systemOfGold.get(goldEventIndex.get(eid));
            if (s == null) {
              return;
            }
            EventMention e = events.get(s);
            PublicationOutcome o =
                new PublicationOutcome(
                    rel.publication(),
                    e.publicationRelation().map(TimeMlRelation::publicationClass));
            outcomes.merge(o, 1L, Long::sum);
            if (!o.correct()) {
              errors.add(error(AnchorError.Kind.CREATION_TIME, eid,
                  "\"" + e.triggerText() + "\" " + rel + " creation time",
                  o.system().map(TemporalRelation::name).orElse("no relation")));
            }
          });
      return outcomes;
    }

    private AnchorError error(AnchorError.Kind kind, String eid, String gold, String system) {
      GoldEvent g = doc.events().get(goldEventIndex.get(eid));
      return new AnchorError(kind, doc.id(), gold, system, SentenceContext.around(doc.text(), g.span()));
    }

    private static String describe(TimeLink l) {
      return l.relation() + " \"" + oneLine(l.timex().text()) + "\" " + l.timex().value();
    }

    private String describe(EventMention e) {
      if (!e.anchored()) {
        return "\"" + e.triggerText() + "\" not anchored";
      }
      TemporalExpression x = expressions.get(e.anchorExpressionIndex());
      String primary = "\"" + e.triggerText() + "\" "
          + e.anchorRelation().map(Enum::name).orElse("?") + " \"" + oneLine(x.text()) + "\" "
          + x.value();
      StringBuilder b = new StringBuilder(primary);
      for (AdditionalAnchor a : e.additionalAnchors()) {
        TemporalExpression y = expressions.get(a.expressionIndex());
        b.append(" + ").append(a.relation()).append(" \"").append(oneLine(y.text()))
            .append("\" ").append(y.value());
      }
      return b.toString();
    }

    private String describe(EventMention e, SystemAnchor a) {
      TemporalExpression x = expressions.get(a.expression());
      return "\"" + e.triggerText() + "\" " + a.engineRelation() + " \"" + oneLine(x.text())
          + "\" " + x.value();
    }

    private static String oneLine(String s) {
      return s.replace('\n', ' ');
    }
  }
}
