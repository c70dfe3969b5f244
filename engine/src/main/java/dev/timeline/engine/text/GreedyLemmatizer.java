package dev.timeline.engine.text;

import java.util.Optional;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Lemmas from the UD-EWT lemmatizer model, decoded greedily like {@link GreedyPosTagger}: the
 * model's beam search sorts its hundreds of edit-script outcomes at every token, which made
 * lemmatization the slowest stage. Scores are the model's unnormalised sums ({@link MaxentRows}):
 * normalising 860 outcomes per token cost more than the rest. Falls back to OpenNLP's own
 * lemmatizer when the model is not a maxent model. Not thread-safe: one per thread.
 */
final class GreedyLemmatizer {
  private final MaxentModel model;
  private final MaxentRows rows;
  private final double[] scores;
  private final LemmatizerContextGenerator context;
  private final SequenceValidator<String> validator;
  private final LemmatizerME fallback;

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
    } else {
      model = null;
      rows = null;
      scores = null;
      context = null;
      validator = null;
      fallback = new LemmatizerME(lemmas);
    }
  }

  /** @param tags Universal POS tags of the words */
  String[] lemmatize(String[] words, String[] tags) {
    if (fallback != null) {
      return fallback.lemmatize(words, tags);
    }
    Object[] extra = {tags};
    String[] scripts = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      rows.score(context.getContext(i, words, scripts, extra), scores);
      scripts[i] = model.getOutcome(GreedyChoice.best(model, validator, scores, i, words, scripts));
    }
    return LemmatizerME.decodeLemmas(words, scripts);
  }
}
