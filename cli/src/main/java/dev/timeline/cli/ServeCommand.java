package dev.timeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: `timeline serve`. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("timeline: serve is not implemented yet");
    return 1;
  }
}
