package dev.timeline.server;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS settings of the server, all PEM files: the certificate chain and its private key (PKCS#8),
 * and optionally the CA that client certificates must be signed by (mutual TLS: clients without
 * such a certificate fail the handshake).
 */
public record TransportSecurity(Path certificateChain, Path privateKey, Optional<Path> clientCa) {
  public TransportSecurity {
    Objects.requireNonNull(certificateChain, "certificateChain");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(clientCa, "clientCa");
  }

  public static TransportSecurity tls(Path certificateChain, Path privateKey) {
    return new TransportSecurity(certificateChain, privateKey, Optional.empty());
  }

  public TransportSecurity requireClientCertificates(Path ca) {
    return new TransportSecurity(certificateChain, privateKey, Optional.of(ca));
  }

  public boolean mutual() {
    return clientCa.isPresent();
  }

  /** gRPC server credentials; reads the files now, so a bad path fails at start-up. */
  ServerCredentials credentials() {
    try {
      TlsServerCredentials.Builder builder =
          TlsServerCredentials.newBuilder()
              .keyManager(readable(certificateChain).toFile(), readable(privateKey).toFile());
      if (clientCa.isPresent()) {
        builder
            .trustManager(readable(clientCa.get()).toFile())
            .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load TLS material: " + e.getMessage(), e);
    }
  }

  private static Path readable(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      throw new IOException("not a readable file: " + file);
    }
    return file;
  }
}
