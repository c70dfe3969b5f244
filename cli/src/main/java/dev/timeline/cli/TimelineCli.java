package dev.timeline.cli;

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
      BatchCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TimelineCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    return new CommandLine(new TimelineCli()).execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
