package dev.timeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: `timeline batch`. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class BatchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("timeline: batch is not implemented yet");
    return 1;
  }
}
