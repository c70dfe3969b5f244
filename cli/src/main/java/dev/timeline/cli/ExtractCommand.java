package dev.timeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: `timeline extract`. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("timeline: extract is not implemented yet");
    return 1;
  }
}
