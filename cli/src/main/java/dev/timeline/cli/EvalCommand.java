package dev.timeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: `timeline eval`. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("timeline: eval is not implemented yet");
    return 1;
  }
}
