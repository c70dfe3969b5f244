package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another team's view of us: Python stubs generated from {@code proto/} with Debian's protoc and
 * grpc_python_plugin, calling the running Java server over TCP from Debian's python3-grpcio.
 * Skips when those tools are missing, except under {@code CI=true}, where it fails.
 */
class PythonClientTest {
  private static final Path PROTOC = Path.of("/usr/bin/protoc");
  private static final Path GRPC_PLUGIN = Path.of("/usr/bin/grpc_python_plugin");
  // Debian's interpreter, not whatever python3 comes first on PATH: that is the one with
  // python3-grpcio and python3-protobuf installed.
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String PACKAGES =
      "protobuf-compiler protobuf-compiler-grpc python3-grpcio python3-protobuf";

  @TempDir Path stubs;

  @Test
  void pythonClientReadsTheSeedArticlesTimeline() throws Exception {
    requireTools();
    Path repo = Path.of(System.getProperty("timeline.testdata")).getParent();
    Path article = repo.resolve("testdata/russia-isis-2014.txt");
    Path client = Path.of("src/test/python/timeline_client.py").toAbsolutePath();

    Result generated =
        run(
            List.of(
                PROTOC.toString(),
                "-I" + repo.resolve("proto"),
                "--python_out=" + stubs,
                "--grpc_python_out=" + stubs,
                "--plugin=protoc-gen-grpc_python=" + GRPC_PLUGIN,
                "timeline/v1/timeline.proto"),
            Map.of());
    assertThat(generated.exit()).as("protoc: %s", generated.output()).isZero();
    assertThat(stubs.resolve("timeline/v1/timeline_pb2_grpc.py")).exists();

    List<String> lines;
    try (TimelineServer server =
        TimelineServer.start(
            new TimelineServerModule(ServerConfig.defaults().withPort(0), SharedEngine::get))) {
      Result called =
          run(
              List.of(
                  PYTHON.toString(),
                  client.toString(),
                  "127.0.0.1:" + server.port(),
                  article.toString(),
                  SeedArticleTest.PUBLISHED),
              Map.of("PYTHONPATH", stubs.toString()));
      assertThat(called.exit()).as("python client: %s", called.output()).isZero();
      lines = called.output().lines().toList();
    }

    // The rich error model reaches Python: code plus the binary status details trailer.
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).startsWith("invalid\tINVALID_ARGUMENT\ttrue\t").contains("text"));
    // The batch stream answered both documents, the bad one as an error entry.
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("batch\t0\tseed\tresult\t"));
    assertThat(lines).contains("batch\t1\tbad\terror\t3");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("sentences\t[1-9][0-9]*"));
    // The seed article's dates, as a Python caller sees them (needs the real temporal tagger).
    for (String expected :
        List.of(
            "expression\tSunday\t2014-09-14\t",
            "expression\tearly September\t2014-09\tTIMEX_MODIFIER_START\t",
            "expression\tthree years ago\t2011\t")) {
      assertThat(lines)
          .as("a line starting %s in the Python client's output", expected.replace('\t', ' '))
          .anyMatch(l -> l.startsWith(expected));
    }
  }

  private static void requireTools() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path tool : List.of(PROTOC, GRPC_PLUGIN, PYTHON)) {
      if (!Files.isExecutable(tool)) {
        missing.add(tool.toString());
      }
    }
    if (missing.isEmpty()) {
      Result imports =
          run(List.of(PYTHON.toString(), "-c", "import grpc, google.protobuf"), Map.of());
      if (imports.exit() != 0) {
        missing.add("python modules grpc and google.protobuf for " + PYTHON);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "missing " + missing + "; install with: apt-get install -y " + PACKAGES;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true: " + message);
    }
    Assumptions.abort(message);
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    // Loopback calls must not be sent to a proxy the environment may name.
    for (String proxy :
        List.of("http_proxy", "https_proxy", "grpc_proxy", "HTTP_PROXY", "HTTPS_PROXY")) {
      builder.environment().remove(proxy);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "timed out: " + new String(output, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
