package dev.timeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark input, not the benchmarks: those run only from benchmarks.jar. */
class NewsMixTest {
  @Test
  void mixesOurArticlesWithSyntheticSentencesAtTheRequestedSize() {
    assertThat(NewsMix.articles()).as("testdata/*.txt bundled as resources").isNotEmpty();
    String article = NewsMix.articles().get(0);
    String firstParagraph = article.strip().split("\\n\\s*\\n")[0].strip();

    for (TextSize size : new TextSize[] {TextSize.KB_1, TextSize.KB_100}) {
      String text = NewsMix.ofSize(size.bytes);
      int bytes = NewsMix.utf8Length(text);
      assertThat(bytes).isLessThanOrEqualTo(size.bytes).isGreaterThan(size.bytes * 9 / 10);
    }
    String mix = NewsMix.ofSize(TextSize.KB_100.bytes);
    assertThat(mix).contains(firstParagraph).contains(" ago").contains("every Monday");
    assertThat(NewsMix.ofSize(TextSize.KB_1.bytes)).isEqualTo(NewsMix.ofSize(TextSize.KB_1.bytes));
  }

  @Test
  void sizeLabelsAreTheBenchmarkParameters() {
    assertThat(TextSize.parse("10MB").bytes).isEqualTo(10_000_000);
    assertThat(TextSize.parse("1KB")).isEqualTo(TextSize.KB_1);
  }
}
