package dev.timeline.client.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.proto.v1.EventClass;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The themes' colours meet the contrast and colour-blindness checks their comment promises. */
class ChartThemeTest {
  private static List<Color> classColours(ChartTheme theme) {
    List<Color> colours = new ArrayList<>();
    for (EventClass c : EventClass.values()) {
      if (c != EventClass.UNRECOGNIZED && c != EventClass.EVENT_CLASS_UNSPECIFIED) {
        colours.add(theme.colour(c));
      }
    }
    return colours;
  }

  @ParameterizedTest
  @EnumSource(ChartTheme.class)
  void textReadsAndMarksStandOutOnTheBackgroundAndOnLaneBands(ChartTheme theme) {
    for (Color ground : List.of(theme.background, theme.band)) {
      assertThat(Contrast.ratio(theme.text, ground)).isGreaterThanOrEqualTo(4.5);
      assertThat(Contrast.ratio(theme.muted, ground)).isGreaterThanOrEqualTo(4.5);
      assertThat(Contrast.ratio(theme.publication, ground)).isGreaterThanOrEqualTo(4.5);
      assertThat(Contrast.ratio(theme.axis, ground)).isGreaterThanOrEqualTo(3);
      for (Color mark : classColours(theme)) {
        assertThat(Contrast.ratio(mark, ground)).as("%s on %s", mark, ground)
            .isGreaterThanOrEqualTo(3);
      }
      assertThat(Contrast.ratio(theme.colour(EventClass.EVENT_CLASS_UNSPECIFIED), ground))
          .isGreaterThanOrEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(ChartTheme.class)
  void classColoursStayApartForColourBlindReaders(ChartTheme theme) {
    List<Color> colours = classColours(theme);
    colours.add(theme.colour(EventClass.EVENT_CLASS_UNSPECIFIED));
    for (Contrast.Vision vision : Contrast.Vision.values()) {
      double closest = Double.POSITIVE_INFINITY;
      for (int i = 0; i < colours.size(); i++) {
        for (int j = i + 1; j < colours.size(); j++) {
          closest = Math.min(closest, Contrast.distance(colours.get(i), colours.get(j), vision));
        }
      }
      assertThat(closest).as("%s, %s", theme, vision).isGreaterThan(8);
    }
  }

  @Test
  void namesParseAsUsersTypeThem() {
    assertThat(ChartTheme.fromName(" Dark ")).isEqualTo(ChartTheme.DARK);
    assertThat(ChartTheme.fromName("light")).isEqualTo(ChartTheme.LIGHT);
    assertThatThrownBy(() -> ChartTheme.fromName("purple"))
        .hasMessageContaining("use light or dark");
    assertThat(ChartLanes.fromName("ACTOR")).isEqualTo(ChartLanes.ACTOR);
    assertThatThrownBy(() -> ChartLanes.fromName("topic"))
        .hasMessageContaining("auto, none, article, actor or class");
  }

  @Test
  void hexIsLowerCaseRrggbb() {
    assertThat(ChartTheme.hex(new Color(0x0072B2))).isEqualTo("#0072b2");
  }
}
