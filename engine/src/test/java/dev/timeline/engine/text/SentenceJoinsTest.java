package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceJoinsTest {
  /** The sentences mended from the detector's {@code pieces} (joined by spaces). */
  private static List<String> mended(String... pieces) {
    String text = String.join(" ", pieces);
    List<Span> detected = new ArrayList<>();
    int begin = 0;
    for (String p : pieces) {
      detected.add(new Span(begin, begin + p.length()));
      begin += p.length() + 1;
    }
    return SentenceJoins.mend(text, detected).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aNameAfterATitleOrInitialsGoesOnTheSentence() {
    assertThat(mended("\"We are there to stay,\" said four-star Gen.", "John Dailey, of the corps."))
        .containsExactly("\"We are there to stay,\" said four-star Gen. John Dailey, of the corps.");
    assertThat(mended("It was the aide to U.S.", "Trade Representative Carla Hills."))
        .containsExactly("It was the aide to U.S. Trade Representative Carla Hills.");
    assertThat(mended("In a message, Lt.", "Gen.", "Walter Boomer spoke."))
        .containsExactly("In a message, Lt. Gen. Walter Boomer spoke.");
    assertThat(mended("It seeks control of Milton Roy, of St.", "Petersburg, Fla., by a merger."))
        .containsExactly("It seeks control of Milton Roy, of St. Petersburg, Fla., by a merger.");
  }

  @Test
  void aLowerCaseWordOrATimeZoneAfterAnAbbreviationGoesOnTheSentence() {
    assertThat(mended("It will save the Fort Lauderdale, Fla.", "home video concern $2 million."))
        .containsExactly("It will save the Fort Lauderdale, Fla. home video concern $2 million.");
    assertThat(mended("The offer runs until 5 p.m.", "EST Nov. 9."))
        .containsExactly("The offer runs until 5 p.m. EST Nov. 9.");
    assertThat(mended("The offer runs until 5 p.m.", "Analysts doubt it."))
        .containsExactly("The offer runs until 5 p.m.", "Analysts doubt it.");
  }

  @Test
  void aClauseOpenerAfterACompanyOrAPlaceStaysANewSentence() {
    assertThat(mended("It sold its parent, Elsevier Corp.", "The company said so."))
        .containsExactly("It sold its parent, Elsevier Corp.", "The company said so.");
    assertThat(mended("It faces risks with the U.S.", "And Iraq still holds hostages."))
        .containsExactly("It faces risks with the U.S.", "And Iraq still holds hostages.");
  }

  @Test
  void aClauseOpenerCutsWhereTheDetectorMissedTheEnd() {
    assertThat(mended("It competes with Hewlett-Packard Co. Recently, analysts have said so."))
        .containsExactly("It competes with Hewlett-Packard Co.", "Recently, analysts have said so.");
    assertThat(mended("The index fell from its high set on Aug. 6. In the bond market, prices rose."))
        .containsExactly("The index fell from its high set on Aug. 6.",
            "In the bond market, prices rose.");
    assertThat(mended("He had no opinion on this.'' ``It would be a travesty,'' he said."))
        .containsExactly("He had no opinion on this.''", "``It would be a travesty,'' he said.");
  }

  @Test
  void aTitleOrAnOrdinaryWordBeforeAnOpenerIsNoEnd() {
    assertThat(mended("He met Mr. It Smith and the team in Seattle. In May they left."))
        .containsExactly("He met Mr. It Smith and the team in Seattle. In May they left.");
  }
}
