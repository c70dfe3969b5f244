package dev.timeline.engine.temporal;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A quick TIMEX3 scorer for tuning the tagger on the TBAQ corpora (read at run time from
 * ../shared, never copied): strict and relaxed span F1 and value/type accuracy over relaxed
 * matches, TempEval-3 style, the DCT excluded. The project's official evaluation lives in
 * dev.timeline.engine.eval; this one prints the tagger's errors for rule work.
 *
 * <p>Run: java -cp ... dev.timeline.engine.temporal.TimexBenchmark ../shared/corpora/tbaq/TimeBank
 * [natty] [errors]
 */
public final class TimexBenchmark {
  record Gold(int begin, int end, String type, String value, String text) {}

  record Doc(String name, String text, LocalDate dct, List<Gold> gold) {}

  /** Counts of one run. */
  record Score(int gold, int sys, int strict, int relaxed, int value, int type) {
    double f1(int hits) {
      double p = sys == 0 ? 0 : (double) hits / sys;
      double r = gold == 0 ? 0 : (double) hits / gold;
      return p + r == 0 ? 0 : 200 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format("gold=%d sys=%d strictF1=%.1f relaxedF1=%.1f valueF1=%.1f typeF1=%.1f",
          gold, sys, f1(strict), f1(relaxed), f1(value), f1(type));
    }
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("([a-zA-Z]+)=\"([^\"]*)\"");

  static Doc read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher dm = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([0-9]{4}-[0-9]{2}-[0-9]{2})").matcher(xml);
    LocalDate dct = dm.find() ? LocalDate.parse(dm.group(1)) : null;
    int start = xml.indexOf("<TEXT>");
    int end = xml.indexOf("</TEXT>");
    String body = xml.substring(start + 6, end);
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Matcher m = TAG.matcher(body);
    int last = 0;
    int openBegin = -1;
    String type = null;
    String value = null;
    while (m.find()) {
      text.append(unescape(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        openBegin = text.length();
        Matcher a = ATTR.matcher(m.group(3));
        type = "";
        value = "";
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
      } else if (openBegin >= 0) {
        gold.add(new Gold(openBegin, text.length(), type, value, text.substring(openBegin)));
        openBegin = -1;
      }
    }
    text.append(unescape(body.substring(last)));
    return new Doc(file.getFileName().toString(), text.toString(), dct, gold);
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  static List<Doc> corpus(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Doc> docs = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(read(p));
      }
      return docs;
    }
  }

  static Score score(List<Doc> docs, TemporalTagger tagger, ExtractionOptions options, StringBuilder errors) {
    int g = 0;
    int sys = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (Doc d : docs) {
      List<TemporalExpression> found = tagger.tag(d.text(),
          Optional.ofNullable(d.dct()).map(PublicationDate::of), options, Cancellation.NONE);
      g += d.gold().size();
      sys += found.size();
      boolean[] used = new boolean[found.size()];
      for (Gold gd : d.gold()) {
        int hit = -1;
        for (int k = 0; k < found.size(); k++) {
          TemporalExpression e = found.get(k);
          if (!used[k] && e.span().begin() < gd.end() && gd.begin() < e.span().end()) {
            hit = k;
            break;
          }
        }
        if (hit < 0) {
          if (errors != null) {
            errors.append("MISS\t").append(d.name()).append('\t').append(gd.type()).append('\t')
                .append(gd.value()).append('\t').append(gd.text()).append('\t')
                .append(context(d.text(), gd.begin(), gd.end())).append('\n');
          }
          continue;
        }
        used[hit] = true;
        TemporalExpression e = found.get(hit);
        relaxed++;
        if (e.span().begin() == gd.begin() && e.span().end() == gd.end()) {
          strict++;
        } else if (errors != null) {
          errors.append("SPAN\t").append(d.name()).append('\t').append(gd.text()).append('\t')
              .append(e.text()).append('\n');
        }
        if (e.value().equals(gd.value())) {
          value++;
        } else if (errors != null) {
          errors.append("VALUE\t").append(d.name()).append('\t').append(d.dct()).append('\t')
              .append(gd.text()).append('\t').append(gd.value()).append('\t').append(e.value())
              .append('\t').append(e.type()).append('\t').append(e.anchoring().explanation())
              .append('\t').append(context(d.text(), gd.begin(), gd.end())).append('\n');
        }
        if (e.type().name().equals(gd.type())) {
          type++;
        }
      }
      for (int k = 0; k < found.size(); k++) {
        if (!used[k] && errors != null) {
          TemporalExpression e = found.get(k);
          errors.append("FP\t").append(d.name()).append('\t').append(e.text()).append('\t')
              .append(e.value()).append('\t').append(e.anchoring().rule()).append('\t')
              .append(context(d.text(), e.span().begin(), e.span().end())).append('\n');
        }
      }
    }
    return new Score(g, sys, strict, relaxed, value, type);
  }

  private static String context(String text, int b, int e) {
    String s = text.substring(Math.max(0, b - 60), b) + "[[" + text.substring(b, e) + "]]"
        + text.substring(e, Math.min(text.length(), e + 60));
    return s.replace('\n', ' ');
  }

  public static void main(String[] args) throws IOException {
    List<Doc> docs = corpus(Path.of(args[0]));
    boolean natty = List.of(args).contains("natty");
    boolean narrative = List.of(args).contains("narrative");
    ExtractionOptions options = narrative ? ExtractionOptions.DEFAULT.withMode(AnchoringMode.NARRATIVE)
        : ExtractionOptions.DEFAULT;
    StringBuilder errors = List.of(args).contains("errors") ? new StringBuilder() : null;
    TemporalTagger tagger = new RuleBasedTemporalTagger(natty);
    long t0 = System.nanoTime();
    Score s = score(docs, tagger, options, errors);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (errors != null) {
      System.out.print(errors);
    }
    System.out.println(Path.of(args[0]).getFileName() + " natty=" + natty + " " + s + " (" + ms + " ms)");
  }
}
