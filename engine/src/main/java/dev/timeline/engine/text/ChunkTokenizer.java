package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * {@link TokenizerME}'s cuts of one whitespace-free chunk, with the parameter rows of the
 * character features looked up once instead of at every position. At each character OpenNLP
 * builds some fifteen feature strings ("p1=.", "p1_eos", "f12=S.", ...) and hashes each into the
 * model's map; all but the chunk's prefix and suffix depend only on one character or a pair of
 * them, so their rows are found up front (ASCII) and only the prefix and suffix are looked up.
 * The same rows are added in the same order and normalised as {@code GISModel.eval} does
 * ({@code StrictMath}), so the probabilities are OpenNLP's bit for bit: {@link #of} compares them
 * with the model's on probe chunks and declines a model or factory it does not reproduce.
 * Built once per model (its tables are some 200 KB). Thread-safe: read-only after construction.
 */
final class ChunkTokenizer {
  private static final String[] PROBES = {
    "U.S.,", "\"We", "(AP)", "Sept.", "$2,000.", "3.5%", "mid-2015;", "won't", "&amp;",
    "e-mail:info@example.com", "'til", "A.B.C.", "co-workers'", "\u00ABno\u00BB!!!",
    "x\u00E9\u4E2D.",
    "...", "--", "10:30p.m.", "http://example.com/a?b=c.", "O'Neill's",
  };
  /** Characters with rows found up front; the rest (rare) are looked up when met. */
  private static final int TABLE = 128;
  /** The tokenizer of each model met, or empty when declined; by identity, like MaxentRows. */
  private static final Map<TokenizerModel, Optional<ChunkTokenizer>> BY_MODEL =
      new IdentityHashMap<>();

  private final MaxentRows model;
  private final double prior;
  private final int outcomes;
  private final int split;
  private final Features generator = new Features();
  /** Rows of one character's features as each of p1, p2, f1, f2, indexed by character. */
  private final Context[][] p1 = new Context[TABLE][];
  private final Context[][] p2 = new Context[TABLE][];
  private final Context[][] f1 = new Context[TABLE][];
  private final Context[][] f2 = new Context[TABLE][];
  /** Rows of the character-pair features p21, p1f1, f12 of ASCII pairs, by {@link #pair}. */
  private final Context[] p21 = new Context[TABLE * TABLE];
  private final Context[] p1f1 = new Context[TABLE * TABLE];
  private final Context[] f12 = new Context[TABLE * TABLE];
  private final Context p2Bok;
  private final Context f2Bok;
  private final Context charCode;
  /** Longest "p=" and "s=" feature of the model: a longer prefix or suffix has no row. */
  private final int longestPrefix;
  private final int longestSuffix;

  /** OpenNLP's generator, for its character features. */
  private static final class Features extends DefaultTokenContextGenerator {
    List<String> of(String key, char c) {
      List<String> out = new ArrayList<>();
      addCharPreds(key, c, out);
      return out;
    }
  }

  private ChunkTokenizer(MaxentRows model, int split) {
    this.model = model;
    this.outcomes = model.outcomes();
    this.split = split;
    // UniformPrior: every outcome starts from log(1 / outcomes).
    this.prior = StrictMath.log(1.0 / outcomes);
    for (char c = 0; c < TABLE; c++) {
      p1[c] = charRows("p1", c);
      p2[c] = charRows("p2", c);
      f1[c] = charRows("f1", c);
      f2[c] = charRows("f2", c);
    }
    int prefix = 0;
    int suffix = 0;
    for (String feature : model.features()) {
      pairFeature(feature, "p21=", p21);
      pairFeature(feature, "p1f1=", p1f1);
      pairFeature(feature, "f12=", f12);
      if (feature.startsWith("p=")) {
        prefix = Math.max(prefix, feature.length() - 2);
      } else if (feature.startsWith("s=")) {
        suffix = Math.max(suffix, feature.length() - 2);
      }
    }
    longestPrefix = prefix;
    longestSuffix = suffix;
    p2Bok = model.row("p2=bok");
    f2Bok = model.row("f2=bok");
    charCode = model.row("cc");
  }

  /**
   * A tokenizer giving the model's answers, or empty when the model, its factory or its features
   * are not the plain ones this class reproduces (checked on probe chunks). One per model object.
   */
  static Optional<ChunkTokenizer> of(TokenizerModel tokens) {
    synchronized (BY_MODEL) {
      return BY_MODEL.computeIfAbsent(tokens, ChunkTokenizer::build);
    }
  }

