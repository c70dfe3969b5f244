package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.timeline.TimelineEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article of {@code testdata/articles/} with its expected timeline ({@code NAME.expected.tsv};
 * the format is described at the top of {@code biography-marsh.expected.tsv}).
 */
public record ExpectedTimeline(
    String name,
    String text,
    PublicationDate published,
    AnchoringMode mode,
    List<String[]> timexes,
    List<String[]> dated,
    List<String[]> undated,
    List<String> off,
    List<String[]> unchecked) {

  public static Path directory() {
    return Path.of(System.getProperty("timeline.testdata"), "articles");
  }

  public static List<String> names() {
    try (var files = Files.list(directory())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.tsv"))
          .map(n -> n.substring(0, n.length() - ".expected.tsv".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ExpectedTimeline load(String name) {
    try {
      String text = Files.readString(directory().resolve(name + ".txt"));
      PublicationDate published = null;
      AnchoringMode mode = AnchoringMode.NEWS;
      List<String[]> timexes = new ArrayList<>();
      List<String[]> dated = new ArrayList<>();
      List<String[]> undated = new ArrayList<>();
      List<String> off = new ArrayList<>();
      List<String[]> unchecked = new ArrayList<>();
      for (String line : Files.readAllLines(directory().resolve(name + ".expected.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String[] rest = Arrays.copyOfRange(f, 1, f.length);
        switch (f[0]) {
          case "published" -> published = PublicationDate.parse(f[1]);
          case "mode" -> mode = AnchoringMode.valueOf(f[1]);
          case "timex" -> timexes.add(rest);
          case "dated" -> dated.add(rest);
          case "undated" -> undated.add(rest);
          case "off" -> off.add(f[1]);
          case "unchecked" -> unchecked.add(rest);
          default -> throw new IllegalArgumentException(name + ": bad line " + line);
        }
      }
      return new ExpectedTimeline(name, text, published, mode, timexes, dated, undated, off, unchecked);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DocumentInput input() {
    return new DocumentInput(name, text, Optional.of(published),
        ExtractionOptions.DEFAULT.withMode(mode));
  }

  /**
   * These expectations as far as the hand-given expressions of the {@code timex} lines reach: dated
   * entries whose value no such line gives (a season, a duration) are left to the full run.
   */
  public ExpectedTimeline withHandDatesOnly() {
    Set<String> given = timexes.stream().map(t -> t[1]).collect(Collectors.toSet());
    return new ExpectedTimeline(name, text, published, mode, timexes,
        dated.stream().filter(d -> given.contains(d[0])).toList(), undated, off, unchecked);
  }

  /** The expressions of the {@code timex} lines, as a tagger should give them. */
  public List<TemporalExpression> handTimexes() {
    HandTimexes h = new HandTimexes(text);
    for (String[] t : timexes) {
      // "Tuesday#2": the second "Tuesday" of the text.
      int hash = t[0].lastIndexOf('#');
      String phrase = hash > 0 ? t[0].substring(0, hash) : t[0];
      int occurrence = hash > 0 ? Integer.parseInt(t[0].substring(hash + 1)) : 1;
      h.date(phrase, occurrence, t[1], t.length > 2 ? TimexModifier.valueOf(t[2]) : TimexModifier.NONE);
    }
    return h.build();
  }

  /** A dated entry an {@code unchecked} line names: known to be wrong, not asserted either way. */
  private boolean knownWrong(TimelineEntry e) {
    return unchecked.stream().anyMatch(u -> e.value().equals(u[0])
        && e.headline().toLowerCase(java.util.Locale.ROOT).contains(u[1].toLowerCase(java.util.Locale.ROOT)));
  }

  public void assertMatches(ExtractionResult result) {
    List<TimelineEntry> entries = result.timeline().entries();
    String all = SeedExpectations.describe(entries);
    List<TimelineEntry> datedEntries = entries.stream().filter(TimelineEntry::dated).toList();
    Set<String> values = dated.stream().map(d -> d[0]).collect(Collectors.toSet());
    assertThat(datedEntries).as("no dated entry with an unexpected date\n" + all)
        .filteredOn(e -> !knownWrong(e))
        .allSatisfy(e -> assertThat(values).contains(e.value()));
    int from = 0;
    for (String[] d : dated) {
      List<String> words = List.of(d[2].split(","));
      int found = -1;
      for (int i = from; i < datedEntries.size(); i++) {
        TimelineEntry e = datedEntries.get(i);
        String headline = e.headline().toLowerCase(java.util.Locale.ROOT);
        if (e.value().equals(d[0])
            && words.stream().allMatch(w -> headline.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
          found = i;
          break;
        }
      }
      assertThat(found).as("dated entry %s %s, in order\n%s", d[0], words, all).isNotNegative();
      assertThat(datedEntries.get(found).displayDate()).as(all).isEqualTo(d[1]);
      from = found + 1;
    }
    for (String[] u : undated) {
      assertThat(entries).as("undated entry %s %s\n%s", u[0], u[1], all)
          .anySatisfy(e -> {
            assertThat(e.dated()).isFalse();
            assertThat(e.publicationRelation()).contains(TemporalRelation.valueOf(u[0]));
            assertThat(e.headline()).containsIgnoringCase(u[1]);
          });
    }
    if (!off.isEmpty()) {
      assertThat(entries).as("kept off the main timeline\n" + all)
          .extracting(e -> e.trigger().of(text))
          .doesNotContainAnyElementsOf(off);
      assertThat(result.events()).extracting(e -> e.triggerText()).containsAll(off);
    }
  }
}
