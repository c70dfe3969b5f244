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
    assertThat(mended("\"We will hold the pass,\" said Brig. Gen.", "Maria Ostrow, of the brigade."))
        .containsExactly("\"We will hold the pass,\" said Brig. Gen. Maria Ostrow, of the brigade.");
    assertThat(mended("She advised the U.S.", "Commerce Secretary on tariffs."))
        .containsExactly("She advised the U.S. Commerce Secretary on tariffs.");
    assertThat(mended("At the briefing, Lt.", "Gen.", "Ada Kerr spoke."))
        .containsExactly("At the briefing, Lt. Gen. Ada Kerr spoke.");
    assertThat(mended("It wants to buy Delta Pumps, of St.", "Louis, Mo., for cash."))
        .containsExactly("It wants to buy Delta Pumps, of St. Louis, Mo., for cash.");
  }

  @Test
  void aLowerCaseWordOrATimeZoneAfterAnAbbreviationGoesOnTheSentence() {
    assertThat(mended("The plan helps the Tampa, Fla.", "shoe maker cut costs."))
        .containsExactly("The plan helps the Tampa, Fla. shoe maker cut costs.");
    assertThat(mended("The offer runs until 5 p.m.", "EST Nov. 9."))
        .containsExactly("The offer runs until 5 p.m. EST Nov. 9.");
    assertThat(mended("The offer runs until 5 p.m.", "Analysts doubt it."))
        .containsExactly("The offer runs until 5 p.m.", "Analysts doubt it.");
  }

  @Test
  void aDayNumberAfterAMonthGoesOnTheSentence() {
    assertThat(mended("The retrial opens on Jan.", "12, the court said."))
        .containsExactly("The retrial opens on Jan. 12, the court said.");
  }

  @Test
  void aClauseOpenerAfterACompanyOrAPlaceStaysANewSentence() {
    assertThat(mended("It sold its parent, Brightwater Corp.", "The company said so."))
        .containsExactly("It sold its parent, Brightwater Corp.", "The company said so.");
    assertThat(mended("It faces risks with the U.S.", "And Iraq still holds hostages."))
        .containsExactly("It faces risks with the U.S.", "And Iraq still holds hostages.");
  }

  @Test
  void aClauseOpenerCutsWhereTheDetectorMissedTheEnd() {
    assertThat(mended("Its rival is Marsh Engineering Co. Recently, critics have noticed."))
        .containsExactly("Its rival is Marsh Engineering Co.", "Recently, critics have noticed.");
    assertThat(mended("Wheat slipped from its peak of Aug. 6. In the metals market, gold rose."))
        .containsExactly("Wheat slipped from its peak of Aug. 6.",
            "In the metals market, gold rose.");
    assertThat(mended("She would not comment on that.'' ``It is a fair price,'' he said."))
        .containsExactly("She would not comment on that.''", "``It is a fair price,'' he said.");
  }

  @Test
  void aNameAfterAMonthAndDayOpensTheNextSentence() {
    assertThat(mended("The vote is set for Election Day, November 3. Grell had no rival."))
        .containsExactly("The vote is set for Election Day, November 3.", "Grell had no rival.");
    assertThat(mended("The hearing was moved to Sept. 14. Judge Amaro agreed."))
        .containsExactly("The hearing was moved to Sept. 14.", "Judge Amaro agreed.");
    assertThat(mended("He finished 3. Grell was fourth."))
        .containsExactly("He finished 3. Grell was fourth.");
  }

  @Test
  void aTitleOrAnOrdinaryWordBeforeAnOpenerIsNoEnd() {
    assertThat(mended("He met Mr. It Smith and the team in Seattle. In May they left."))
        .containsExactly("He met Mr. It Smith and the team in Seattle. In May they left.");
  }
}