  private static Optional<ChunkTokenizer> build(TokenizerModel tokens) {
    TokenizerFactory factory = tokens.getFactory();
    TokenContextGenerator reference = factory.getContextGenerator();
    Object artifact = tokens.getMaxentModel();
    Optional<MaxentRows> rows = MaxentRows.of(artifact);
    if (rows.isEmpty() || reference.getClass() != DefaultTokenContextGenerator.class
        || factory.getAbbreviationDictionary() != null
        || factory.isUseAlphaNumericOptimization()) {
      return Optional.empty();
    }
    AbstractModel model = (AbstractModel) artifact;
    int split = model.getIndex(TokenizerME.SPLIT);
    if (split < 0) {
      return Optional.empty();
    }
    ChunkTokenizer tokenizer = new ChunkTokenizer(rows.get(), split);
    double[] p = new double[model.getNumOutcomes()];
    for (String chunk : PROBES) {
      for (int j = 1; j < chunk.length(); j++) {
        tokenizer.probabilities(chunk, j, p);
        if (!Arrays.equals(p, model.eval(reference.getContext(chunk, j)))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(tokenizer);
  }

  /**
   * Offsets inside the chunk (no whitespace, at least two characters) where TokenizerME starts
   * a new token.
   */
  int[] cuts(String chunk) {
    double[] p = new double[outcomes];
    int[] cuts = new int[chunk.length()];
    int n = 0;
    for (int j = 1; j < chunk.length(); j++) {
      probabilities(chunk, j, p);
      int best = 0; // the first of equal maxima, as ArrayMath.argmax
      for (int o = 1; o < outcomes; o++) {
        if (p[best] < p[o]) {
          best = o;
        }
      }
      if (best == split) {
        cuts[n++] = j;
      }
    }
    return Arrays.copyOf(cuts, n);
  }

  /**
   * The model's probabilities at position {@code j}: DefaultTokenContextGenerator's features in
   * its order, summed and normalised as GISModel.eval does.
   */
  private void probabilities(String chunk, int j, double[] p) {
    Arrays.fill(p, prior);
    int n = chunk.length();
    if (j <= longestPrefix) {
      add(model.row("p=" + chunk.substring(0, j)), p);
    }
    if (n - j <= longestSuffix) {
      add(model.row("s=" + chunk.substring(j)), p);
    }
    char before = chunk.charAt(j - 1);
    char at = chunk.charAt(j);
    add(charRows(p1, "p1", before), p);
    if (j > 1) {
      char twoBefore = chunk.charAt(j - 2);
      add(charRows(p2, "p2", twoBefore), p);
      add(pairRow(p21, "p21=", twoBefore, before), p);
    } else {
      add(p2Bok, p);
    }
    add(pairRow(p1f1, "p1f1=", before, at), p);
    add(charRows(f1, "f1", at), p);
    if (j + 1 < n) {
      char after = chunk.charAt(j + 1);
      add(charRows(f2, "f2", after), p);
      add(pairRow(f12, "f12=", at, after), p);
    } else {
      add(f2Bok, p);
    }
    if (chunk.charAt(0) == '&' && chunk.charAt(n - 1) == ';') {
      add(charCode, p);
    }
    double normal = 0;
    for (int o = 0; o < outcomes; o++) {
      p[o] = StrictMath.exp(p[o]);
      normal += p[o];
    }
    for (int o = 0; o < outcomes; o++) {
      p[o] /= normal;
    }
  }

  private Context[] charRows(Context[][] table, String key, char c) {
    return c < TABLE ? table[c] : charRows(key, c);
  }

  private Context[] charRows(String key, char c) {
    return model.rowsOf(generator.of(key, c));
  }

  private Context pairRow(Context[] table, String key, char a, char b) {
    return a < TABLE && b < TABLE ? table[pair(a, b)] : model.row(key + a + b);
  }

  private static int pair(char a, char b) {
    return a * TABLE + b;
  }

  /** Files the row of a feature "key" + two ASCII characters under its pair. */
  private void pairFeature(String feature, String key, Context[] table) {
    if (feature.length() == key.length() + 2 && feature.startsWith(key)) {
      char a = feature.charAt(key.length());
      char b = feature.charAt(key.length() + 1);
      if (a < TABLE && b < TABLE) {
        table[pair(a, b)] = model.row(feature);
      }
    }
  }

  private static void add(Context row, double[] p) {
    if (row != null) {
      MaxentRows.add(row, p);
    }
  }

  private static void add(Context[] rows, double[] p) {
    for (Context row : rows) {
      MaxentRows.add(row, p);
    }
  }
}
