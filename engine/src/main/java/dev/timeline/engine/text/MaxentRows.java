package dev.timeline.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
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
  private final Map<String, Context> rows;
  private final int outcomes;
  private final double prior;

  @SuppressWarnings("unchecked")
  private MaxentRows(AbstractModel model) {
    this.rows = (Map<String, Context>) model.getDataStructures()[1];
    this.outcomes = model.getNumOutcomes();
    // GISModel starts every outcome from its uniform prior.
    this.prior = Math.log(1.0 / outcomes);
  }

  /** The rows of a maxent (GIS) model; empty for other model types. */
  static Optional<MaxentRows> of(Object model) {
    return model instanceof AbstractModel m && m.getModelType() == AbstractModel.ModelType.Maxent
        ? Optional.of(new MaxentRows(m))
        : Optional.empty();
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

  /** The model's features (to find those of one family up front). */
  Iterable<String> features() {
    return rows.keySet();
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
