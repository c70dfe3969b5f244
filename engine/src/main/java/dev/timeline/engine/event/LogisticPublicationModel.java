package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multinomial logistic regression over binary features: each feature carries one weight per
 * class, the class with the highest sum wins. The weights are data ({@code
 * publication-model.tsv}: {@code feature<TAB>BEFORE<TAB>AFTER<TAB>OVERLAP}), written by {@code
 * PublicationModelTraining} (test scope) from TimeBank; the corpus itself is not shipped.
 */
final class LogisticPublicationModel implements PublicationModel {
  /** The classes in the order of the weight columns. */
  static final List<TemporalRelation> CLASSES =
      List.of(TemporalRelation.BEFORE, TemporalRelation.AFTER, TemporalRelation.OVERLAP);

  static final LogisticPublicationModel STANDARD =
      parse(RuleData.lines(LogisticPublicationModel.class, "publication-model.tsv"));

  private final Map<String, double[]> weights;

  LogisticPublicationModel(Map<String, double[]> weights) {
    Map<String, double[]> copy = new HashMap<>();
    weights.forEach((f, w) -> copy.put(f, w.clone()));
    this.weights = copy;
  }

  static LogisticPublicationModel parse(List<String> lines) {
    Map<String, double[]> weights = new HashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length != CLASSES.size() + 1) {
        throw new IllegalStateException("bad publication model line: " + line);
      }
      double[] w = new double[CLASSES.size()];
      for (int c = 0; c < w.length; c++) {
        w[c] = Double.parseDouble(cols[c + 1]);
      }
      weights.put(cols[0], w);
    }
    return new LogisticPublicationModel(weights);
  }

  /** The weights by feature (a copy). */
  Map<String, double[]> weights() {
    Map<String, double[]> copy = new HashMap<>();
    weights.forEach((f, w) -> copy.put(f, w.clone()));
    return copy;
  }

  @Override
  public Optional<TemporalRelation> relation(List<String> features) {
    double[] score = scores(features);
    int best = 0;
    for (int c = 1; c < score.length; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return Optional.of(CLASSES.get(best));
  }

  /** The summed weights of each class (unnormalised log-probabilities). */
  double[] scores(List<String> features) {
    double[] score = new double[CLASSES.size()];
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int c = 0; c < score.length; c++) {
          score[c] += w[c];
        }
      }
    }
    return score;
  }
}
