package dev.timeline.cli;

import dev.timeline.client.TimelineClient;
import dev.timeline.client.TimelineException;
import io.grpc.Status;
import dev.timeline.server.EmbeddedServer;
import java.time.Duration;

/**
 * The service a command talks to: a remote server when {@code --target} is given, otherwise the
 * real service started in this process (no network, same validation and limits).
 */
final class Connection implements AutoCloseable {
  private final EmbeddedServer embedded; // null for a remote server
  private final TimelineClient client;
  private final String target;

  private Connection(EmbeddedServer embedded, TimelineClient client, String target) {
    this.embedded = embedded;
    this.client = client;
    this.target = target;
  }

  static Connection open(String target, Duration deadline) {
    if (target != null && !target.isBlank()) {
      return new Connection(null, TimelineClient.forTarget(target).withDeadline(deadline), target);
    }
    EmbeddedServer server = EmbeddedServer.start();
    return new Connection(
        server, TimelineClient.forChannel(server.channel()).withDeadline(deadline), "in-process");
  }

  TimelineClient client() {
    return client;
  }

  /** A failure worded for the command line: an unreachable server says which one. */
  RuntimeException explain(TimelineException e) {
    if (e.code() == Status.Code.UNAVAILABLE && embedded == null) {
      return new IllegalStateException(
          "cannot reach a timeline server at " + target + " (" + reason(e) + ")", e);
    }
    return e;
  }

  /** "Connection refused" out of "finishConnect(..) failed with error(-111): Connection refused". */
  private static String reason(Throwable e) {
    String message = e.getMessage();
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        message = c.getMessage();
      }
    }
    String last = message.substring(message.lastIndexOf(": ") + 1).strip();
    return last.isEmpty() ? message : last;
  }

  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
