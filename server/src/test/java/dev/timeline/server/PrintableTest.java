package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void keepsShortValues() {
    assertThat(Printable.of("doc-42")).isEqualTo("doc-42");
  }

  @Test
  void replacesControlCharacters() {
    assertThat(Printable.of("a\nb\r\tc")).isEqualTo("a b  c");
  }

  @Test
  void cutsLongValuesWithoutSplittingASurrogatePair() {
    assertThat(Printable.of("y".repeat(100))).isEqualTo("y".repeat(40) + "…");
    String emoji = "y".repeat(39) + "\uD83D\uDE00" + "tail";
    assertThat(Printable.of(emoji)).isEqualTo("y".repeat(39) + "…");
  }
}
