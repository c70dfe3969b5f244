package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The maxent part-of-speech model's scores, computed from model parameters looked up once per
 * word instead of once per token.
 *
 * <p>The model's features (OpenNLP's default POS feature generator: outcome prior; suffixes,
 * prefixes and lower-cased form of the word; the lower-cased forms two words either side;
 * sentence-begin marks; token class; the previous two tags) are each a feature of one word, of
 * the position or of the previous tags. Per word (cached), per position and per pair of previous
 * tags (computed up front) their parameters are summed into one score vector; a token then costs
 * three vector additions and four parameter rows instead of some twenty string concatenations and
 * hash lookups. The scores are {@code GISModel.eval}'s log-scores before its monotonic
 * normalisation, summed in another order (they may differ in the last bits, and the chosen tags
 * are compared with OpenNLP's in the tests). {@link #of} checks the features against OpenNLP's
 * own context generator on probe sentences and declines a model whose features differ.
 * Thread-safe.
 */
final class PosFeatureScorer {
  private static final int WINDOW = 2;
  /** Positions 0, 1 and 2 carry sentence-begin marks; 3 stands for every later one. */
  private static final int POSITIONS = WINDOW + 2;
  private static final String[][] PROBES = {
    "On Sunday , Lavrov asked the U.S. and its allies to comply with the UN statute .".split(" "),
    "It 's 3.5 % of $ 2,000 -- \" We wo n't , \" said Obama 's aide in Sept. 2014 !".split(" "),
    {"Yes"},
  };

  private final MaxentRows model;
  private final int outcomes;
  /** Prior, outcome-prior feature and sentence-begin marks of each position. */
  private final double[][] positions = new double[POSITIONS][];
  /** Scores of the previous-tag features, indexed by {@link #tagPair}. */
  private final double[][] tagPairs;
  private final Map<Context, double[]> neighbourVectors = new ConcurrentHashMap<>();

  private final AdaptiveFeatureGenerator suffixes = new SuffixFeatureGenerator();
  private final AdaptiveFeatureGenerator prefixes = new PrefixFeatureGenerator();
  private final AdaptiveFeatureGenerator form = new TokenFeatureGenerator(true);
  private final AdaptiveFeatureGenerator tokenClass = new TokenClassFeatureGenerator(true);
  private final AdaptiveFeatureGenerator previousTags = new PosTaggerFeatureGenerator();

  /**
   * A word's scores at its own position (suffixes, prefixes, form, token class) and as each
   * neighbour, or null where the model has no parameters for it there. A neighbour's feature is
   * its one lower-cased form ("p1w=said"), so each neighbour vector is that one parameter row
   * spread over all outcomes (zero elsewhere): adding it adds the same numbers in the same order
   * as adding the row, in a loop the compiler vectorises.
   */
  record WordRows(
      double[] own, double[] prev1, double[] prev2, double[] next1, double[] next2) {}

  private PosFeatureScorer(AbstractModel tags, MaxentRows model) {
    this.model = model;
    this.outcomes = model.outcomes();
    List<String> always = features(new OutcomePriorFeatureGenerator(), new String[] {"x"}, 0, null);
    AdaptiveFeatureGenerator begin =
        new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), WINDOW, WINDOW);
    String[] dummy = new String[POSITIONS + WINDOW];
    Arrays.fill(dummy, "x");
    for (int i = 0; i < POSITIONS; i++) {
      List<String> features = new ArrayList<>(always);
      features.addAll(features(begin, dummy, i, null));
      double[] scores = model.sum(features);
      for (int o = 0; o < outcomes; o++) {
        scores[o] += model.prior();
      }
      positions[i] = scores;
    }
    tagPairs = new double[(outcomes + 1) * (outcomes + 1)][];
    String[] three = {"x", "x", "x"};
    tagPairs[tagPair(-1, -1)] = model.sum(features(previousTags, three, 0, new String[3]));
    for (int prev = 0; prev < outcomes; prev++) {
      String prevTag = tags.getOutcome(prev);
      tagPairs[tagPair(prev, -1)] =
          model.sum(features(previousTags, three, 1, new String[] {prevTag, null, null}));
      for (int prevPrev = 0; prevPrev < outcomes; prevPrev++) {
        String[] before = {tags.getOutcome(prevPrev), prevTag, null};
        tagPairs[tagPair(prev, prevPrev)] = model.sum(features(previousTags, three, 2, before));
      }
    }
  }

  /**
   * A scorer for the model, or empty when it is not a maxent model or its features are not the
   * default POS features this scorer rebuilds.
   */
  static Optional<PosFeatureScorer> of(POSModel pos) {
    Object artifact = pos.getArtifact("pos.model");
    Optional<MaxentRows> rows = MaxentRows.of(artifact);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    AbstractModel model = (AbstractModel) artifact;
    PosFeatureScorer scorer = new PosFeatureScorer(model, rows.get());
    if (features(scorer.form, new String[] {"x"}, 0, null).size() != 1) {
      return Optional.empty(); // a neighbour's rows summed up front would be added in another order
    }
    POSContextGenerator reference = pos.getFactory().getPOSContextGenerator(0);
    for (String[] words : PROBES) {
      String[] tags = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        tags[i] = model.getOutcome((i * 7) % model.getNumOutcomes());
      }
      for (int i = 0; i < words.length; i++) {
        List<String> expected = List.of(reference.getContext(i, words, tags, new Object[0]));
        if (!expected.equals(scorer.features(words, tags, i))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(scorer);
  }

  /**
   * Fills {@code scores} with the model's unnormalised log-scores of each outcome for token
   * {@code i}.
   *
   * @param rows the words' rows from {@link #rowsOf(String[])}
   * @param tags outcome indexes of the tokens before {@code i}
   */
  void score(WordRows[] rows, int i, int[] tags, double[] scores) {
    System.arraycopy(positions[Math.min(i, POSITIONS - 1)], 0, scores, 0, outcomes);
    add(rows[i].own, scores);
    if (i >= 1) {
      add(rows[i - 1].prev1, scores);
    }
    if (i >= 2) {
      add(rows[i - 2].prev2, scores);
    }
    if (i + 1 < rows.length) {
      add(rows[i + 1].next1, scores);
    }
    if (i + 2 < rows.length) {
      add(rows[i + 2].next2, scores);
    }
    add(tagPairs[tagPair(i >= 1 ? tags[i - 1] : -1, i >= 2 ? tags[i - 2] : -1)], scores);
  }

  /**
   * The parameter rows of each word, for {@link #score}; computed anew (the analyzer remembers
   * them per word form, {@link WordForms}).
   */
  WordRows[] rowsOf(String[] sentence) {
    WordRows[] rows = new WordRows[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      rows[i] = rowsOf(sentence[i]);
    }
    return rows;
  }

  int outcomes() {
    return outcomes;
  }

  private static void add(double[] vector, double[] scores) {
    if (vector == null) {
      return;
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] += vector[o];
    }
  }

  /** The features OpenNLP's POS context generator gives token {@code i}, in its order. */
  private List<String> features(String[] sentence, String[] tags, int i) {
    List<String> out = new ArrayList<>(features(new OutcomePriorFeatureGenerator(), sentence, i,
        null));
    out.addAll(ownFeatures(sentence[i]));
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.addAll(windowFeatures(sentence[i - k], WindowFeatureGenerator.PREV_PREFIX + k));
    }
    for (int k = 1; k <= WINDOW && i + k < sentence.length; k++) {
      out.addAll(windowFeatures(sentence[i + k], WindowFeatureGenerator.NEXT_PREFIX + k));
    }
    out.addAll(features(
        new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), WINDOW, WINDOW),
        sentence, i, null));
    out.addAll(features(tokenClass, new String[] {sentence[i]}, 0, null));
    out.addAll(features(previousTags, sentence, i, tags));
    return out;
  }

  /** The parameter rows of one word. */
  WordRows rowsOf(String word) {
    String[] one = {word};
    List<String> own = features(suffixes, one, 0, null);
    own.addAll(features(prefixes, one, 0, null));
    List<String> forms = features(form, one, 0, null);
    own.addAll(forms);
    own.addAll(features(tokenClass, one, 0, null));
    return new WordRows(
        model.sum(own),
        neighbour(window(forms, WindowFeatureGenerator.PREV_PREFIX + 1)),
        neighbour(window(forms, WindowFeatureGenerator.PREV_PREFIX + 2)),
        neighbour(window(forms, WindowFeatureGenerator.NEXT_PREFIX + 1)),
        neighbour(window(forms, WindowFeatureGenerator.NEXT_PREFIX + 2)));
  }

  /**
   * The row of a neighbour's one feature as a vector, or null when the model has none; one
   * vector per row, shared by the forms with that feature ("The", "the"), so that their number
   * is bounded by the model, not by the text.
   */
  private double[] neighbour(List<String> features) {
    Context[] rows = model.rowsOf(features);
    return rows.length == 0 ? null
        : neighbourVectors.computeIfAbsent(rows[0], row -> model.sum(features));
  }

  /** Suffixes, prefixes and lower-cased form: the word's features at its own position. */
  private List<String> ownFeatures(String word) {
    String[] one = {word};
    List<String> out = features(suffixes, one, 0, null);
    out.addAll(features(prefixes, one, 0, null));
    out.addAll(features(form, one, 0, null));
    return out;
  }

  private List<String> windowFeatures(String word, String prefix) {
    return window(features(form, new String[] {word}, 0, null), prefix);
  }

  /** A word's form features as seen from a neighbour: "p1w=said". */
  private static List<String> window(List<String> forms, String prefix) {
    List<String> out = new ArrayList<>(forms.size());
    for (String feature : forms) {
      out.add(prefix + feature);
    }
    return out;
  }

  private static List<String> features(
      AdaptiveFeatureGenerator generator, String[] sentence, int i, String[] tags) {
    List<String> out = new ArrayList<>();
    generator.createFeatures(out, sentence, i, tags);
    return out;
  }

  private int tagPair(int prev, int prevPrev) {
    return (prev + 1) * (outcomes + 1) + prevPrev + 1;
  }


}
