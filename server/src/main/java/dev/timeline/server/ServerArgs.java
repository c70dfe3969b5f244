package dev.timeline.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Server settings from command-line options and environment variables (options win, then the
 * environment, then {@link ServerConfig#defaults()}).
 */
final class ServerArgs {
  private ServerArgs() {}

  /** One whole-number setting: its option, its environment variable and how it changes the config. */
  private record Setting(
      String option, String env, String help, BiFunction<ServerConfig, Integer, ServerConfig> apply) {}

  /** One file setting; the files are combined into TLS and token settings once all are read. */
  private record FileSetting(String option, String env, String help) {}

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
              (c, s) -> c.withShutdownGrace(Duration.ofSeconds(s))),
          new Setting("--metrics-port", "TIMELINE_METRICS_PORT",
              "HTTP port of the Prometheus /metrics endpoint, 0 = any free port (default: off)",
              ServerConfig::withMetricsPort));

  private static final FileSetting TLS_CERT =
      new FileSetting("--tls-cert", "TIMELINE_TLS_CERT", "PEM certificate chain; enables TLS");
  private static final FileSetting TLS_KEY =
      new FileSetting("--tls-key", "TIMELINE_TLS_KEY", "PEM PKCS#8 private key of --tls-cert");
  private static final FileSetting TLS_CLIENT_CA =
      new FileSetting("--tls-client-ca", "TIMELINE_TLS_CLIENT_CA",
          "PEM CA bundle; clients must present a certificate it signed (mutual TLS)");
  private static final FileSetting AUTH_TOKEN_FILE =
      new FileSetting("--auth-token-file", "TIMELINE_AUTH_TOKEN_FILE",
          "file holding the bearer token timeline calls must carry");
  private static final List<FileSetting> FILE_SETTINGS =
      List.of(TLS_CERT, TLS_KEY, TLS_CLIENT_CA, AUTH_TOKEN_FILE);

  /** The token itself; environment only, since command lines are visible to every local user. */
  static final String AUTH_TOKEN_ENV = "TIMELINE_AUTH_TOKEN";

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
    Map<FileSetting, String> files = new LinkedHashMap<>();
    for (Setting s : SETTINGS) {
      String value = env.get(s.env());
      if (value != null && !value.isBlank()) {
        config = apply(s, value.trim(), s.env(), config);
      }
    }
    for (FileSetting f : FILE_SETTINGS) {
      String value = env.get(f.env());
      if (value != null && !value.isBlank()) {
        files.put(f, value.trim());
      }
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean known = SETTINGS.stream().anyMatch(x -> x.option().equals(name))
          || FILE_SETTINGS.stream().anyMatch(x -> x.option().equals(name));
      if (!known) {
        throw new UsageException("unknown option " + arg + "\n" + usage());
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(name + " needs a value");
      }
      FileSetting file =
          FILE_SETTINGS.stream().filter(x -> x.option().equals(name)).findFirst().orElse(null);
      if (file != null) {
        files.put(file, value);
        continue;
      }
      Setting s = SETTINGS.stream().filter(x -> x.option().equals(name)).findFirst()
          .orElseThrow(() -> new UsageException("unknown option " + arg + "\n" + usage()));
      config = apply(s, value, name, config);
    }
    return withSecurity(config, files, env.get(AUTH_TOKEN_ENV));
  }

  private static ServerConfig withSecurity(
      ServerConfig config, Map<FileSetting, String> files, String envToken) {
    String cert = files.get(TLS_CERT);
    String key = files.get(TLS_KEY);
    if ((cert == null) != (key == null)) {
      throw new UsageException("--tls-cert and --tls-key go together");
    }
    if (cert != null) {
      TransportSecurity tls = TransportSecurity.tls(Path.of(cert), Path.of(key));
      String ca = files.get(TLS_CLIENT_CA);
      config = config.withTls(ca == null ? tls : tls.requireClientCertificates(Path.of(ca)));
    } else if (files.containsKey(TLS_CLIENT_CA)) {
      throw new UsageException("--tls-client-ca needs --tls-cert and --tls-key");
    }
    try {
      if (files.containsKey(AUTH_TOKEN_FILE)) {
        config = config.withAuthToken(BearerToken.fromFile(Path.of(files.get(AUTH_TOKEN_FILE))));
      } else if (envToken != null && !envToken.isBlank()) {
        config = config.withAuthToken(BearerToken.of(envToken));
      }
    } catch (RuntimeException e) {
      throw new UsageException(e.getMessage());
    }
    return config;
  }

  static String usage() {
    StringBuilder out = new StringBuilder("Usage: timeline-server [options]\n");
    for (Setting s : SETTINGS) {
      out.append(String.format("  %-30s %s (env %s)%n", s.option() + " N", s.help(), s.env()));
    }
    for (FileSetting f : FILE_SETTINGS) {
      out.append(String.format("  %-30s %s (env %s)%n", f.option() + " FILE", f.help(), f.env()));
    }
    out.append(String.format(
        "  %-30s the bearer token itself, instead of --auth-token-file%n", "env " + AUTH_TOKEN_ENV));
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
