package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonVerbFormsTest {
  @Test
  void adjectiveAndNounEndingsAndFiguresAreNoVerbs() {
    assertThat(NonVerbForms.cannotBeVerb("Dangerous")).isTrue();
    assertThat(NonVerbForms.cannotBeVerb("political")).isTrue();
    assertThat(NonVerbForms.cannotBeVerb("liquidity")).isTrue();
    assertThat(NonVerbForms.cannotBeVerb("considerable")).isTrue();
    assertThat(NonVerbForms.cannotBeVerb("C$9.625")).isTrue();
  }

  @Test
  void verbsKeepTheirReading() {
    assertThat(NonVerbForms.cannotBeVerb("announced")).isFalse();
    assertThat(NonVerbForms.cannotBeVerb("enable")).as("-able on a short word").isFalse();
    assertThat(NonVerbForms.cannotBeVerb("disable")).isFalse();
    assertThat(NonVerbForms.cannotBeVerb("pity")).as("too short to judge by its ending").isFalse();
  }
}
