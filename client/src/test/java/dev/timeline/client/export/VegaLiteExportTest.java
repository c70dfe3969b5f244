package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the specification's fields, and compiles and renders it with the real vega-lite and vega
 * npm packages when node finds them (directory in the environment variable
 * {@code VEGA_LITE_NODE_MODULES}, default {@code /tmp/vega-lite/node_modules}; install with
 * {@code npm install vega-lite@5 vega@5} in {@code /tmp/vega-lite}).
 */
class VegaLiteExportTest {
  private static final String NODE_SCRIPT = """
      const fs = require('fs');
      const vl = require('vega-lite');
      const vega = require('vega');
      const problems = [];
      const logger = {
        level() { return this; },
        error(...a) { problems.push('error: ' + a.join(' ')); return this; },
        warn(...a) { problems.push('warning: ' + a.join(' ')); return this; },
        info() { return this; },
        debug() { return this; },
      };
      const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
      const compiled = vl.compile(spec, { logger }).spec;
      const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
      view.toSVG().then(svg => {
        fs.writeFileSync(process.argv[3], svg);
        if (problems.length) { console.error(problems.join('\\n')); process.exit(2); }
        const marks = (svg.match(/<path [^>]*aria-roledescription="bar"/g) || []).length;
        console.log('ok ' + marks);
      }).catch(e => { console.error(String(e)); process.exit(3); });
      """;

  private final VegaLiteExport export = new VegaLiteExport();

  @Test
  void specificationHasTheFieldsOfAVegaLiteV5LayeredBarChart() {
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    JsonObject spec = JsonParser.parseString(export.export(timeline)).getAsJsonObject();
    assertThat(spec.get("$schema").getAsString())
        .isEqualTo("https://vega.github.io/schema/vega-lite/v5.json");
    var values = spec.getAsJsonObject("data").getAsJsonArray("values");
    assertThat(values).hasSize(timeline.dated().size()).isNotEmpty();
    for (JsonElement v : values) {
      JsonObject row = v.getAsJsonObject();
      assertThat(LocalDateTime.parse(row.get("end").getAsString()))
          .isAfter(LocalDateTime.parse(row.get("begin").getAsString()));
      assertThat(row.get("headline").getAsString()).isNotBlank();
      assertThat(row.get("display_date").getAsString()).isNotBlank();
    }
    JsonObject bar = spec.getAsJsonArray("layer").get(0).getAsJsonObject();
    assertThat(bar.getAsJsonObject("mark").get("type").getAsString()).isEqualTo("bar");
    JsonObject encoding = bar.getAsJsonObject("encoding");
    assertThat(encoding.getAsJsonObject("x").get("field").getAsString()).isEqualTo("begin");
    assertThat(encoding.getAsJsonObject("x").get("type").getAsString()).isEqualTo("temporal");
    assertThat(encoding.getAsJsonObject("x2").get("field").getAsString()).isEqualTo("end");
    assertThat(encoding.getAsJsonArray("tooltip").toString())
        .contains("\"headline\"").contains("\"display_date\"");
    JsonObject rule = spec.getAsJsonArray("layer").get(2).getAsJsonObject();
    assertThat(rule.getAsJsonObject("data").getAsJsonArray("values").get(0).getAsJsonObject()
        .get("published").getAsString()).isEqualTo("2014-09-16T00:00:00");
  }

  @Test
  void vegaLiteCompilesAndVegaRendersTheSpecification() throws Exception {
    Path modules = Path.of(System.getenv().getOrDefault("VEGA_LITE_NODE_MODULES",
        "/tmp/vega-lite/node_modules"));
    Assumptions.assumeTrue(Files.isDirectory(modules.resolve("vega-lite"))
        && Files.isDirectory(modules.resolve("vega")) && onPath("node"),
        "node with vega-lite and vega not found in " + modules + "; field checks only");
    Path target = Artefacts.DIR;
    Files.createDirectories(target);
    for (var sample : java.util.Map.of(
        "seed", MergedTimeline.of(Responses.seed(), Responses.seedText()),
        "edge", MergedTimeline.of(Responses.edgeCases())).entrySet()) {
      Path spec = target.resolve("vega-lite-" + sample.getKey() + ".vl.json");
      Path svg = target.resolve("vega-lite-" + sample.getKey() + ".svg");
      Path script = target.resolve("compile-vega-lite.js");
      Files.writeString(spec, export.export(sample.getValue()));
      Files.writeString(script, NODE_SCRIPT);
      ProcessBuilder pb = new ProcessBuilder("node", script.toString(), spec.toString(), svg.toString())
          .redirectErrorStream(true);
      pb.environment().put("NODE_PATH", modules.toAbsolutePath().toString());
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("node did not finish compiling " + spec);
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out.strip()).isEqualTo("ok " + sample.getValue().dated().size());
    }
  }

  private static boolean onPath(String program) {
    try {
      return new ProcessBuilder(program, "--version").start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
