package dev.timeline.engine.event;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.eval.CreationTime;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.GoldEventInstance;
import dev.timeline.engine.eval.GoldTemporalLink;
import dev.timeline.engine.eval.SpanAlignment;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlReader;
import dev.timeline.engine.eval.TimeMlRelation;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Trains {@code publication-model.tsv}, the model of each event's relation to the publication
 * date, on a TimeML corpus (TimeBank, the tuning half of TBAQ; never AQUAINT, the unseen check),
 * prints its 5-fold cross-validated accuracy beside the tense rule's, and writes the weights.
 * Not a test. Run with the test classpath from the repository root:
 *
 * <pre>
 * mvn -q -B -o -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp engine/target/test-classes:engine/target/classes:$(cat /tmp/cp.txt) \
 *     dev.timeline.engine.event.PublicationModelTraining ../shared/corpora/tbaq/TimeBank \
 *     engine/src/main/resources/dev/timeline/engine/event/publication-model.tsv
 * </pre>
 *
 * <p>An example is a gold event–creation-time link whose event the engine finds, with the
 * features the engine computes for that event and the gold relation folded into BEFORE, AFTER or
 * OVERLAP as the evaluation folds it. Events whose anchor's date decides the relation are scored
 * by that rule and left out of training. Training is deterministic: same corpus, same weights.
 */
public final class PublicationModelTraining {
  private static final int FOLDS = 5;
  /** L2 penalty: keeps rare words from deciding on one or two links. */
  static final double L2 = 0.03;
  static final int ITERATIONS = 400;
  static final double LEARNING_RATE = 0.5;

  /** One gold link: the engine's features, the gold class, the tense rule's answer. */
  record Example(int document, List<String> features, TemporalRelation gold,
      Optional<TemporalRelation> dated, Optional<TemporalRelation> rule) {}

  private PublicationModelTraining() {}

  public static void main(String[] args) throws IOException {
    List<Example> examples = examples(Path.of(args[0]));
    if (Boolean.getBoolean("mine")) {
      Map<String, int[]> stats = new TreeMap<>();
      for (Example e : examples) {
        if (e.dated().isPresent()) {
          continue;
        }
        for (String f : e.features()) {
          int[] c = stats.computeIfAbsent(f, k -> new int[4]);
          c[LogisticPublicationModel.CLASSES.indexOf(e.gold())]++;
          c[3] += e.rule().equals(Optional.of(e.gold())) ? 1 : 0;
        }
      }
      stats.forEach((f, c) -> {
        int best = Math.max(c[0], Math.max(c[1], c[2]));
        if (best - c[3] >= 3) {
          System.out.printf("MINE %-50s B %3d A %3d O %3d rule %3d gain %d%n", f, c[0], c[1], c[2], c[3], best - c[3]);
        }
      });
    }
    for (String l2 : System.getProperty("l2", String.valueOf(L2)).split(",")) {
      crossValidate(examples, Double.parseDouble(l2));
    }
    if (args.length > 1) {
      write(train(examples, L2), Path.of(args[1]));
    }
  }

