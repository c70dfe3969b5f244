package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * The feature rows looked up by hash and range (no feature string built) are the rows of the
 * spelt-out features: in the table itself, in the lemmatizer's one-word features and in the
 * part-of-speech scorer's word rows.
 */
class FeatureLookupsTest {
  /** Invented words of every shape the lookups treat apart: short, long, capitals, digits, hyphens, non-ASCII. */
  private static final String[] WORDS = {
    "", "a", "Zo", "it's", "reboots", "Quellmarsh", "re-tiled", "B7", "42", "1,250.75", "--",
    "\u00C9tienne", "na\u00EFvet\u00E9", "\u0130stanbulish", "\uD83D\uDE00ok", "Grumbleford-on-Tyne",
    "x".repeat(70), "Ab9-".repeat(20),
  };
  private static final String[] TAGS = {"NOUN", "VERB", "ADJ", "PROPN", "NUM", "X", "AUX"};

  @Test
  void theTableFindsAFeatureByHeadAndRange() {
    Map<String, Context> map = new HashMap<>();
    String[] heads = {"suf=", "pre=", "w=", ""};
    for (String word : WORDS) {
      for (int from = 0; from <= word.length(); from += 3) {
        map.put(heads[from % heads.length] + word.substring(from), new Context(new int[0], new double[0]));
      }
    }
    FeatureTable table = new FeatureTable(map);
    for (String head : heads) {
      for (String word : WORDS) {
        for (int from = 0; from <= word.length(); from++) {
          for (int to = from; to <= word.length(); to++) {
            String range = word.substring(from, to);
            assertThat(table.get(head, word, from, to, range.hashCode()))
                .as("%s|%s", head, range).isSameAs(table.get(head + range));
          }
        }
      }
    }
  }

  @Test
  void theTableFindsAFeatureByHeadWordAndTail() {
    Map<String, Context> map = new HashMap<>();
    String[] tails = {",lc", ",ic", "", ",other"};
    for (int k = 0; k < WORDS.length; k++) {
      map.put("w&c=" + WORDS[k] + tails[k % tails.length], new Context(new int[0], new double[0]));
    }
    FeatureTable table = new FeatureTable(map);
    for (String head : new String[] {"w&c=", "wc=", ""}) {
      for (String word : WORDS) {
        for (String tail : tails) {
          assertThat(table.get(head, word, word.hashCode(), tail))
              .as("%s|%s|%s", head, word, tail).isSameAs(table.get(head + word + tail));
        }
      }
    }
  }

  @Test
  void theLemmatizerFindsTheRowsOfItsOneWordFeatures() {
    GreedyLemmatizer lemmatizer = new GreedyLemmatizer(OpenNlpModels.get().lemmas);
    for (String word : WORDS) {
      for (String tag : TAGS) {
        assertThat(lemmatizer.rowsOf(word, tag)).as("%s/%s", word, tag)
            .containsExactly(lemmatizer.featureRows(word, tag));
      }
    }
  }

  @Test
  void thePosScorerSumsTheRowsOfTheWordsFeatures() {
    PosFeatureScorer scorer = PosFeatureScorer.of(OpenNlpModels.get().pos).orElseThrow();
    for (String word : WORDS) {
      assertThat(scorer.sameRows(word)).as(word).isTrue();
      assertThat(scorer.sameRows(word.toUpperCase(java.util.Locale.ROOT))).as(word).isTrue();
    }
  }
}
