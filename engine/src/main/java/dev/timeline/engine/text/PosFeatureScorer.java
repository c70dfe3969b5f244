package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
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
    {"\u0130zmir", "\u03A3\u039F\u03A6\u039F\u03A3", "na\u00EFve", "a", "--"},
  };
  /** The default affix length of OpenNLP's suffix and prefix feature generators. */
  private static final int AFFIXES = 4;
  private static final String FORM = "w=";
  private static final String PREV1 = WindowFeatureGenerator.PREV_PREFIX + 1 + FORM;
  private static final String PREV2 = WindowFeatureGenerator.PREV_PREFIX + 2 + FORM;
  private static final String NEXT1 = WindowFeatureGenerator.NEXT_PREFIX + 1 + FORM;
  private static final String NEXT2 = WindowFeatureGenerator.NEXT_PREFIX + 2 + FORM;

  private final MaxentRows model;
  private final int outcomes;
  /** Prior, outcome-prior feature and sentence-begin marks of each position. */
  private final double[][] positions = new double[POSITIONS][];
  /** Scores of the previous-tag features, indexed by {@link #tagPair}. */
  private final double[][] tagPairs;
  /**
   * A lower-cased form's rows as each neighbour, for the forms the model knows as a neighbour:
   * shared by the forms that differ in case ("The", "the"), bounded by the model, not the text.
   */
  private final Map<String, Neighbour> neighbours = new ConcurrentHashMap<>();

  private final AdaptiveFeatureGenerator form = new TokenFeatureGenerator(true);
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

  private record Neighbour(double[] prev1, double[] prev2, double[] next1, double[] next2) {}

  private static final Neighbour UNKNOWN = new Neighbour(null, null, null, null);

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
      for (String word : words) {
        if (!scorer.sameRows(word)) {
          return Optional.empty();
        }
      }
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
   * Whether {@link #rowsOf(String)} finds the rows of the word's features as spelt out: the same
   * own sum, bit for bit, and the same neighbour rows.
   */
  boolean sameRows(String word) {
    WordRows rows = rowsOf(word);
    String lower = lowerCase(word);
    return Arrays.equals(rows.own(), model.sum(ownFeatures(word)))
        && sameVector(rows.prev1(), PREV1 + lower)
        && sameVector(rows.prev2(), PREV2 + lower)
        && sameVector(rows.next1(), NEXT1 + lower)
        && sameVector(rows.next2(), NEXT2 + lower);
  }

  private boolean sameVector(double[] vector, String feature) {
    Context row = model.row(feature);
    if (row == null || vector == null) {
      return row == null && vector == null;
    }
    double[] expected = new double[outcomes];
    MaxentRows.add(row, expected);
    return Arrays.equals(vector, expected);
  }

  /**
   * Fills {@code scores} with the model's unnormalised log-scores of each outcome for token
   * {@code i}.
   *
   * @param rows the words' rows from {@link #rowsOf(String[])}
   * @param tags outcome indexes of the tokens before {@code i}
   */
  void score(WordRows[] rows, int i, int[] tags, double[] scores) {
    // One pass over the outcomes, adding the vectors in the order they were once added one by
    // one: the same sums, without writing and rereading the scores six times.
    double[] base = positions[Math.min(i, POSITIONS - 1)];
    double[] own = rows[i].own;
    double[] prev1 = i >= 1 ? rows[i - 1].prev1 : null;
    double[] prev2 = i >= 2 ? rows[i - 2].prev2 : null;
    double[] next1 = i + 1 < rows.length ? rows[i + 1].next1 : null;
    double[] next2 = i + 2 < rows.length ? rows[i + 2].next2 : null;
    double[] pair = tagPairs[tagPair(i >= 1 ? tags[i - 1] : -1, i >= 2 ? tags[i - 2] : -1)];
    for (int o = 0; o < outcomes; o++) {
      double sum = base[o];
      if (own != null) {
        sum += own[o];
      }
      if (prev1 != null) {
        sum += prev1[o];
      }
      if (prev2 != null) {
        sum += prev2[o];
      }
      if (next1 != null) {
        sum += next1[o];
      }
      if (next2 != null) {
        sum += next2[o];
      }
      scores[o] = pair != null ? sum + pair[o] : sum;
    }
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

  /**
   * The features OpenNLP's POS context generator gives token {@code i}, in its order; the word's
   * own and neighbour features are this class's rebuilding of them, so that {@link #of} checks it.
   */
  private List<String> features(String[] sentence, String[] tags, int i) {
    List<String> out = new ArrayList<>(features(new OutcomePriorFeatureGenerator(), sentence, i,
        null));
    String lower = lowerCase(sentence[i]);
    affixesAndForm(sentence[i], lower, out);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add(WindowFeatureGenerator.PREV_PREFIX + k + FORM + lowerCase(sentence[i - k]));
    }
    for (int k = 1; k <= WINDOW && i + k < sentence.length; k++) {
      out.add(WindowFeatureGenerator.NEXT_PREFIX + k + FORM + lowerCase(sentence[i + k]));
    }
    out.addAll(features(
        new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), WINDOW, WINDOW),
        sentence, i, null));
    wordClass(sentence[i], lower, out);
    out.addAll(features(previousTags, sentence, i, tags));
    return out;
  }

  /**
   * The parameter rows of one word: the rows of its own features ({@link #ownFeatures}) summed in
   * their order, their affixes and forms looked up by hash without building the feature strings
   * ({@link MaxentRows#row(String, String, int, int, int)}; {@link #of} checks the sums on the
   * probe words).
   */
  WordRows rowsOf(String word) {
    String lower = lowerCase(word);
    int lowerHash = lower.hashCode();
    double[] own = new double[outcomes];
    int n = word.length();
    int affixes = Math.min(AFFIXES, n);
    int affix = 0;
    for (int k = 0; k < affixes; k++) {
      affix += word.charAt(n - 1 - k) * FeatureTable.power31(k);
      addRow(model.row("suf=", word, n - 1 - k, n, affix), own);
    }
    affix = 0;
    for (int k = 0; k < affixes; k++) {
      affix = 31 * affix + word.charAt(k);
      addRow(model.row("pre=", word, 0, k + 1, affix), own);
    }
    addRow(model.row(FORM, lower, 0, lower.length(), lowerHash), own);
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    addRow(model.row("wc=", wordClass, 0, wordClass.length(), wordClass.hashCode()), own);
    addRow(model.row("w&c=", lower, lowerHash, "," + wordClass), own);
    Neighbour around = neighbours.get(lower);
    if (around == null) {
      around = new Neighbour(
          neighbour(PREV1, lower, lowerHash),
          neighbour(PREV2, lower, lowerHash),
          neighbour(NEXT1, lower, lowerHash),
          neighbour(NEXT2, lower, lowerHash));
      if (around.prev1 == null && around.prev2 == null && around.next1 == null
          && around.next2 == null) {
        around = UNKNOWN; // not remembered: the text, not the model, bounds unknown forms
      } else {
        Neighbour known = neighbours.putIfAbsent(lower, around);
        around = known != null ? known : around;
      }
    }
    return new WordRows(own, around.prev1, around.prev2, around.next1, around.next2);
  }

  /** The word's own features (suffixes, prefixes, form, token class), as {@link #features}. */
  private static List<String> ownFeatures(String word) {
    String lower = lowerCase(word);
    List<String> own = new ArrayList<>(2 * AFFIXES + 3);
    affixesAndForm(word, lower, own);
    wordClass(word, lower, own);
    return own;
  }

  private static void addRow(Context row, double[] scores) {
    if (row != null) {
      MaxentRows.add(row, scores);
    }
  }

  /**
   * The row of a neighbour's one feature ("p1w=said") as a vector over all outcomes, or null
   * when the model has none.
   */
  private double[] neighbour(String head, String lower, int lowerHash) {
    Context row = model.row(head, lower, 0, lower.length(), lowerHash);
    if (row == null) {
      return null;
    }
    double[] vector = new double[outcomes];
    MaxentRows.add(row, vector);
    return vector;
  }

  /**
   * OpenNLP's suffix, prefix and lower-cased token features (default lengths), in their order,
   * built without the generators' per-call lower-casing and lists.
   */
  private static void affixesAndForm(String word, String lower, List<String> out) {
    int n = Math.min(AFFIXES, word.length());
    for (int k = 0; k < n; k++) {
      out.add("suf=" + word.substring(word.length() - 1 - k));
    }
    for (int k = 0; k < n; k++) {
      out.add("pre=" + word.substring(0, k + 1));
    }
    out.add(FORM + lower);
  }

  /** OpenNLP's token class features with the word-and-class feature. */
  private static void wordClass(String word, String lower, List<String> out) {
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    out.add("wc=" + wordClass);
    out.add("w&c=" + lower + "," + wordClass);
  }

  /**
   * OpenNLP's lower case ({@code StringUtil.toLowerCase}, code point by code point); the same
   * as {@code String.toLowerCase} on ASCII, which is cheaper.
   */
  private static String lowerCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) >= 0x80) {
        return StringUtil.toLowerCase(word);
      }
    }
    return word.toLowerCase(Locale.ROOT);
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
