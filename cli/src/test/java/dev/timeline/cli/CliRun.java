package dev.timeline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real CLI entry point with its exit status and captured output. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TimelineCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
