package dev.timeline.engine;

/**
 * Lets a caller stop extraction of a document that nobody waits for any more (a gRPC deadline
 * or cancellation). The engine polls it between stages and sentences.
 */
@FunctionalInterface
public interface Cancellation {
  Cancellation NONE = () -> false;

  boolean isCancelled();

  /** Throws {@link CancelledException} when cancelled. */
  default void check() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }

  /** Thrown inside the engine when the caller has given up. */
  final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
      super("extraction cancelled", null, false, false);
    }
  }
}
