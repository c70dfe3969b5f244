package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Lemmas from the UD-EWT lemmatizer model, decoded greedily like {@link GreedyPosTagger}: the
 * model's beam search sorts its hundreds of edit-script outcomes at every token, which made
 * lemmatization the slowest stage. Scores are the model's unnormalised sums ({@link MaxentRows}):
 * normalising 860 outcomes per token cost more than the rest. Falls back to OpenNLP's own
 * lemmatizer when the model is not a maxent model. Not thread-safe: one per thread.
 *
 * <p>The analyzer asks one word at a time. Such a word's features ({@link #oneWordFeatures},
 * OpenNLP's context generator rebuilt without its regular expressions; checked against it on
 * probe words)
 * begin with the word, its tag, the sentence-begin mark, that mark with the tag, that mark with
 * the word and the empty suffix; most words are unknown to the model as a word, and then the sum
 * of the prior and the tag's four wide rows (hundreds of outcomes each) is the same for every
 * word of that tag, so it is computed once per tag and copied: the same additions in the same
 * order as summing every row.
 */
final class GreedyLemmatizer {
  private static final String BEGIN = "p_1=bos";
  private static final String BEGIN_W0 = BEGIN + "w0=";
  private static final int SUFFIXES = 7;
  private static final int PREFIXES = 5;
  /** Positions of {@link #oneWordFeatures} that depend on the tag alone, in order. */
  private static final int[] TAG_FEATURES = {1, 2, 3, 5};
  private static final String[][] PROBES = {
    {"Running-Mates2", "NOUN"}, {"a", "DET"}, {"U.S.", "PROPN"}, {"said", "VERB"},
    {"\u00C9lan", "NOUN"}, {"x9", "X"}, {"co-chairs", "NOUN"}, {"Brightest", "ADJ"},
  };

  private final MaxentModel model;
  private final MaxentRows rows;
  private final double[] scores;
  private final LemmatizerContextGenerator context;
  private final SequenceValidator<String> validator;
  private final LemmatizerME fallback;
  /** Whether {@link #oneWordFeatures} are the context generator's (checked on probe words). */
  private final boolean oneWord;
  /** Per tag: the prior plus the rows of the features that depend on the tag alone. */
  private final Map<String, double[]> tagStarts = new HashMap<>();
  /** Per tag: the rows of its features 1, 2 and 3 of {@link #oneWordFeatures}. */
  private final Map<String, Context[]> tagRows = new HashMap<>();
  /** Rows of the features no word changes: the empty suffix and prefix, hyphen, capital, digit. */
  private final Context[] constant = new Context[5];
  /** The rows of one word's features ({@link #oneWordRows}); reused, as the lemmatizer is. */
  private final Context[] wordRows = new Context[22];

  GreedyLemmatizer(LemmatizerModel lemmas) {
    Object artifact = lemmas.getArtifact("lemmatizer.model");
    Optional<MaxentRows> maxentRows = MaxentRows.of(artifact);
    if (maxentRows.isPresent()) {
      model = (MaxentModel) artifact;
      rows = maxentRows.get();
      scores = new double[rows.outcomes()];
      context = lemmas.getFactory().getContextGenerator();
      validator = lemmas.getFactory().getSequenceValidator();
      fallback = null;
      String[] fixed = {"suf=null", "pre=null", "h", "c", "d"};
      for (int k = 0; k < fixed.length; k++) {
        constant[k] = rows.row(fixed[k]);
      }
      oneWord = sameFeatures(context) && sameRows();
    } else {
      model = null;
      rows = null;
      scores = null;
      context = null;
      validator = null;
      fallback = new LemmatizerME(lemmas);
      oneWord = false;
    }
  }

