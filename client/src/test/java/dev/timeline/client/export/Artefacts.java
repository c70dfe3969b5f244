package dev.timeline.client.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves test outputs under {@code target/export-artefacts/} for people to open. */
final class Artefacts {
  static final Path DIR = Path.of("target", "export-artefacts");

  private Artefacts() {}

  static String save(String name, String content) {
    try {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(name), content);
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
