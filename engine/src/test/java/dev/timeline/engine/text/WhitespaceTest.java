package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void runsOfWhitespaceBecomeOneSpaceAndNoneIsKeptAtTheEnds() {
    assertThat(Whitespace.collapse("  The  council\nvoted \t on\r\n Monday ")).isEqualTo(
        "The council voted on Monday");
    assertThat(Whitespace.collapse(new StringBuilder("Prices rose\n"))).isEqualTo("Prices rose");
    assertThat(Whitespace.collapse(" \n ")).isEmpty();
  }

  @Test
  void textAlreadyOnOneLineComesBackAsItIs() {
    assertThat(Whitespace.collapse("The council voted on Monday")).isEqualTo(
        "The council voted on Monday");
    assertThat(Whitespace.collapse("x")).isEqualTo("x");
    assertThat(Whitespace.collapse("")).isEmpty();
  }

  @Test
  void aNoBreakSpaceIsNoWhitespaceToCollapse() {
    assertThat(Whitespace.collapse("10\u00A0km  north")).isEqualTo("10\u00A0km north");
  }
}
