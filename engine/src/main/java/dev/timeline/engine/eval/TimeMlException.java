package dev.timeline.engine.eval;

/** A TimeML file that cannot be read as TempEval-3 data. */
public final class TimeMlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TimeMlException(String message) {
    super(message);
  }

  public TimeMlException(String message, Throwable cause) {
    super(message, cause);
  }
}
