package dev.timeline.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the whole TBAQ corpus and checks it against the counts its README gives. */
class TbaqCorpusTest {
  private final TimeMlReader reader = new TimeMlReader();

  @Test
  void readsEveryDocumentWithConsistentOffsetsAndWellFormedGoldValues() {
    List<Path> corpora = Tbaq.corporaOrSkip();
    int[] docs = new int[2];
    int[] timexes = new int[2];
    int[] events = new int[2];
    for (int c = 0; c < 2; c++) {
      for (Path file : TimeMlReader.listCorpus(corpora.get(c))) {
        TimeMlDocument doc = reader.read(file);
        docs[c]++;
        timexes[c] += doc.scoredTimexes().size();
        events[c] += doc.events().size();
        assertThat(doc.creationTime()).as(doc.id()).isPresent();
        assertThat(doc.creationTime().orElseThrow().publicationDate()).as(doc.id()).isPresent();
        for (GoldTimex t : doc.timexes()) {
          assertThat(t.span().of(doc.text())).as(doc.id() + " " + t.tid()).isEqualTo(t.text());
          assertThat(TimexValueSyntax.isWellFormed(t.value()))
              .as(doc.id() + " " + t.tid() + " value " + t.value())
              .isTrue();
        }
        for (GoldEvent e : doc.events()) {
          assertThat(e.span().of(doc.text())).as(doc.id() + " " + e.eid()).isEqualTo(e.text());
        }
      }
    }
    // corpora/README.md: 183 + 73 documents, 1,243 + 579 TIMEX3 besides the DCT. Of the 6,714
    // TimeBank EVENTs, 16 stand in titles outside <TEXT>, which is not scored.
    assertThat(docs).containsExactly(183, 73);
    assertThat(timexes).containsExactly(1243, 579);
    assertThat(events).containsExactly(6698, 4431);
  }
}
