package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  private static final String DOC =
      "<TimeML><DOCID>%s</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2014-09-16\""
          + " functionInDocument=\"CREATION_TIME\">2014-09-16</TIMEX3></DCT><TEXT>\nThe board"
          + " <EVENT eid=\"e1\" class=\"REPORTING\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\""
          + " value=\"2014-09-14\">Sunday</TIMEX3> for <TIMEX3 tid=\"t2\" type=\"DURATION\""
          + " value=\"PT2H\">two hours</TIMEX3>.\n</TEXT>"
          + "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" aspect=\"NONE\"/>"
          + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\""
          + " relatedToTime=\"t1\"/>"
          + "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei1\""
          + " relatedToTime=\"t0\"/></TimeML>";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new TimelineCli())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private Path corpus(String name, String... ids) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve(name));
    for (String id : ids) {
      Files.writeString(corpus.resolve(id + ".tml"), String.format(DOC, id), StandardCharsets.UTF_8);
    }
    return corpus;
  }

  @Test
  void printsScoresPerCorpusOverallPerDocumentAndErrors() throws IOException {
    Path tuning = corpus("Tuning", "doc-a", "doc-b");
    Path unseen = corpus("Unseen", "doc-c");

    int code =
        run("eval", tuning.toString(), unseen.toString(), "--no-events", "--per-document", "--errors");

    assertThat(code).as(err.toString()).isZero();
    String report = out.toString();
    assertThat(report)
        .contains("tagger only")
        .containsPattern("(?m)^Tuning +2 +4 ")
        .containsPattern("(?m)^Unseen +1 +2 ")
        .containsPattern("(?m)^overall +3 +6 ")
        .contains("doc-a", "doc-b", "doc-c")
        .contains("Throughput:")
        .doesNotContain("Events (");
    // Whatever the tagger finds, every gold expression is either matched or listed as missed.
    assertThat(report).contains("Errors (");
  }

  @Test
  void publishRewritesTheGeneratedSectionOfTheMarkdown() throws IOException {
    Path tuning = corpus("Tuning", "doc-a");
    Path markdown = dir.resolve("evaluation.md");
    Files.writeString(
        markdown, "# Evaluation\n<!-- measured:begin -->\nold\n<!-- measured:end -->\nrest\n");

    assertThat(run("eval", tuning.toString(), "--publish", markdown.toString()))
        .as(err.toString())
        .isZero();

    String updated = Files.readString(markdown);
    assertThat(updated)
        .startsWith("# Evaluation\n<!-- measured:begin -->\nMeasured on ")
        .doesNotContain("\nold\n")
        .contains("| Tuning | 1 | 2 |", "Natty ablation", "tuning.timex.value.f1 = ")
        .contains("**Time anchoring**", "tuning.anchor.timex.f1 = ", "tuning.anchor.dct.accuracy = ")
        .endsWith("<!-- measured:end -->\nrest\n");
  }

  @Test
  void printsTheAnchoringScoresAfterTheEventScores() throws IOException {
    Path tuning = corpus("Tuning", "doc-a");

    assertThat(run("eval", tuning.toString(), "--errors")).as(err.toString()).isZero();

    String report = out.toString();
    assertThat(report.indexOf("Time anchoring")).isGreaterThan(report.indexOf("Events ("));
    // One gold anchoring link (met IS_INCLUDED Sunday) and one creation-time link (BEFORE).
    assertThat(report)
        .containsPattern("(?m)^Tuning +1 +\\d+ +\\d+ \\|")
        .containsPattern("(?m)^Tuning +AT +1 ")
        .containsPattern("(?m)^Tuning +BEFORE ")
        .contains("Anchoring errors (");
  }

  @Test
  void rejectsAMissingDirectory() {
    assertThat(run("eval", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not a directory");
  }
}
