package dev.timeline.engine.temporal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Keeps a library's stray prints off standard error: one of Natty's generated parsers reports
 * syntax errors with {@code System.err.println} ("natty line 1:12 no viable alternative ..."),
 * which would land in the CLI's output and the server's log on every window it cannot read. While
 * {@link #call} runs, writes to {@code System.err} from the calling thread are dropped; every
 * other thread's writes pass through untouched.
 */
final class QuietStderr extends PrintStream {
  private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

  private QuietStderr(PrintStream target) {
    super(new OutputStream() {
      @Override
      public void write(int b) {
        if (!QUIET.get()) {
          target.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (!QUIET.get()) {
          target.write(b, off, len);
        }
      }

      @Override
      public void flush() {
        target.flush();
      }
    }, true);
  }

  static <T> T call(Supplier<T> work) {
    install();
    QUIET.set(true);
    try {
      return work.get();
    } finally {
      QUIET.set(false);
    }
  }

  /** Wraps whatever standard error is now (it may have been replaced since the last call). */
  private static void install() {
    if (!(System.err instanceof QuietStderr)) {
      synchronized (QuietStderr.class) {
        if (!(System.err instanceof QuietStderr)) {
          System.setErr(new QuietStderr(System.err));
        }
      }
    }
  }
}
