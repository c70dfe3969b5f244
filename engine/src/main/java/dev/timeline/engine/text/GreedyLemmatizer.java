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
      oneWord = sameFeatures(context);
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
    String[] features = oneWordFeatures(word[0], tag);
    Context w0 = rows.row(features[0]);
    Context bosW0 = rows.row(features[4]);
    int next;
    if (w0 == null && bosW0 == null) {
      double[] start = tagStarts.get(tag);
      if (start == null) {
        Arrays.fill(scores, rows.prior());
        for (int k : TAG_FEATURES) {
          add(rows.row(features[k]));
        }
        start = scores.clone();
        tagStarts.put(tag, start);
      }
      System.arraycopy(start, 0, scores, 0, scores.length);
      next = TAG_FEATURES[TAG_FEATURES.length - 1] + 1;
    } else {
      Arrays.fill(scores, rows.prior());
      add(w0);
      for (int k = 1; k < 4; k++) {
        add(rows.row(features[k]));
      }
      add(bosW0);
      next = 5;
    }
    for (int k = next; k < features.length; k++) {
      add(rows.row(features[k]));
    }
    return model.getOutcome(GreedyChoice.best(model, validator, scores, 0, word, new String[1]));
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
    boolean capital = false;
    boolean digit = false;
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      capital |= c >= 'A' && c <= 'Z';
      digit |= c >= '0' && c <= '9';
    }
    if (capital) {
      out.add("c");
    }
    if (digit) {
      out.add("d");
    }
    return out.toArray(String[]::new);
  }
}
