package dev.timeline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The shared secret that clients send as {@code authorization: Bearer <token>}. Compared in
 * constant time; never printed ({@link #toString()} is redacted, so configs can be logged).
 */
public final class BearerToken {
  private final byte[] secret;

  private BearerToken(byte[] secret) {
    this.secret = secret;
  }

  public static BearerToken of(String token) {
    String t = token == null ? "" : token.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the auth token is empty");
    }
    if (!t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("the auth token must be printable ASCII without spaces");
    }
    return new BearerToken(t.getBytes(StandardCharsets.US_ASCII));
  }

  /** The token in a file (surrounding whitespace and a trailing newline are ignored). */
  public static BearerToken fromFile(Path file) {
    try {
      return of(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the auth token file " + file, e);
    }
  }

  /** True when {@code presented} is this token; the time taken does not depend on where they differ. */
  public boolean matches(String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "BearerToken[redacted]";
  }
}
