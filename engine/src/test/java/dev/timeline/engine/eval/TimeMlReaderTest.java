package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.Span;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
  private final TimeMlReader reader = new TimeMlReader();

  private TimeMlDocument sample() {
    InputStream in = getClass().getResourceAsStream("sample.tml");
    assertThat(in).as("sample.tml on the test class path").isNotNull();
    return reader.read(in, "fallback");
  }

  private static TimeMlDocument parse(String xml) {
    return new TimeMlReader()
        .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "fallback");
  }

  @Test
  void rawTextIsTheTextElementWithTagsRemovedAndEntitiesDecoded() {
    TimeMlDocument doc = sample();
    assertThat(doc.id()).isEqualTo("SAMPLE-0001");
    assertThat(doc.text())
        .startsWith("\nThe harbour board said Sunday that the ferry would resume service after")
        .contains("about three weeks of repairs & tests.")
        .contains("Naïve “quotes” café: the crossing runs daily.")
        .doesNotContain("<", "resumes");
  }

  @Test
  void everyAnnotationsOffsetsCoverItsTextInTheRawText() {
    TimeMlDocument doc = sample();
    assertThat(doc.timexes()).extracting(GoldTimex::text)
        .containsExactly("Sunday", "about three weeks", "daily");
    doc.timexes().forEach(t -> assertThat(t.span().of(doc.text())).isEqualTo(t.text()));
    doc.events().forEach(e -> assertThat(e.span().of(doc.text())).isEqualTo(e.text()));
    doc.signals().forEach(s -> assertThat(s.span().of(doc.text())).isEqualTo(s.text()));
    int sunday = doc.text().indexOf("Sunday");
    assertThat(doc.timexes().get(0).span()).isEqualTo(new Span(sunday, sunday + 6));
    // Offsets after non-ASCII text count UTF-16 units.
    int daily = doc.text().indexOf("daily");
    assertThat(doc.timexes().get(2).span()).isEqualTo(new Span(daily, daily + 5));
  }

  @Test
  void readsTheGoldAttributesThatAreScored() {
    TimeMlDocument doc = sample();
    GoldTimex sunday = doc.timexes().get(0);
    assertThat(sunday)
        .extracting(GoldTimex::tid, GoldTimex::type, GoldTimex::value, GoldTimex::mod,
            GoldTimex::anchorTimeId)
        .containsExactly("t1", "DATE", "2014-09-14", "", "t0");
    assertThat(doc.timexes().get(1).mod()).isEqualTo("APPROX");
    assertThat(doc.timexes().get(2).type()).isEqualTo("SET");

    assertThat(doc.events()).extracting(GoldEvent::eid, GoldEvent::eventClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", "REPORTING"),
            org.assertj.core.groups.Tuple.tuple("e2", "ASPECTUAL"),
            org.assertj.core.groups.Tuple.tuple("e3", "OCCURRENCE"));
    assertThat(doc.signals()).extracting(GoldSignal::text).containsExactly("after");

    assertThat(doc.instances()).hasSize(4);
    GoldEventInstance resume = doc.firstInstanceByEvent().get("e2");
    assertThat(resume)
        .extracting(GoldEventInstance::eiid, GoldEventInstance::tense, GoldEventInstance::polarity,
            GoldEventInstance::modality)
        .containsExactly("ei2", "INFINITIVE", "POS", "would");
    assertThat(doc.firstInstanceByEvent().get("e3").aspect()).isEqualTo("PROGRESSIVE");

    assertThat(doc.links()).hasSize(3);
    GoldTemporalLink eventToTime = doc.links().get(0);
    assertThat(eventToTime.relType()).isEqualTo("IS_INCLUDED");
    assertThat(eventToTime.source()).isEqualTo("ei1");
    assertThat(eventToTime.target()).isEqualTo("t1");
    assertThat(doc.links().get(1).target()).isEqualTo("ei1");
    assertThat(doc.links().get(2).source()).isEqualTo("t1");
    assertThat(doc.links().get(2).target()).isEqualTo("t0");
  }

  @Test
  void theCreationTimeIsThePublicationDateAndIsNotAmongTheScoredTimexes() {
    TimeMlDocument doc = sample();
    CreationTime dct = doc.creationTime().orElseThrow();
    assertThat(dct.value()).isEqualTo("2014-09-16T08:30");
    assertThat(dct.publicationDate())
        .contains(
            new PublicationDate(
                LocalDate.of(2014, 9, 16), Optional.of(LocalTime.of(8, 30)), Optional.empty()));
    assertThat(doc.scoredTimexes()).extracting(GoldTimex::tid).containsExactly("t1", "t2", "t3");
  }

  @Test
  void creationTimeValuesWithoutAClockTimeOrDateGiveWhatTheyCan() {
    assertThat(new CreationTime("t0", "DATE", "1998-01-08").publicationDate())
        .contains(PublicationDate.parse("1998-01-08"));
    assertThat(new CreationTime("t0", "TIME", "1998-01-08TMO").publicationDate())
        .contains(PublicationDate.parse("1998-01-08"));
    assertThat(new CreationTime("t0", "DATE", "1998").publicationDate()).isEmpty();
    assertThat(new CreationTime("t0", "DATE", "PRESENT_REF").publicationDate()).isEmpty();
  }

  @Test
  void aCreationTimeTaggedInsideTheTextIsReadButNotScored() {
    TimeMlDocument doc =
        parse(
            "<TimeML><TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\""
                + " functionInDocument=\"CREATION_TIME\">Jan. 8</TIMEX3> news</TEXT></TimeML>");
    assertThat(doc.id()).isEqualTo("fallback");
    assertThat(doc.timexes()).hasSize(1);
    assertThat(doc.scoredTimexes()).isEmpty();
  }

  @Test
  void aDctInsideTheTextIsBothTheCreationTimeAndAnAnnotation() {
    // Found by fuzzing: the reader used to pop an empty stack at </TIMEX3>.
    TimeMlDocument doc =
        parse(
            "<TimeML><TEXT>On <DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2014-09-16\""
                + " functionInDocument=\"CREATION_TIME\">Sept. 16</TIMEX3></DCT> talks"
                + " resumed.</TEXT></TimeML>");
    assertThat(doc.creationTime().orElseThrow().value()).isEqualTo("2014-09-16");
    assertThat(doc.text()).isEqualTo("On Sept. 16 talks resumed.");
    assertThat(doc.timexes()).extracting(GoldTimex::text).containsExactly("Sept. 16");
    assertThat(doc.scoredTimexes()).isEmpty();
  }

  @Test
  void rejectsFilesThatAreNotTimeMl() {
    assertThatThrownBy(() -> parse("<TimeML><DOCID>x</DOCID></TimeML>"))
        .isInstanceOf(TimeMlException.class)
        .hasMessageContaining("TEXT");
    assertThatThrownBy(() -> parse("<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>"))
        .isInstanceOf(TimeMlException.class);
  }

  @Test
  void doesNotResolveExternalEntities() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<TimeML><TEXT>&x;</TEXT></TimeML>";
    assertThatThrownBy(() -> parse(xxe)).isInstanceOf(TimeMlException.class);
  }
}
