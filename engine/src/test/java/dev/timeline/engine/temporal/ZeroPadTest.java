package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZeroPadTest {
  @Test
  void writesWhatTheFormatterWrote() {
    int[] widths = {2, 3, 4};
    for (int width : widths) {
      for (int v = -1200; v <= 12_000; v += 7) {
        assertThat(ZeroPad.of(v, width))
            .as("%d at width %d", v, width)
            .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", v));
      }
    }
  }
}
