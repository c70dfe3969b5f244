package dev.timeline.client.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelFitTest {
  private static final String LAVROV =
      "Lavrov asked the nations involved to strictly comply with the United Nations statute";

  @Test
  void aLabelThatFitsIsOnlyFlattened() {
    assertThat(ChartLayout.fit("Russia  changed\nits tune", Palette.HEADLINE, 1000))
        .isEqualTo("Russia changed its tune");
  }

  @Test
  void aLongLabelEndsOnAWholeWordWithinTheWidth() {
    double width = Palette.width(LAVROV, Palette.HEADLINE) / 2;
    String fitted = ChartLayout.fit(LAVROV, Palette.HEADLINE, width);
    assertThat(fitted).endsWith("…");
    assertThat(Palette.width(fitted, Palette.HEADLINE)).isLessThanOrEqualTo(width);
    String kept = fitted.substring(0, fitted.length() - 1);
    assertThat(LAVROV).startsWith(kept);
    assertThat(LAVROV.charAt(kept.length())).as("cut before a space").isEqualTo(' ');
  }
}
