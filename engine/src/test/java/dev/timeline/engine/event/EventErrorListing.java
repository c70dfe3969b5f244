package dev.timeline.engine.event;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.Span;
import dev.timeline.engine.eval.CreationTime;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.SpanAlignment;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlReader;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.text.Token;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tuning aid, not a test: lists every missed, found and spurious event trigger of a TimeML
 * directory with the tagged words around it, one line each ("MISS word | w/POS ...", HIT, SPUR),
 * to find error classes. A HIT names the gold class and the engine's when they differ ("HIT
 * word GOLD>ENGINE | ..."). Words given after the directory also list their occurrences that
 * neither side marks (NONE), to see how often the annotators leave a word out. Run with the
 * test classpath: {@code java ... EventErrorListing ../shared/corpora/tbaq/TimeBank [word...]}.
 */
public final class EventErrorListing {
  private static final int WINDOW = 5;

  private EventErrorListing() {}

  public static void main(String[] args) {
    Set<String> watched = Arrays.stream(args).skip(1).map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
    RuleBasedEventExtractor extractor = new RuleBasedEventExtractor();
    TimeMlReader reader = new TimeMlReader();
    for (Path file : TimeMlReader.listCorpus(Path.of(args[0]))) {
      TimeMlDocument doc = reader.read(file);
      AnalyzedText text = analyzer.analyze(doc.text());
      List<EventMention> events = extractor.extract(text, List.of(),
          doc.creationTime().flatMap(CreationTime::publicationDate), ExtractionOptions.DEFAULT,
          Cancellation.NONE);
      List<GoldEvent> gold = doc.events();
      SpanAlignment a = SpanAlignment.align(gold.stream().map(GoldEvent::span).toList(),
          events.stream().map(EventMention::trigger).toList());
      List<Token> tokens = text.tokens();
      a.missed().forEach(g -> print("MISS", gold.get(g).text(), gold.get(g).span().begin(),
          tokens));
      a.matches().forEach(m -> {
        String goldClass = gold.get(m.gold()).eventClass();
        String engineClass = events.get(m.system()).eventClass().name();
        print(goldClass.equals(engineClass) ? "HIT" : "HIT " + goldClass + ">" + engineClass,
            events.get(m.system()).triggerText(), events.get(m.system()).trigger().begin(), tokens);
      });
      a.spurious().forEach(s -> print("SPUR", events.get(s).triggerText(),
          events.get(s).trigger().begin(), tokens));
      if (!watched.isEmpty()) {
        List<Span> marked = Stream.concat(gold.stream().map(GoldEvent::span),
            events.stream().map(EventMention::trigger)).toList();
        for (Token t : tokens) {
          if (watched.contains(t.text().toLowerCase(Locale.ROOT))
              && marked.stream().noneMatch(s -> overlaps(s, t.span()))) {
            print("NONE", t.text(), t.span().begin(), tokens);
          }
        }
      }
    }
  }

  private static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  private static void print(String kind, String word, int offset, List<Token> tokens) {
    int at = 0;
    while (at < tokens.size() && tokens.get(at).span().end() <= offset) {
      at++;
    }
    int from = Math.max(0, at - WINDOW);
    int to = Math.min(tokens.size(), at + WINDOW + 1);
    StringBuilder window = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      window.append(i == at ? "[" : "").append(t.text()).append('/').append(t.pos())
          .append(i == at ? "] " : " ");
    }
    System.out.println(kind + " " + word.toLowerCase(Locale.ROOT) + " | " + window);
  }
}
