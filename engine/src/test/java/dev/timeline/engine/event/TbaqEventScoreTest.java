package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.eval.CreationTime;
import dev.timeline.engine.eval.EventCounts;
import dev.timeline.engine.eval.EventScorer;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.SpanAlignment;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlReader;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Event triggers and classes against the TempEval-3 training corpus (TBAQ), with the evaluation
 * helper's scorer. TimeBank is the tuning set: its misses and false alarms are printed. AQUAINT
 * is only scored. The temporal expressions do not matter for trigger spans, so none are given.
 */
class TbaqEventScoreTest {
  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
  private static final RuleBasedEventExtractor EXTRACTOR = new RuleBasedEventExtractor();

  @Test
  void eventTriggersAndClasses() {
    Path tbaq = Path.of(System.getProperty("timeline.shared", "../../shared"), "corpora", "tbaq");
    Assumptions.assumeTrue(Files.isDirectory(tbaq.resolve("TimeBank")),
        "TBAQ corpus not found under " + tbaq + ": skipping the event score");
    EventCounts timebank = score(tbaq.resolve("TimeBank"), true);
    EventCounts aquaint = score(tbaq.resolve("AQUAINT"), false);
    print("TimeBank", timebank);
    print("AQUAINT", aquaint);
    print("overall", timebank.plus(aquaint));
    // Regression floors, a little under what was measured.
    assertThat(timebank.relaxedScore().f1()).isGreaterThan(0.843);
    assertThat(aquaint.relaxedScore().f1()).isGreaterThan(0.853);
    assertThat(timebank.classAccuracy()).isGreaterThan(0.81);
  }

  private static void print(String name, EventCounts c) {
    System.out.printf(
        "EVENTS %-8s gold %5d system %5d | strict P %.1f R %.1f F1 %.1f | relaxed P %.1f R %.1f "
            + "F1 %.1f | class acc %.1f F1 %.1f | tense F1 %.1f | aspect F1 %.1f%n",
        name, c.gold(), c.system(), 100 * c.strictScore().precision(),
        100 * c.strictScore().recall(), 100 * c.strictScore().f1(),
        100 * c.relaxedScore().precision(), 100 * c.relaxedScore().recall(),
        100 * c.relaxedScore().f1(), 100 * c.classAccuracy(), 100 * c.classScore().f1(),
        100 * c.tenseScore().f1(), 100 * c.aspectScore().f1());
  }

  private static EventCounts score(Path dir, boolean showErrors) {
    TimeMlReader reader = new TimeMlReader();
    EventCounts total = EventCounts.ZERO;
    Map<String, Integer> missed = new TreeMap<>();
    Map<String, Integer> spurious = new TreeMap<>();
    Map<String, Integer> confusion = new TreeMap<>();
    long chars = 0;
    long nanos = 0;
    for (Path file : TimeMlReader.listCorpus(dir)) {
      TimeMlDocument doc = reader.read(file);
      long start = System.nanoTime();
      AnalyzedText text = ANALYZER.analyze(doc.text());
      List<EventMention> events = EXTRACTOR.extract(text, List.of(),
          doc.creationTime().flatMap(CreationTime::publicationDate), ExtractionOptions.DEFAULT,
          Cancellation.NONE);
      nanos += System.nanoTime() - start;
      chars += doc.text().length();
      total = total.plus(EventScorer.score(doc, events));
      if (showErrors) {
        List<GoldEvent> gold = doc.events();
        SpanAlignment a = SpanAlignment.align(gold.stream().map(GoldEvent::span).toList(),
            events.stream().map(EventMention::trigger).toList());
        a.missed().forEach(g -> missed.merge(gold.get(g).text().toLowerCase(), 1, Integer::sum));
        a.spurious().forEach(s ->
            spurious.merge(events.get(s).triggerText().toLowerCase(), 1, Integer::sum));
        for (SpanAlignment.Match m : a.matches()) {
          String g = gold.get(m.gold()).eventClass();
          String s = events.get(m.system()).eventClass().name();
          if (!g.equals(s)) {
            confusion.merge(g + "->" + s + " " + gold.get(m.gold()).text().toLowerCase(), 1,
                Integer::sum);
          }
        }
      }
    }
    System.out.printf("EVENTS %s: analyzer + extractor %.0f chars/s%n", dir.getFileName(),
        chars / (nanos / 1e9));
    if (showErrors) {
      System.out.println("MISSED " + top(missed, 80));
      System.out.println("SPURIOUS " + top(spurious, 80));
      System.out.println("CLASS " + top(confusion, 80));
    }
    return total;
  }

  private static String top(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    return list.stream().limit(n).map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
