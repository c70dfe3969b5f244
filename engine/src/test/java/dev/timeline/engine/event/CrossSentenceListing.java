package dev.timeline.engine.event;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.eval.CreationTime;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.GoldEventInstance;
import dev.timeline.engine.eval.GoldTemporalLink;
import dev.timeline.engine.eval.GoldTimex;
import dev.timeline.engine.eval.SpanAlignment;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.Sentence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A tuning aid, not a test: one tab-separated line per gold link of a found event, for
 * grouping with awk. "DCT" lines: gold and engine relation to the creation time with the
 * event's tense, aspect, class, polarity and anchor. "XS" lines: links to an expression of
 * another sentence, with the sentence distance and what the engine anchored. Run with the test
 * classpath: {@code java ... CrossSentenceListing DIR}.
 */
public final class CrossSentenceListing {
  private CrossSentenceListing() {}

  public static void main(String[] args) {
    CorpusRuns.each(Path.of(args[0]), CrossSentenceListing::list);
  }

  /** Where the expression lies from the publication day: holds, before, after or unknown. */
  private static String place(TemporalExpression x, TimeMlDocument doc) {
    var pub = doc.creationTime().flatMap(CreationTime::publicationDate);
    if (pub.isEmpty() || x.interval().isEmpty()) {
      return "unknown";
    }
    var start = pub.get().date().atStartOfDay();
    var end = start.plusDays(1);
    var iv = x.interval().get();
    return !iv.end().isAfter(start) ? "before" : !iv.begin().isBefore(end) ? "after" : "holds";
  }

  private static void list(TimeMlDocument doc, ExtractionResult r) {
    SpanAlignment a = SpanAlignment.align(doc.events().stream().map(GoldEvent::span).toList(),
        r.events().stream().map(EventMention::trigger).toList());
    Map<Integer, Integer> systemOfGold = new HashMap<>();
    a.matches().forEach(m -> systemOfGold.put(m.gold(), m.system()));
    Map<String, String> eventOf = new HashMap<>();
    doc.instances().forEach(i -> eventOf.put(i.eiid(), i.eventId()));
    Map<String, GoldTimex> timexes = new HashMap<>();
    doc.scoredTimexes().forEach(t -> timexes.put(t.tid(), t));
    Map<String, Integer> goldIndex = new HashMap<>();
    for (int g = 0; g < doc.events().size(); g++) {
      goldIndex.putIfAbsent(doc.events().get(g).eid(), g);
    }
    String dct = doc.creationTime().map(CreationTime::tid).orElse("");
    for (GoldTemporalLink l : doc.links()) {
      var link = l.fromEventSide();
      if (link.isEmpty()) {
        continue;
      }
      String eid = eventOf.get(link.get().eventInstanceId());
      if (eid == null || !goldIndex.containsKey(eid)) {
        continue;
      }
      Integer sys = systemOfGold.get(goldIndex.get(eid));
      if (sys == null) {
        continue;
      }
      EventMention e = r.events().get(sys);
      GoldEvent ge = doc.events().get(goldIndex.get(eid));
      Sentence s = r.analyzed().sentenceAt(ge.span().begin());
      String sentence = r.analyzed().cover(s.span()).replace('\n', ' ').replace('\t', ' ');
      TimeMlRelation rel = link.get().relation();
      String anchor = "-";
      if (e.anchored()) {
        TemporalExpression x = r.expressions().get(e.anchorExpressionIndex());
        int xs = r.analyzed().sentenceIndexAt(x.span().begin());
        anchor = e.anchorRelation().map(Enum::name).orElse("?") + " "
            + r.analyzed().cover(x.span()).replace('\n', ' ') + " " + x.value()
            + (xs == e.sentenceIndex() ? " same" : " other") + " " + e.confidence() + " "
            + place(x, doc);
      }
      String ev = e.triggerText() + "\t" + e.tense() + "\t" + e.aspect() + "\t"
          + e.eventClass() + "\t" + (e.negated() ? "neg" : "pos") + "\t" + e.modality();
      if (link.get().timeId().equals(dct)) {
        System.out.printf("DCT\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", doc.id(), rel.publication(),
            e.publicationRelation().map(TimeMlRelation::publicationClass).map(Enum::name)
                .orElse("none"), rel, ev, anchor, sentence);
        continue;
      }
      GoldTimex t = timexes.get(link.get().timeId());
      if (t == null || rel.anchoring().isEmpty()) {
        continue;
      }
      int ts = r.analyzed().sentenceIndexAt(t.span().begin());
      int es = r.analyzed().sentenceIndexAt(ge.span().begin());
      if (ts == es) {
        continue;
      }
      System.out.printf("XS\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s%n", doc.id(), es - ts, rel,
          t.text().replace('\n', ' '), t.value(), ev, anchor, sentence);
    }
  }
}
