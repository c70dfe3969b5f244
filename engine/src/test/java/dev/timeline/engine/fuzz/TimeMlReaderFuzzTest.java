package dev.timeline.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.timeline.engine.eval.GoldEvent;
import dev.timeline.engine.eval.GoldTimex;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlException;
import dev.timeline.engine.eval.TimeMlReader;
import java.io.ByteArrayInputStream;

/**
 * The TimeML reader either reads a document whose annotations cover their text, or says why it
 * cannot with a {@link TimeMlException}; nothing else escapes. Regression inputs: {@code
 * src/test/resources/dev/timeline/engine/fuzz/TimeMlReaderFuzzTestInputs/}.
 */
class TimeMlReaderFuzzTest {
  private static final TimeMlReader READER = new TimeMlReader();

  @FuzzTest(maxDuration = "1m")
  void readerReadsOrRejectsAnyBytes(byte[] bytes) {
    TimeMlDocument doc;
    try {
      doc = READER.read(new ByteArrayInputStream(bytes), "fuzz");
    } catch (TimeMlException rejected) {
      return;
    }
    for (GoldTimex t : doc.timexes()) {
      assertThat(t.span().of(doc.text())).isEqualTo(t.text());
    }
    for (GoldEvent e : doc.events()) {
      assertThat(e.span().of(doc.text())).isEqualTo(e.text());
    }
  }
}
