package dev.timeline.engine.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * One step of greedy decoding, shared by the tagger and the lemmatizer: the highest-scoring
 * outcome the model's sequence validator accepts (almost always simply the highest-scoring one).
 * Replaces OpenNLP's beam search, which gave the same output on our texts at several times the
 * cost. Scores may be probabilities or any monotonic function of them.
 */
final class GreedyChoice {
  private GreedyChoice() {}

  /** The index of the chosen outcome. */
  static int best(
      MaxentModel model,
      SequenceValidator<String> validator,
      double[] p,
      int i,
      String[] words,
      String[] outcomesSoFar) {
    boolean[] rejected = null;
    for (int tries = 0; tries < p.length; tries++) {
      int best = -1;
      for (int o = 0; o < p.length; o++) {
        if ((rejected == null || !rejected[o]) && (best < 0 || p[o] > p[best])) {
          best = o;
        }
      }
      if (validator == null
          || validator.validSequence(i, words, outcomesSoFar, model.getOutcome(best))) {
        return best;
      }
      if (rejected == null) {
        rejected = new boolean[p.length];
      }
      rejected[best] = true;
    }
    return 0;
  }
}
