package dev.timeline.server;

import java.io.PrintStream;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs the timeline gRPC server until SIGTERM or Ctrl-C, then shuts down gracefully. The CLI's
 * {@code serve} subcommand delegates to {@link #serve(String...)}; tests use {@link
 * #start(String...)} and {@link TimelineServer#stop()}.
 */
public final class TimelineServerMain {
  private TimelineServerMain() {}

  public static void main(String[] args) {
    int code = serve(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Starts the server, prints the port it listens on and blocks until it has shut down.
   *
   * @return the process exit code: 0 after a clean shutdown, 2 for bad options
   */
  public static int serve(String... args) {
    return serve(args, System.getenv(), System.out, System.err);
  }

  static int serve(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (ServerArgs.wantsHelp(args)) {
      out.print(ServerArgs.usage());
      return 0;
    }
    ServerConfig config;
    try {
      config = ServerArgs.parse(args, env);
    } catch (ServerArgs.UsageException e) {
      err.println(e.getMessage());
      return 2;
    }
    routeJavaUtilLoggingToSlf4j();
    TimelineServer server = TimelineServer.start(config);
    Thread hook = new Thread(server::stop, "timeline-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Timeline server listening on port " + server.port());
    out.flush();
    try {
      server.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
    } finally {
      removeHook(hook);
    }
    return 0;
  }

  /** Starts a server from the same options without blocking; stop it with {@link TimelineServer#stop()}. */
  public static TimelineServer start(String... args) {
    return TimelineServer.start(ServerArgs.parse(args, System.getenv()));
  }

  /** gRPC and Netty log through java.util.logging: send that to the same place as ours. */
  private static void routeJavaUtilLoggingToSlf4j() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting through this very hook.
    }
  }
}
