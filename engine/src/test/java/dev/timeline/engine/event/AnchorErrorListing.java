package dev.timeline.engine.event;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.eval.AnchorRelation;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.GoldEventInstance;
import dev.timeline.engine.eval.GoldTemporalLink;
import dev.timeline.engine.eval.GoldTimex;
import dev.timeline.engine.eval.SpanAlignment;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.text.Token;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tuning aid, not a test: for every gold event-to-expression anchoring link whose expression
 * stands in the event's own sentence, prints HIT, MISS (with the engine's anchor) or NOEVENT,
 * and for every judged engine anchor that no gold link confirms, WRONG; each with the sentence
 * as the anchoring sees it: {@code {c:marker} } opens clause c, {@code *word/POS*} is a trigger,
 * {@code <...>} a system expression; and for every judged primary anchor a line "JUDGED
 * right|wrong confidence class", to weigh the rules by their confidence. Run with the test
 * classpath: {@code java ...
 * AnchorErrorListing ../shared/corpora/tbaq/TimeBank}.
 */
public final class AnchorErrorListing {
  private AnchorErrorListing() {}

  public static void main(String[] args) {
    EventLexicon lexicon = EventLexicon.get();
    CorpusRuns.each(Path.of(args[0]), (doc, r) -> new Listing(doc, r, lexicon).run());
  }

  private static final class Listing {
    final TimeMlDocument doc;
    final ExtractionResult r;
    final EventLexicon lexicon;
    final Map<Integer, Integer> systemOfGold = new HashMap<>();
    final Map<Integer, Integer> goldOfSystem = new HashMap<>();
    final Map<String, List<String[]>> linksOf = new HashMap<>();

    Listing(TimeMlDocument doc, ExtractionResult r, EventLexicon lexicon) {
      this.doc = doc;
      this.r = r;
      this.lexicon = lexicon;
    }

    void run() {
      SpanAlignment a = SpanAlignment.align(doc.events().stream().map(GoldEvent::span).toList(),
          r.events().stream().map(EventMention::trigger).toList());
      a.matches().forEach(m -> {
        systemOfGold.put(m.gold(), m.system());
        goldOfSystem.put(m.system(), m.gold());
      });
      Map<String, String> eventOf = new HashMap<>();
      for (GoldEventInstance i : doc.instances()) {
        eventOf.put(i.eiid(), i.eventId());
      }
      Map<String, GoldTimex> timexes = new HashMap<>();
      doc.scoredTimexes().forEach(t -> timexes.put(t.tid(), t));
      Map<String, Integer> goldIndex = new HashMap<>();
      for (int g = 0; g < doc.events().size(); g++) {
        goldIndex.putIfAbsent(doc.events().get(g).eid(), g);
      }
      for (GoldTemporalLink l : doc.links()) {
        Optional<GoldTemporalLink.EventTimeLink> link = l.fromEventSide();
        if (link.isEmpty()) {
          continue;
        }
        String inst = link.get().eventInstanceId();
        String time = link.get().timeId();
        TimeMlRelation rel = link.get().relation();
        String eid = eventOf.get(inst);
        GoldTimex t = timexes.get(time);
        if (eid == null || t == null || !goldIndex.containsKey(eid)) {
          continue;
        }
        linksOf.computeIfAbsent(eid, k -> new java.util.ArrayList<>())
            .add(new String[] {rel.name(), time});
        GoldEvent ge = doc.events().get(goldIndex.get(eid));
        Sentence s = r.analyzed().sentenceAt(ge.span().begin());
        boolean sameSentence =
            t.span().begin() >= s.span().begin() && t.span().begin() < s.span().end();
        if (rel.anchoring().isEmpty() || !sameSentence) {
          continue;
        }
        Integer sys = systemOfGold.get(goldIndex.get(eid));
        String kind;
        String engine = "";
        if (sys == null) {
          kind = "NOEVENT";
        } else {
          EventMention e = r.events().get(sys);
          boolean met = e.anchored() && e.anchorRelation().flatMap(AnchorRelation::of)
              .equals(rel.anchoring()) && same(e.anchorExpressionIndex(), t);
          // A link an additional anchor meets is no miss: the scorer counts it.
          met = met || e.additionalAnchors().stream().anyMatch(m -> AnchorRelation.of(
              m.relation()).equals(rel.anchoring()) && same(m.expressionIndex(), t));
          kind = met ? "HIT" : "MISS";
          engine = describe(e);
        }
        System.out.printf("%-7s %s %s \"%s\" %s [%s] | %s%n    %s%n", kind, doc.id(),
            rel, t.text(), t.value(), ge.text(), engine, render(s, ge.span().begin()));
      }
      for (int sys = 0; sys < r.events().size(); sys++) {
        EventMention e = r.events().get(sys);
        Integer g = goldOfSystem.get(sys);
        Optional<AnchorRelation> ar = e.anchorRelation().flatMap(AnchorRelation::of);
        if (!e.anchored() || ar.isEmpty() || g == null) {
          continue;
        }
        List<String[]> links = linksOf.get(doc.events().get(g).eid());
        if (links == null) {
          continue;
        }
        for (var m : e.additionalAnchors()) {
          Optional<AnchorRelation> mr = AnchorRelation.of(m.relation());
          if (mr.isPresent() && links.stream().noneMatch(l -> TimeMlRelation.valueOf(l[0])
              .anchoring().equals(mr) && same(m.expressionIndex(), timexes.get(l[1])))) {
            System.out.printf("WRONGADD %s %s \"%s\" | %s%n", doc.id(), m.relation(),
                r.analyzed().cover(r.expressions().get(m.expressionIndex()).span()),
                describe(e));
          }
        }
        boolean right = links.stream().anyMatch(l -> TimeMlRelation.valueOf(l[0]).anchoring()
            .equals(ar) && same(e.anchorExpressionIndex(), timexes.get(l[1])));
        System.out.printf("JUDGED  %s %.2f %s%n", right ? "right" : "wrong", e.confidence(),
            ar.get());
        if (!right) {
          StringBuilder gold = new StringBuilder();
          links.forEach(l -> gold.append(l[0]).append(" \"").append(timexes.get(l[1]).text())
              .append("\" "));
          System.out.printf("WRONG   %s gold %s| %s%n    %s%n", doc.id(), gold, describe(e),
              render(r.analyzed().sentenceAt(e.trigger().begin()), e.trigger().begin()));
        }
      }
    }

