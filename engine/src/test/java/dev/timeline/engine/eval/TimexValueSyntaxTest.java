package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValueSyntaxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2014-09-14", "2014", "199X", "19", "2014-09", "2014-W37", "2014-W37-WE", "XXXX-WXX-7",
        "XXXX-WXX-1TNI", "1998-Q3", "1998-QX", "1998-H1", "1998-SU", "XXXX-XX-XX",
        "1998-02-11T22:00", "1998-08-07T06:18:00", "1998-01-08TMO", "T10:30", "PRESENT_REF",
        "PAST_REF", "P3Y", "P1.5Y", "PXY", "PXX", "P2DE", "P1CE", "PT2H30M", "P1Y6M", "P1DT2H",
        "P1E", "P1L", "2014-09-14T10:00Z", "BC0044"
      })
  void acceptsTimeMlValues(String value) {
    assertThat(TimexValueSyntax.isWellFormed(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "P", "PT", "2014-13-", "Sunday", "2014-09-14T", "P3", "3Y", "2014/09/14", "NOW_REF", "BC",
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX!"
      })
  void rejectsOtherStrings(String value) {
    assertThat(TimexValueSyntax.isWellFormed(value)).isFalse();
  }
}