  private static boolean sameFeatures(LemmatizerContextGenerator context) {
    for (String[] probe : PROBES) {
      String[] expected = context.getContext(
          0, new String[] {probe[0]}, new String[1], new Object[] {new String[] {probe[1]}});
      if (!Arrays.equals(expected, oneWordFeatures(probe[0], probe[1]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #oneWordRows} finds the rows of {@link #oneWordFeatures} on the probe words. */
  private boolean sameRows() {
    for (String[] probe : PROBES) {
      if (!Arrays.equals(rowsOf(probe[0], probe[1]), featureRows(probe[0], probe[1]))) {
        return false;
      }
    }
    return true;
  }

  /** The rows {@link #oneWordRows} finds (for tests). */
  Context[] rowsOf(String word, String tag) {
    return Arrays.copyOf(wordRows, oneWordRows(word, tag));
  }

  /** The rows of the features {@link #oneWordFeatures} spells out (for tests). */
  Context[] featureRows(String word, String tag) {
    return Arrays.stream(oneWordFeatures(word, tag)).map(rows::row).toArray(Context[]::new);
  }

  /** @param tags Universal POS tags of the words */
  String[] lemmatize(String[] words, String[] tags) {
    if (fallback != null) {
      return fallback.lemmatize(words, tags);
    }
    if (words.length == 1 && oneWord) {
      return LemmatizerME.decodeLemmas(words, new String[] {oneWordScript(words, tags[0])});
    }
    Object[] extra = {tags};
    String[] scripts = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      rows.score(context.getContext(i, words, scripts, extra), scores);
      scripts[i] = model.getOutcome(GreedyChoice.best(model, validator, scores, i, words, scripts));
    }
    return LemmatizerME.decodeLemmas(words, scripts);
  }

  /** The edit script of a one-word sentence: the same sums as {@link MaxentRows#score}. */
  private String oneWordScript(String[] word, String tag) {
    int count = oneWordRows(word[0], tag);
    Context w0 = wordRows[0];
    Context bosW0 = wordRows[4];
    int next;
    if (w0 == null && bosW0 == null) {
      double[] start = tagStarts.get(tag);
      if (start == null) {
        Arrays.fill(scores, rows.prior());
        for (int k : TAG_FEATURES) {
          add(wordRows[k]);
        }
        start = scores.clone();
        tagStarts.put(tag, start);
      }
      System.arraycopy(start, 0, scores, 0, scores.length);
      next = TAG_FEATURES[TAG_FEATURES.length - 1] + 1;
    } else {
      Arrays.fill(scores, rows.prior());
      for (int k = 0; k < 5; k++) {
        add(wordRows[k]);
      }
      next = 5;
    }
    for (int k = next; k < count; k++) {
      add(wordRows[k]);
    }
    return model.getOutcome(GreedyChoice.best(model, validator, scores, 0, word, new String[1]));
  }

  /**
   * Fills {@link #wordRows} with the rows (null where the model has none) of {@link
   * #oneWordFeatures}, in its order, and answers how many: the same lookups without building the
   * feature strings. The word's affixes are hashed as they grow, one character at a time, and
   * the table is asked by hash and range ({@link MaxentRows#row(String, String, int, int, int)}).
   */
  private int oneWordRows(String word, String tag) {
    int n = word.length();
    int hash = word.hashCode();
    Context[] tagged = tagRows.computeIfAbsent(tag, t -> new Context[] {
        rows.row("t0=" + t), rows.row(BEGIN), rows.row(BEGIN + "t0=" + t)});
    int c = 0;
    wordRows[c++] = rows.row("w0=", word, 0, n, hash);
    wordRows[c++] = tagged[0];
    wordRows[c++] = tagged[1];
    wordRows[c++] = tagged[2];
    wordRows[c++] = rows.row(BEGIN_W0, word, 0, n, hash);
    wordRows[c++] = constant[0];
    int length = 0;
    int affix = 0;
    for (int k = 1; k < SUFFIXES; k++) {
      for (int want = Math.min(k + 1, n); length < want; length++) {
        affix += word.charAt(n - length - 1) * FeatureTable.power31(length);
      }
      wordRows[c++] = rows.row("suf=", word, n - length, n, affix);
    }
    wordRows[c++] = constant[1];
    length = 0;
    affix = 0;
    for (int k = 1; k < PREFIXES; k++) {
      for (int want = Math.min(k + 1, n); length < want; length++) {
        affix = 31 * affix + word.charAt(length);
      }
      wordRows[c++] = rows.row("pre=", word, 0, length, affix);
    }
    int marks = asciiMarks(word);
    if (word.indexOf('-') != -1) {
      wordRows[c++] = constant[2];
    }
    if ((marks & CAPITAL) != 0) {
      wordRows[c++] = constant[3];
    }
    if ((marks & DIGIT) != 0) {
      wordRows[c++] = constant[4];
    }
    return c;
  }

  private void add(Context row) {
    if (row != null) {
      MaxentRows.add(row, scores);
    }
  }

  /**
   * What OpenNLP's DefaultLemmatizerContextGenerator gives the only word of a sentence, in its
   * order: word, tag, sentence begin, begin and tag, begin and word, the empty suffix, six
   * suffixes, the empty prefix, four prefixes, and marks for a hyphen, an ASCII capital and an
   * ASCII digit. Positions 1, 2, 3 and 5 depend on the tag alone ({@link #TAG_FEATURES}).
   */
  static String[] oneWordFeatures(String word, String tag) {
    List<String> out = new ArrayList<>(22);
    String w0 = "w0=" + word;
    String t0 = "t0=" + tag;
    out.add(w0);
    out.add(t0);
    out.add(BEGIN);
    out.add(BEGIN + t0);
    out.add(BEGIN + w0);
    int n = word.length();
    out.add("suf=null");
    for (int k = 1; k < SUFFIXES; k++) {
      out.add("suf=" + word.substring(Math.max(n - k - 1, 0)));
    }
    out.add("pre=null");
    for (int k = 1; k < PREFIXES; k++) {
      out.add("pre=" + word.substring(0, Math.min(k + 1, n)));
    }
    if (word.indexOf('-') != -1) {
      out.add("h");
    }
    int marks = asciiMarks(word);
    if ((marks & CAPITAL) != 0) {
      out.add("c");
    }
    if ((marks & DIGIT) != 0) {
      out.add("d");
    }
    return out.toArray(String[]::new);
  }

  private static final int CAPITAL = 1;
  private static final int DIGIT = 2;

  /** {@link #CAPITAL} if the word has an ASCII capital, {@link #DIGIT} if an ASCII digit. */
  private static int asciiMarks(String word) {
    int marks = 0;
    for (int k = 0; k < word.length(); k++) {
      char ch = word.charAt(k);
      if (ch >= 'A' && ch <= 'Z') {
        marks |= CAPITAL;
      } else if (ch >= '0' && ch <= '9') {
        marks |= DIGIT;
      }
    }
    return marks;
  }
}
