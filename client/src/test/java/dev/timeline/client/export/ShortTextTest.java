package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortTextTest {
  private static final String LAVROV =
      "Lavrov asked the nations involved to strictly comply with the United Nations statute";

  @Test
  void shortTextIsOnlyFlattened() {
    assertThat(ShortText.of("  Russia\n changed\tits tune ", 80)).isEqualTo("Russia changed its tune");
  }

  @Test
  void cutsAtTheLastWordThatFits() {
    assertThat(ShortText.of(LAVROV, 80))
        .isEqualTo("Lavrov asked the nations involved to strictly comply with the United Nations…")
        .hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void dropsPunctuationBeforeTheEllipsis() {
    assertThat(ShortText.of("Obama announced, on Wednesday, a plan", 26)).isEqualTo("Obama announced, on…");
    assertThat(ShortText.of("Obama announced, on Wednesday, a plan", 18)).isEqualTo("Obama announced…");
  }

  @Test
  void cutsInsideALongWordWhenNoSpaceIsNearEnough() {
    assertThat(ShortText.of("Donaudampfschifffahrtsgesellschaftskapitän", 10)).isEqualTo("Donaudamp…");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "ab\uD83D\uDE00cdefgh";
    assertThat(ShortText.of(emoji, 4)).isEqualTo("ab…");
  }

  @Test
  void refusesRoomForNothing() {
    assertThatThrownBy(() -> ShortText.of("abc", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
