package dev.timeline.engine.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * One step of greedy decoding, shared by the tagger and the lemmatizer: the most probable outcome
 * the model's sequence validator accepts (almost always simply the most probable one). Replaces
 * OpenNLP's beam search, which gave the same output on our texts at several times the cost.
 */
final class GreedyChoice {
  private GreedyChoice() {}

  static String best(
      MaxentModel model,
      SequenceValidator<String> validator,
      double[] p,
      int i,
      String[] words,
      String[] outcomesSoFar) {
    boolean[] rejected = new boolean[p.length];
    for (int tries = 0; tries < p.length; tries++) {
      int best = -1;
      for (int o = 0; o < p.length; o++) {
        if (!rejected[o] && (best < 0 || p[o] > p[best])) {
          best = o;
        }
      }
      String outcome = model.getOutcome(best);
      if (validator == null || validator.validSequence(i, words, outcomesSoFar, outcome)) {
        return outcome;
      }
      rejected[best] = true;
    }
    return model.getOutcome(0);
  }
}