  private static void crossValidate(List<Example> examples, double l2) {
    int documents = examples.stream().mapToInt(Example::document).max().orElse(0) + 1;
    int[] modelRight = new int[1];
    int[] ruleRight = new int[1];
    Map<String, Integer> confusion = new TreeMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      int f = fold;
      LogisticPublicationModel model = train(examples.stream()
          .filter(e -> e.document() % FOLDS != f).toList(), l2);
      for (Example e : examples) {
        if (e.document() % FOLDS == f) {
          TemporalRelation predicted = predict(model, e);
          modelRight[0] += predicted == e.gold() ? 1 : 0;
          ruleRight[0] += e.rule().equals(Optional.of(e.gold())) ? 1 : 0;
          confusion.merge(e.gold() + " -> " + predicted, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d links in %d documents%n", examples.size(), documents);
    for (TemporalRelation d : LogisticPublicationModel.CLASSES) {
      long r = examples.stream().filter(e -> e.rule().orElse(d) == e.gold()).count();
      System.out.printf(Locale.ROOT, "rule, none as %s: %.2f%n", d, 100.0 * r / examples.size());
    }
    System.out.printf(Locale.ROOT, "tense rule accuracy      %.2f %%%n",
        100.0 * ruleRight[0] / examples.size());
    System.out.printf(Locale.ROOT, "model %d-fold CV accuracy %.2f %% (L2 %s)%n", FOLDS,
        100.0 * modelRight[0] / examples.size(), l2);
    confusion.forEach((k, v) -> System.out.println("  " + k + "  " + v));
  }

  static TemporalRelation predict(LogisticPublicationModel model, Example e) {
    return e.dated().or(() -> model.relation(e.features())).orElseThrow();
  }

  /** Runs the engine over the corpus as the evaluation does and pairs its events with gold. */
  static List<Example> examples(Path corpus) {
    List<Path> files = TimeMlReader.listCorpus(corpus);
    RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger(true);
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
    List<List<Example>> perDocument = new ArrayList<>();
    for (int d = 0; d < files.size(); d++) {
      perDocument.add(null);
    }
    java.util.stream.IntStream.range(0, files.size()).forEach(d -> {
      TimeMlDocument doc = new TimeMlReader().read(files.get(d));
      perDocument.set(d, examples(d, doc, tagger, analyzer));
    });
    return perDocument.stream().flatMap(List::stream).toList();
  }

  private static List<Example> examples(int d, TimeMlDocument doc, RuleBasedTemporalTagger tagger,
      OpenNlpTextAnalyzer analyzer) {
    Optional<PublicationDate> published = doc.creationTime().flatMap(CreationTime::publicationDate);
    List<TemporalExpression> expressions =
        tagger.tag(doc.text(), published, ExtractionOptions.DEFAULT, Cancellation.NONE);
    AnalyzedText text = analyzer.analyze(doc.text(), Cancellation.NONE);
    List<List<String>> features = new ArrayList<>();
    RuleBasedEventExtractor extractor = new RuleBasedEventExtractor(f -> {
      features.add(f);
      return Optional.empty();
    });
    List<EventMention> events = extractor.extract(text, expressions, published,
        ExtractionOptions.DEFAULT, Cancellation.NONE);
    List<GoldEvent> gold = doc.events();
    SpanAlignment a = SpanAlignment.align(gold.stream().map(GoldEvent::span).toList(),
        events.stream().map(EventMention::trigger).toList());
    Map<String, Integer> systemOfEvent = new HashMap<>();
    a.matches().forEach(m -> systemOfEvent.put(gold.get(m.gold()).eid(), m.system()));
    List<Example> out = new ArrayList<>();
    creationLinks(doc).forEach((eid, relation) -> {
      Integer s = systemOfEvent.get(eid);
      if (s != null) {
        List<String> f = features.get(s);
        Optional<TemporalRelation> dated = f.stream().filter(x -> x.startsWith("dated="))
            .map(x -> x.substring("dated=".length())).filter(x -> !x.equals("none"))
            .map(TemporalRelation::valueOf).findFirst();
        Optional<TemporalRelation> rule = dated.isPresent() ? dated : f.stream()
            .filter(x -> x.startsWith("rule=")).map(x -> x.substring("rule=".length()))
            .filter(x -> !x.equals("none")).map(TemporalRelation::valueOf)
            .map(TimeMlRelation::publicationClass).findFirst();
        out.add(new Example(d, f, relation.publication(), dated, rule));
      }
    });
    return out;
  }

  /**
   * Each event's first link to the creation time, read from the event's side, as the anchoring
   * scorer reads it.
   */
  static Map<String, TimeMlRelation> creationLinks(TimeMlDocument doc) {
    Map<String, String> eventOfInstance = new HashMap<>();
    for (GoldEventInstance i : doc.instances()) {
      eventOfInstance.put(i.eiid(), i.eventId());
    }
    String dct = doc.creationTime().map(CreationTime::tid).orElse("");
    Map<String, TimeMlRelation> out = new java.util.LinkedHashMap<>();
    for (GoldTemporalLink l : doc.links()) {
      Optional<TimeMlRelation> rel = TimeMlRelation.parse(l.relType());
      String instance;
      if (!l.eventInstanceId().isEmpty() && l.relatedToTime().equals(dct)) {
        instance = l.eventInstanceId();
      } else if (l.timeId().equals(dct) && !l.relatedToEventInstance().isEmpty()) {
        instance = l.relatedToEventInstance();
        rel = rel.map(TimeMlRelation::inverse);
      } else {
        continue;
      }
      String eid = eventOfInstance.get(instance);
      if (rel.isPresent() && eid != null && !dct.isEmpty()) {
        out.putIfAbsent(eid, rel.get());
      }
    }
    return out;
  }

  /**
   * Fits the weights by full-batch gradient descent with AdaGrad steps on the mean negative
   * log-likelihood plus an L2 penalty, over the examples no date decides.
   */
  static LogisticPublicationModel train(List<Example> all, double l2) {
    List<Example> examples = all.stream().filter(e -> e.dated().isEmpty()).toList();
    Map<String, Integer> index = new java.util.LinkedHashMap<>();
    int[][] x = new int[examples.size()][];
    int[] y = new int[examples.size()];
    for (int n = 0; n < examples.size(); n++) {
      Example e = examples.get(n);
      x[n] = e.features().stream().distinct()
          .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
      y[n] = LogisticPublicationModel.CLASSES.indexOf(e.gold());
    }
    int classes = LogisticPublicationModel.CLASSES.size();
    double[][] w = new double[index.size()][classes];
    double[][] squares = new double[index.size()][classes];
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] grad = new double[index.size()][classes];
      for (int n = 0; n < x.length; n++) {
        double[] p = softmax(x[n], w);
        for (int c = 0; c < classes; c++) {
          double g = (p[c] - (y[n] == c ? 1 : 0)) / x.length;
          for (int f : x[n]) {
            grad[f][c] += g;
          }
        }
      }
      for (int f = 0; f < w.length; f++) {
        for (int c = 0; c < classes; c++) {
          double g = grad[f][c] + l2 * w[f][c];
          squares[f][c] += g * g;
          w[f][c] -= LEARNING_RATE * g / (Math.sqrt(squares[f][c]) + 1e-8);
        }
      }
    }
    Map<String, double[]> weights = new HashMap<>();
    index.forEach((f, i) -> weights.put(f, w[i]));
    return new LogisticPublicationModel(weights);
  }

  private static double[] softmax(int[] features, double[][] w) {
    double[] s = new double[w.length == 0 ? LogisticPublicationModel.CLASSES.size()
        : w[0].length];
    for (int f : features) {
      for (int c = 0; c < s.length; c++) {
        s[c] += w[f][c];
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      s[c] = Math.exp(s[c] - max);
      sum += s[c];
    }
    for (int c = 0; c < s.length; c++) {
      s[c] /= sum;
    }
    return s;
  }

  private static void write(LogisticPublicationModel model, Path out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Relation of an event to the publication date: weights of a logistic regression\n")
        .append("# (feature<TAB>BEFORE<TAB>AFTER<TAB>OVERLAP), generated from TimeBank by\n")
        .append("# PublicationModelTraining (test scope; see its javadoc for the command).\n")
        .append("# Do not edit by hand: retrain.\n");
    new TreeMap<>(model.weights()).forEach((f, w) -> {
      if (Math.abs(w[0]) + Math.abs(w[1]) + Math.abs(w[2]) >= 1e-3) {
        b.append(f);
        for (double v : w) {
          b.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
        }
        b.append('\n');
      }
    });
    Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
  }
}
