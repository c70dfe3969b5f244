package dev.timeline.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that runs extractions. Extraction is CPU bound, so a few threads with a
 * bounded queue; gRPC's own threads only hand work over and never block on the engine.
 */
public final class ExtractionWorkers implements Executor, AutoCloseable {
  private final ThreadPoolExecutor pool;

  /**
   * @param threads worker threads
   * @param queueCapacity documents waiting for a thread; beyond that {@link #execute} throws
   *     {@link java.util.concurrent.RejectedExecutionException}
   */
  public ExtractionWorkers(int threads, int queueCapacity) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "timeline-worker-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity), factory);
  }

  @Override
  public void execute(Runnable task) {
    pool.execute(task);
  }

  /** Extractions running right now. */
  public int active() {
    return pool.getActiveCount();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
