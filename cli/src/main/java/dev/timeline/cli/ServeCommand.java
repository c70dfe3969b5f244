package dev.timeline.cli;

import dev.timeline.server.TimelineServerMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code timeline serve}: runs the gRPC server until SIGTERM or Ctrl-C. Options are the server's
 * own ({@code --port}, {@code --worker-threads}, ...; {@code timeline serve --help} lists them),
 * passed through unparsed so the CLI and {@code TimelineServerMain} never disagree.
 */
@Command(
    name = "serve",
    description = "Runs the timeline gRPC server until stopped (Ctrl-C or SIGTERM).",
    footer = {
      "%nOptions are the server's own; 'timeline serve --help' lists them. Example:",
      "  timeline serve --port 50051"
    })
final class ServeCommand implements Callable<Integer> {
  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    // A server should say what it does: INFO for our own loggers unless the user chose a level.
    if (System.getProperty("org.slf4j.simpleLogger.log.dev.timeline") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.timeline", "info");
    }
    return TimelineServerMain.serve(args.toArray(String[]::new));
  }
}
