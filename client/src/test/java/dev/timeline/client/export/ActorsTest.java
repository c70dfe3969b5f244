package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.Event;
import dev.timeline.proto.v1.Tense;
import dev.timeline.proto.v1.TextSpan;
import dev.timeline.proto.v1.TimelineEntry;
import org.junit.jupiter.api.Test;

class ActorsTest {
  private static String actor(String headline, String trigger, Tense tense, String modal) {
    TimelineEntry entry = TimelineEntry.newBuilder().setHeadline(headline)
        .setTrigger(TextSpan.newBuilder().setText(trigger)).build();
    return Actors.of(entry, Event.newBuilder().setTense(tense).setModality(modal).build());
  }

  @Test
  void theSubjectIsTheHeadlineBeforeItsVerbGroup() {
    assertThat(actor("Russian Foreign Minister Sergei Lavrov asked the nations involved", "asked",
        Tense.TENSE_PAST, "")).isEqualTo("Russian Foreign Minister Sergei Lavrov");
    assertThat(actor("Ramzan Kadyrov was elected head of state in 2007", "elected",
        Tense.TENSE_PAST, "")).isEqualTo("Ramzan Kadyrov");
    assertThat(actor("Russia does not expect the countries involved to invite Russia", "expect",
        Tense.TENSE_PRESENT, "")).isEqualTo("Russia");
    assertThat(actor("The Islamic State is also a threat to Russia", "threat",
        Tense.TENSE_PRESENT, "")).isEqualTo("The Islamic State");
    assertThat(actor("Russia may join the fight against the jihadist group", "join",
        Tense.TENSE_NONE, "may")).isEqualTo("Russia");
  }

  @Test
  void noActorForNounsInfinitivesPronounsOrAMissingTrigger() {
    assertThat(actor("The civil war", "war", Tense.TENSE_NONE, "")).isEmpty();
    assertThat(actor("To liberate Chechnya", "liberate", Tense.TENSE_NONE, "")).isEmpty();
    assertThat(actor("He said", "said", Tense.TENSE_PAST, "")).isEmpty();
    assertThat(actor("Gets it into their heads", "gets", Tense.TENSE_PRESENT, "")).isEmpty();
    assertThat(actor("Lavrov asked", "", Tense.TENSE_PAST, "")).isEmpty();
    assertThat(actor("Lavrov asked", "insisted", Tense.TENSE_PAST, "")).isEmpty();
  }

  @Test
  void withoutTheEventsTheHeadlineAloneDecides() {
    TimelineEntry entry = TimelineEntry.newBuilder().setHeadline("Putin, smiling, said it")
        .setTrigger(TextSpan.newBuilder().setText("said")).build();
    assertThat(Actors.of(entry, null)).isEqualTo("Putin, smiling,");
  }
}
