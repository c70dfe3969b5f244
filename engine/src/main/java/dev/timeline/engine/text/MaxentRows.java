package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The parameter rows of an OpenNLP maxent model, summed without {@code GISModel.eval}'s
 * normalisation. Greedy decoding only needs the best outcome, and the exponential and division
 * over every outcome (860 for the lemmatizer) cost more than the sums; the log-scores rank the
 * outcomes as the probabilities do. Thread-safe: the model is read-only.
 */
final class MaxentRows {
  /**
   * The rows of each model met, built once: a new analyzer (and each thread's lemmatizer) would
   * otherwise rebuild the table. By identity: AbstractModel's hashCode reads every parameter.
   */
  private static final Map<AbstractModel, MaxentRows> BY_MODEL = new IdentityHashMap<>();

  private final Map<String, Context> map;
  private final FeatureTable rows;
  private final int outcomes;
  private final double prior;

  @SuppressWarnings("unchecked")
  private MaxentRows(AbstractModel model) {
    this.map = (Map<String, Context>) model.getDataStructures()[1];
    this.rows = new FeatureTable(map);
    this.outcomes = model.getNumOutcomes();
    // GISModel starts every outcome from its uniform prior.
    this.prior = Math.log(1.0 / outcomes);
  }

  /** The rows of a maxent (GIS) model; empty for other model types. One per model object. */
  static Optional<MaxentRows> of(Object model) {
    if (!(model instanceof AbstractModel m
        && m.getModelType() == AbstractModel.ModelType.Maxent)) {
      return Optional.empty();
    }
    synchronized (BY_MODEL) {
      return Optional.of(BY_MODEL.computeIfAbsent(m, MaxentRows::new));
    }
  }

  int outcomes() {
    return outcomes;
  }

  /** Fills {@code scores} with the outcomes' unnormalised log-scores given the features. */
  void score(String[] features, double[] scores) {
    Arrays.fill(scores, prior);
    for (String feature : features) {
      Context row = rows.get(feature);
      if (row != null) {
        add(row, scores);
      }
    }
  }

  /** The row of one feature, or null when the model does not know it. */
  Context row(String feature) {
    return rows.get(feature);
  }

  /**
   * The row of the feature {@code head + word.substring(from, to)} without building it, or null;
   * {@code rangeHash} is the range's {@link String#hashCode} ({@link FeatureTable#get(String,
   * String, int, int, int)}).
   */
  Context row(String head, String word, int from, int to, int rangeHash) {
    return rows.get(head, word, from, to, rangeHash);
  }

  /**
   * The row of the feature {@code head + word + tail} without building it, or null; {@code
   * wordHash} is the word's {@link String#hashCode}.
   */
  Context row(String head, String word, int wordHash, String tail) {
    return rows.get(head, word, wordHash, tail);
  }

  /** The model's features (to find those of one family up front). */
  Iterable<String> features() {
    return map.keySet();
  }

  /** The rows of the features the model knows, in feature order. */
  Context[] rowsOf(List<String> features) {
    List<Context> out = new ArrayList<>(features.size());
    for (String feature : features) {
      Context row = rows.get(feature);
      if (row != null) {
        out.add(row);
      }
    }
    return out.toArray(Context[]::new);
  }

  /** A vector of the summed rows of the features (no prior). */
  double[] sum(List<String> features) {
    double[] scores = new double[outcomes];
    for (Context row : rowsOf(features)) {
      add(row, scores);
    }
    return scores;
  }

  /** The uniform prior every score starts from. */
  double prior() {
    return prior;
  }

  static void add(Context row, double[] scores) {
    int[] ids = row.getOutcomes();
    double[] weights = row.getParameters();
    for (int k = 0; k < ids.length; k++) {
      scores[ids[k]] += weights[k];
    }
  }
}
