package dev.timeline.cli;

import dev.timeline.client.TimelineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code timeline} command. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    version = "timeline 0.1.0",
    description = "Extracts dated event timelines from news articles.",
    subcommands = {
      ExtractCommand.class,
      ChartCommand.class,
      BatchCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      LoadTestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TimelineCli implements Runnable {
  /** Exit status of a failed run (unreadable file, server error, unreachable server). */
  static final int FAILED = 1;
  /** Exit status of a command line that does not parse. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** Runs the CLI on the process's stdout/stderr and returns its exit code. */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Runs the CLI writing to the given streams (tests capture them) and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLogging();
    CommandLine cli = new CommandLine(new TimelineCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(TimelineCli::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println(prefix(commandLine) + message(e));
          commandLine.getErr().flush();
          return FAILED;
        });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * A one-line message pointing at --help, instead of picocli's message followed by the whole
   * usage text.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr()
        .println(prefix(cmd) + e.getMessage().strip() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    cmd.getErr().flush();
    return USAGE;
  }

  private static String prefix(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName() + ": ";
  }

  /** What went wrong, in one line a user can act on. */
  static String message(Throwable e) {
    if (e instanceof UncheckedIOException u) {
      e = u.getCause();
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof TimelineException t) {
      return t.getMessage();
    }
    if (e instanceof IOException) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    String m = e.getMessage();
    return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replace('\n', ' ');
  }

  /**
   * The embedded server logs through slf4j-simple at INFO; a CLI run shows only warnings unless
   * the user asks for more with -Dorg.slf4j.simpleLogger.defaultLogLevel=info.
   */
  private static void quietLogging() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setProperty("java.awt.headless", "true");
  }
}
