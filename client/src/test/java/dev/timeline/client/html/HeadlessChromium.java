package dev.timeline.client.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium run from the command line: {@code --dump-dom} prints the DOM after the page's
 * scripts ran, {@code --screenshot} saves a PNG. Each run gets a fresh, empty profile directory.
 */
final class HeadlessChromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** The browser, or a skipped test (a failed one when {@code CI=true}) when none is installed. */
  static HeadlessChromium require() {
    Optional<Path> found = find();
    String message = "Chromium not found on PATH (tried " + NAMES + "); install Debian's"
        + " `chromium` package to run the interactive page test";
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + " (CI=true: required)");
    }
    Assumptions.assumeTrue(found.isPresent(), message);
    return new HeadlessChromium(found.get());
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  Path executable() {
    return executable;
  }

  /** The serialised DOM of the page at {@code url} once loaded. */
  String dumpDom(String url, int width, int height) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", "--window-size=" + width + "," + height, url));
  }

  /** Saves a PNG of the page at {@code url}. */
  void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", url));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium wrote no screenshot to " + png);
    }
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path stderr = Files.createTempFile("chromium", ".log");
    try {
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
          "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile));
      command.addAll(args);
      Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("Chromium exited with " + p.exitValue() + ": "
            + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * Deletes a Chromium profile. Chromium's helper processes can still create and remove files in
   * it for a moment after the browser exits, so files that vanish during the walk are not errors.
   */
  static void deleteTree(Path dir) throws IOException {
    Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file,
          java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e)
          throws IOException {
        if (e instanceof java.nio.file.NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
        d.toFile().delete(); // best effort: a helper may have just added a file
        return java.nio.file.FileVisitResult.CONTINUE;
      }
    });
  }
}
