package dev.timeline.engine.eval;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TemporalTagger;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.timeline.ChronologicalTimelineBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real engine over TimeML corpora, each document's raw text with its creation time as
 * the publication date (NEWS mode), and scores what it finds.
 */
public final class Evaluator {
  /**
   * What to run.
   *
   * @param nattyFallback whether the tagger consults Natty (off for the ablation)
   * @param events whether to run the whole pipeline and score events; without, only the tagger
   *     runs, which is much faster
   */
  public record Settings(boolean nattyFallback, boolean events) {
    /** The configuration the service runs. */
    public static final Settings STANDARD = new Settings(true, true);
  }

  private final Settings settings;
  private final TemporalTagger tagger;
  private final TimelineEngine engine;
  /** StAX factories are not promised to be thread-safe: one reader per thread. */
  private final ThreadLocal<TimeMlReader> readers = ThreadLocal.withInitial(TimeMlReader::new);

  public Evaluator(Settings settings) {
    this.settings = settings;
    this.tagger = new RuleBasedTemporalTagger(settings.nattyFallback());
    // The standard wiring, but with our own tagger so that the Natty ablation reaches it.
    this.engine =
        settings.events()
            ? new TimelineEngine(
                new OpenNlpTextAnalyzer(),
                tagger,
                new RuleBasedEventExtractor(),
                new ChronologicalTimelineBuilder())
            : null;
  }

  public Settings settings() {
    return settings;
  }

  /** Evaluates each directory's {@code .tml} files as one corpus. */
  public EvaluationRun evaluate(List<Path> corpusDirs) {
    List<CorpusScore> corpora = new ArrayList<>();
    for (Path dir : corpusDirs) {
      corpora.add(evaluateCorpus(dir));
    }
    return new EvaluationRun(settings, corpora);
  }

  /**
   * Scores one directory. Documents run in parallel on the common pool (the engine is
   * thread-safe); the result keeps file order, so scores do not depend on scheduling.
   */
  public CorpusScore evaluateCorpus(Path dir) {
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    List<DocumentScore> documents =
        TimeMlReader.listCorpus(dir).parallelStream()
            .map(file -> evaluate(name, readers.get().read(file)))
            .toList();
    return new CorpusScore(name, documents);
  }

  public DocumentScore evaluate(String corpus, TimeMlDocument doc) {
    DocumentInput input =
        new DocumentInput(
            doc.id(),
            doc.text(),
            doc.creationTime().flatMap(CreationTime::publicationDate),
            ExtractionOptions.DEFAULT);
    long start = System.nanoTime();
    List<TemporalExpression> expressions;
    EventCounts events = EventCounts.ZERO;
    AnchorScorer.Result anchors = new AnchorScorer.Result(AnchorCounts.ZERO, List.of());
    if (engine != null) {
      ExtractionResult result = engine.extract(input);
      expressions = result.expressions();
      events = EventScorer.score(doc, result.events());
      anchors = AnchorScorer.score(doc, result.events(), expressions);
    } else {
      expressions = tagger.tag(input.text(), input.published(), input.options(), () -> false);
    }
    long nanos = System.nanoTime() - start;
    TimexScorer.Result timex = TimexScorer.score(doc, expressions);
    return new DocumentScore(
        corpus,
        doc.id(),
        doc.text().getBytes(StandardCharsets.UTF_8).length,
        nanos,
        timex.counts(),
        events,
        anchors.counts(),
        timex.errors(),
        anchors.errors());
  }
}