    boolean same(int k, GoldTimex t) {
      TemporalExpression x = r.expressions().get(k);
      return x.value().equals(t.value()) || x.span().equals(t.span());
    }

    String describe(EventMention e) {
      if (!e.anchored()) {
        return "\"" + e.triggerText() + "\" not anchored";
      }
      TemporalExpression x = r.expressions().get(e.anchorExpressionIndex());
      return "\"" + e.triggerText() + "\" " + e.anchorRelation().map(Enum::name).orElse("?")
          + " \"" + r.analyzed().cover(x.span()) + "\" " + x.value() + " conf "
          + e.confidence();
    }

    String render(Sentence s, int eventBegin) {
      List<Token> tokens = TagRepairs.repair(s.tokens());
      List<VerbGroup> groups = Coordination.share(tokens, VerbGroups.find(tokens));
      List<Clause> clauses = Clauses.split(tokens, groups, lexicon);
      List<Trigger> triggers = Triggers.find(tokens, groups, clauses, lexicon);
      boolean[] trigger = new boolean[tokens.size()];
      triggers.forEach(t -> trigger[t.token()] = true);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        for (int c = 0; c < clauses.size(); c++) {
          if (clauses.get(c).begin() == i) {
            b.append('{').append(c).append(':').append(clauses.get(c).marker()).append('^')
                .append(clauses.get(c).parent()).append("} ");
          }
        }
        Token t = tokens.get(i);
        for (TemporalExpression x : r.expressions()) {
          if (x.span().begin() == t.span().begin()) {
            b.append('<');
          }
        }
        boolean ev = t.span().begin() == eventBegin;
        b.append(ev ? "[[" : "").append(trigger[i] ? "*" : "").append(t.text()).append('/')
            .append(t.pos()).append(trigger[i] ? "*" : "").append(ev ? "]]" : "");
        for (TemporalExpression x : r.expressions()) {
          if (x.span().end() == t.span().end()) {
            b.append("=").append(x.value()).append('>');
          }
        }
        b.append(' ');
      }
      return b.toString();
    }
  }
}
