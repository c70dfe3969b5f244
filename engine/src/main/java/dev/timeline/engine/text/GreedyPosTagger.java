package dev.timeline.engine.text;

import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Universal POS tags from the UD-EWT model, decoded greedily, left to right, straight from the
 * maxent model. OpenNLP's beam search (beam 3) copies the tag sequence at every step, which is
 * quadratic in sentence length (a hostile text without punctuation is one huge sentence), and
 * sorts all outcomes per token. Greedy decoding is linear and three to four times faster; on the
 * seed article plus 20 AQUAINT documents (62,480 tokens) it chose the same tag for every token as
 * the beam. Scores come from the shared {@link PosFeatureScorer} (per-word cached parameters)
 * when it accepts the model, else from the model with OpenNLP's context generator; without a
 * maxent model, OpenNLP's own tagger runs. Not thread-safe: one per thread.
 */
final class GreedyPosTagger {
  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator context;
  private final SequenceValidator<String> validator;
  private final PosFeatureScorer scorer;
  private final POSTaggerME fallback;

  GreedyPosTagger(POSModel pos, Optional<PosFeatureScorer> scorer) {
    Object artifact = pos.getArtifact("pos.model");
    if (artifact instanceof MaxentModel maxent) {
      model = maxent;
      context = pos.getFactory().getPOSContextGenerator(1);
      validator = pos.getFactory().getSequenceValidator();
      this.scorer = scorer.orElse(null);
      fallback = null;
    } else {
      model = null;
      context = null;
      validator = null;
      this.scorer = null;
      fallback = new POSTaggerME(pos, POSTagFormat.UD);
    }
  }

  String[] tag(String[] words) {
    return tag(words, scorer != null ? scorer.rowsOf(words) : null);
  }

  /**
   * @param rows the words' parameter rows from the scorer this tagger was given (ignored without
   *     one), or null to have them computed
   */
  String[] tag(String[] words, PosFeatureScorer.WordRows[] rows) {
    if (fallback != null) {
      return fallback.tag(words);
    }
    if (scorer == null) {
      return tagWithContexts(words);
    }
    return tagScored(words, rows != null ? rows : scorer.rowsOf(words));
  }

  private String[] tagScored(String[] words, PosFeatureScorer.WordRows[] rows) {
    String[] tags = new String[words.length];
    int[] outcomes = new int[words.length];
    double[] scores = new double[scorer.outcomes()];
    for (int i = 0; i < words.length; i++) {
      scorer.score(rows, i, outcomes, scores);
      outcomes[i] = GreedyChoice.best(model, validator, scores, i, words, tags);
      tags[i] = model.getOutcome(outcomes[i]);
    }
    return tags;
  }

  private String[] tagWithContexts(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] p = model.eval(context.getContext(i, words, tags, NO_CONTEXT));
      tags[i] = model.getOutcome(GreedyChoice.best(model, validator, p, i, words, tags));
    }
    return tags;
  }
}
