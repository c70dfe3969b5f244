package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Span;
import dev.timeline.engine.eval.TimeMlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of the text analysis give OpenNLP's own answers: the memoized tokenizer (and its
 * {@link ChunkTokenizer}) the statistical tokenizer's tokens (with OpenNLP's alphanumeric
 * optimisation), the per-word POS
 * scorer the tags of the model evaluated on OpenNLP's feature strings, the one-word lemmatizer
 * the lemmas of the same sums over OpenNLP's feature strings. Checked on our fixtures,
 * an adversarial sample and, when the research data is beside the checkout, the first TimeBank
 * documents.
 */
class SameAnswersAsOpenNlpTest {
  private static final OpenNlpModels MODELS = OpenNlpModels.get();
  /** Enough for some 20,000 tokens of news at a few seconds of test time. */
  private static final int TIMEBANK_DOCUMENTS = 40;
  private static final String ODDITIES =
      "U.S.-led strikes on Sept. 14th, 2014 (3.5% of $2,000,000) weren't \"over\" -- 'til "
          + "mid-2015; e-mail info@example.com at 10:30p.m. or see http://example.com/a?b=c. "
          + "Mr. O'Neill's co-workers said: \u00ABno\u00BB!!! ... 1990s-era A.B.C.D.E.F. x";

  @Test
  void theShippedPosModelIsScoredPerWord() {
    assertThat(PosFeatureScorer.of(MODELS.pos)).isPresent();
  }

  @Test
  void theShippedTokenizerModelIsEvaluatedWithoutFeatureStrings() {
    assertThat(ChunkTokenizer.of(MODELS.tokens)).isPresent();
    // Its tables are built once per model, not per analyzer.
    assertThat(ChunkTokenizer.of(MODELS.tokens).get())
        .isSameAs(ChunkTokenizer.of(MODELS.tokens).get());
  }

  @Test
  void memoizedTokensAreTheAlphanumericOptimisedTokenizersTokens() {
    MemoizedTokenizer memoized = new MemoizedTokenizer(MODELS.tokens);
    TokenizerFactory plain = MODELS.tokens.getFactory();
    TokenizerME reference = new TokenizerME(new TokenizerModel(MODELS.tokens.getMaxentModel(),
        Map.of(), new TokenizerFactory(plain.getLanguageCode(), plain.getAbbreviationDictionary(),
            true, Pattern.compile("^[A-Za-z0-9]+$"))));
    int compared = 0;
    for (String line : lines()) {
      List<Span> expected = new ArrayList<>();
      for (opennlp.tools.util.Span s : reference.tokenizePos(line)) {
        expected.add(new Span(7 + s.getStart(), 7 + s.getEnd()));
      }
      List<Span> actual = new ArrayList<>();
      // Twice: the second pass answers from the memo.
      memoized.tokenize(line, 7, new ArrayList<>());
      memoized.tokenize(line, 7, actual);
      assertThat(actual).as(line).isEqualTo(expected);
      compared += expected.size();
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  @Test
  void perWordScoresChooseTheSameTagsAsTheModelOnOpenNlpFeatures() {
    GreedyPosTagger scored = new GreedyPosTagger(MODELS.pos, PosFeatureScorer.of(MODELS.pos));
    GreedyPosTagger reference = new GreedyPosTagger(MODELS.pos, Optional.empty());
    TokenizerME tokenizer = new TokenizerME(MODELS.tokens);
    int compared = 0;
    for (String line : lines()) {
      String[] words = tokenizer.tokenize(line);
      assertThat(scored.tag(words)).as(line).containsExactly(reference.tag(words));
      compared += words.length;
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  @Test
  void oneWordLemmasAreTheGreedyLemmasOnOpenNlpFeatures() {
    GreedyLemmatizer lemmatizer = new GreedyLemmatizer(MODELS.lemmas);
    MaxentModel model = (MaxentModel) MODELS.lemmas.getArtifact("lemmatizer.model");
    MaxentRows rows = MaxentRows.of(model).orElseThrow();
    LemmatizerContextGenerator context = MODELS.lemmas.getFactory().getContextGenerator();
    SequenceValidator<String> validator = MODELS.lemmas.getFactory().getSequenceValidator();
    double[] scores = new double[rows.outcomes()];
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines()) {
      words.addAll(Arrays.asList(line.split("\\s+")));
    }
    int compared = 0;
    for (String word : words) {
      for (String tag : new String[] {"NOUN", "VERB", "ADJ", "PROPN"}) {
        String[] one = {word};
        String[] features =
            context.getContext(0, one, new String[1], new Object[] {new String[] {tag}});
        assertThat(GreedyLemmatizer.oneWordFeatures(word, tag)).containsExactly(features);
        rows.score(features, scores);
        String script = model.getOutcome(GreedyChoice.best(model, validator, scores, 0, one,
            new String[1]));
        assertThat(lemmatizer.lemmatize(one, new String[] {tag})).as(word + " " + tag)
            .containsExactly(LemmatizerME.decodeLemmas(one, new String[] {script}));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20_000);
  }

  /** Non-blank lines of our fixtures, the oddities and TimeBank's texts when present. */
  private static List<String> lines() {
    List<String> texts = new ArrayList<>();
    texts.add(ODDITIES);
    Path testdata = Path.of(System.getProperty("timeline.testdata", "../testdata"));
    try (Stream<Path> files = Files.walk(testdata)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String shared = System.getProperty("timeline.shared");
    Path timeBank = shared == null ? null : Path.of(shared, "corpora", "tbaq", "TimeBank");
    if (timeBank != null && Files.isDirectory(timeBank)) {
      TimeMlReader reader = new TimeMlReader();
      for (Path doc : TimeMlReader.listCorpus(timeBank).stream().limit(TIMEBANK_DOCUMENTS).toList()) {
        texts.add(reader.read(doc).text());
      }
    }
    return texts.stream().flatMap(t -> Arrays.stream(t.split("\n")))
        .filter(l -> !l.isBlank()).toList();
  }
}
