package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbEndingsTest {
  @ParameterizedTest
  @CsvSource({
      "declared, declare", "says, say", "watches, watch", "stopped, stop", "planning, plan",
      "running, run", "been, be", "seen, see", "taken, take", "done, do", "gone, go",
      "meant, mean", "rose, rise", "was, be", "declare, declare"})
  void realInflectionsAndIrregularLemmasPass(String word, String lemma) {
    assertThat(VerbEndings.plausibleCut(word, lemma)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"declare, decla", "declare, declar", "compare, compa", "store, sto"})
  void lettersThatAreNoEndingAreRefused(String word, String lemma) {
    assertThat(VerbEndings.plausibleCut(word, lemma)).isFalse();
  }

  @Test
  void aBaseFormMistaggedAsPastKeepsItsLemma() {
    AnalyzedText a = new OpenNlpTextAnalyzer().analyze("He then asserted, \u201cI declare, with all"
        + " responsibility, that whoever gets it.\u201d");
    assertThat(a.tokens()).filteredOn(t -> t.text().equals("declare"))
        .extracting(Token::lemma).containsExactly("declare");
  }
}
