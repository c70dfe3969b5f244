package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpenNlpTextAnalyzerTest {
  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

  private static String tagged(Sentence s) {
    return s.tokens().stream().map(t -> t.text() + "/" + t.pos()).collect(Collectors.joining(" "));
  }

  @Test
  void aCancelledCallStopsBetweenSentences() {
    String text = "The army moved. ".repeat(200);
    java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
    dev.timeline.engine.Cancellation afterFive = () -> polls.incrementAndGet() > 5;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ANALYZER.analyze(text, afterFive))
        .isInstanceOf(dev.timeline.engine.Cancellation.CancelledException.class);
    assertThat(polls.get()).isEqualTo(6);
  }

  @Test
  void aMillionDigitsAreOneTokenAndTheTextAroundIsTokenizedAsUsual() {
    String digits = "1".repeat(1_000_000);
    AnalyzedText a = ANALYZER.analyze("Talks began on Monday, he said. " + digits + " Lavrov didn't agree.");
    assertThat(a.tokens()).extracting(Token::text)
        .containsExactly("Talks", "began", "on", "Monday", ",", "he", "said", ".", digits,
            "Lavrov", "did", "n't", "agree", ".");
  }

  @Test
  void onlyRunsOverTheLimitEscapeTheTokenizer() {
    String atLimit = "a,".repeat(MemoizedTokenizer.MAX_TOKENIZED_RUN / 2);
    assertThat(ANALYZER.analyze("x " + atLimit + " y").tokens()).hasSizeGreaterThan(3);
    assertThat(ANALYZER.analyze("x " + atLimit + "a y").tokens()).extracting(Token::text)
        .containsExactly("x", atLimit + "a", "y");
  }

  @Test
  void tokenSpansPointIntoTheOriginalText() {
    String text = "Russia\u2019s army didn\u2019t move \u2013 yet.\n\nOn Sunday, \u201CLavrov asked.\u201D";
    AnalyzedText a = ANALYZER.analyze(text);
    assertThat(a.sentences()).hasSize(2);
    for (Token t : a.tokens()) {
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
    assertThat(a.tokens()).extracting(Token::text)
        .containsSubsequence("Russia", "\u2019s", "army", "did", "n\u2019t", "move", "\u2013", "yet");
    assertThat(a.tokens()).extracting(Token::index)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, a.tokens().size()).boxed().toList());
  }

  @Test
  void verbFormsGetPennTagsAndLemmas() {
    AnalyzedText a = ANALYZER.analyze(
        "The country sent weapons when the civil war began. He has been running since 2003. "
            + "The government installed in 2003 is close to Putin. Russia may join the fight. "
            + "She says they are leaving.");
    String all = a.sentences().stream().map(OpenNlpTextAnalyzerTest::tagged)
        .collect(Collectors.joining(" | "));
    assertThat(all).contains("sent/VBD", "began/VBD", "has/VBZ", "been/VBN", "running/VBG",
        "installed/VBN", "is/VBZ", "may/MD", "join/VB", "says/VBZ", "are/VBP", "leaving/VBG",
        "weapons/NNS", "war/NN", "Russia/NNP", "the/DT", "2003/CD");
    List<String> lemmas = a.tokens().stream().map(Token::lemma).toList();
    assertThat(lemmas).contains("send", "begin", "run", "weapon", "install", "be");
  }

  @Test
  void headingLinesAndParagraphsAreSentencesOfTheirOwn() {
    AnalyzedText a = ANALYZER.analyze(
        "Russia Considers Joining the Fight\n\nRussia Considers Joining the Fight\n\n"
            + "Leaders are sending mixed messages. Lavrov insisted.");
    assertThat(a.sentences()).extracting(s -> s.text(a.text()))
        .containsExactly("Russia Considers Joining the Fight", "Russia Considers Joining the Fight",
            "Leaders are sending mixed messages.", "Lavrov insisted.");
  }

  @Test
  void contractionsAreSplit() {
    AnalyzedText a = ANALYZER.analyze("We won't wait. Syria's army can't win.");
    assertThat(a.tokens()).extracting(t -> t.text() + "/" + t.pos() + "/" + t.lemma())
        .contains("wo/MD/will", "n't/RB/not", "'s/POS/'s", "ca/MD/can");
  }

  @Test
  void oneAnalyzerServesManyThreads() throws IOException {
    String text = Files.readString(
        Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt"));
    AnalyzedText expected = new OpenNlpTextAnalyzer().analyze(text);
    List<AnalyzedText> parallel = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(i -> ANALYZER.analyze(text)).toList();
    assertThat(parallel).allSatisfy(a -> assertThat(a).isEqualTo(expected));
  }

  @Test
  void aTextsAnalysisDoesNotDependOnWhatWasAnalysedBefore() {
    // The lemmatizer reads neighbouring words; a lemma cached from one context must not be what
    // another text gets (it was: "monitoring" came out as "monitore" or "monitoring").
    List<String> texts = List.of("Crews were monitoring roads near Arrays and Logistics.",
        "Officials began monitoring the antenna arrays at Northwind Logistics.",
        "Two new fishermen repaid over a decade.", "The first new director, Tomas, repaid it.");
    for (String text : texts) {
      AnalyzedText fresh = new OpenNlpTextAnalyzer().analyze(text);
      OpenNlpTextAnalyzer used = new OpenNlpTextAnalyzer();
      texts.forEach(used::analyze);
      assertThat(used.analyze(text)).as(text).isEqualTo(fresh);
    }
  }
}
