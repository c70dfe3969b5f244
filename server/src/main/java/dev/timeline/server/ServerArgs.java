package dev.timeline.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Server settings from command-line options and environment variables (options win, then the
 * environment, then {@link ServerConfig#defaults()}).
 */
final class ServerArgs {
  private ServerArgs() {}

  /** One setting: its option, its environment variable and how it changes the config. */
  private record Setting(
      String option, String env, String help, BiFunction<ServerConfig, Integer, ServerConfig> apply) {}

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting("--port", "TIMELINE_PORT", "TCP port, 0 = any free port (default 50051)",
              ServerConfig::withPort),
          new Setting("--max-text-length", "TIMELINE_MAX_TEXT_LENGTH",
              "longest text in UTF-16 code units (default 1000000)",
              ServerConfig::withMaxTextLength),
          new Setting("--max-inbound-message-bytes", "TIMELINE_MAX_INBOUND_MESSAGE_BYTES",
              "largest request message in bytes (default 8388608)",
              ServerConfig::withMaxInboundMessageBytes),
          new Setting("--worker-threads", "TIMELINE_WORKER_THREADS",
              "extraction threads (default: one per core)", ServerConfig::withWorkerThreads),
          new Setting("--max-concurrent-calls", "TIMELINE_MAX_CONCURRENT_CALLS",
              "timeline calls served at once (default 64)", ServerConfig::withMaxConcurrentCalls),
          new Setting("--batch-window", "TIMELINE_BATCH_WINDOW",
              "documents of one batch stream in progress at once (default: cores, at least 2)",
              ServerConfig::withBatchWindow),
          new Setting("--shutdown-grace-seconds", "TIMELINE_SHUTDOWN_GRACE_SECONDS",
              "how long shutdown waits for in-flight calls (default 20)",
              (c, s) -> c.withShutdownGrace(Duration.ofSeconds(s))));

  /** Thrown for a bad option; the message says what is wrong. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static boolean wantsHelp(String... args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  static ServerConfig parse(String[] args, Map<String, String> env) {
    ServerConfig config = ServerConfig.defaults();
    for (Setting s : SETTINGS) {
      String value = env.get(s.env());
      if (value != null && !value.isBlank()) {
        config = apply(s, value.trim(), s.env(), config);
      }
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Setting s = SETTINGS.stream().filter(x -> x.option().equals(name)).findFirst()
          .orElseThrow(() -> new UsageException("unknown option " + arg + "\n" + usage()));
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(name + " needs a value");
      }
      config = apply(s, value, name, config);
    }
    return config;
  }

  static String usage() {
    StringBuilder out = new StringBuilder("Usage: timeline-server [options]\n");
    for (Setting s : SETTINGS) {
      out.append(String.format("  %-30s %s (env %s)%n", s.option() + " N", s.help(), s.env()));
    }
    return out.toString();
  }

  private static ServerConfig apply(Setting s, String value, String source, ServerConfig config) {
    try {
      return s.apply().apply(config, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new UsageException(source + ": '" + value + "' is not a whole number");
    } catch (IllegalArgumentException e) {
      throw new UsageException(source + ": " + e.getMessage());
    }
  }
}
