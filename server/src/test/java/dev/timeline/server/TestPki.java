package dev.timeline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI written as PEM files into a directory: a CA, a server certificate for
 * localhost / 127.0.0.1 and a client certificate, both signed by the CA, plus an unrelated
 * "rogue" CA and a client certificate it signed.
 */
public final class TestPki {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  public final Path caCert;
  public final Path serverCert;
  public final Path serverKey;
  public final Path clientCert;
  public final Path clientKey;
  public final Path rogueClientCert;
  public final Path rogueClientKey;

  private TestPki(Path dir) throws Exception {
    KeyPair ca = keyPair();
    X509Certificate caCertificate = sign("CN=Timeline Test CA", ca, "CN=Timeline Test CA", ca, true);
    KeyPair server = keyPair();
    KeyPair client = keyPair();
    KeyPair rogue = keyPair();
    KeyPair rogueClient = keyPair();
    caCert = writeCert(dir.resolve("ca.pem"), caCertificate);
    serverCert = writeCert(dir.resolve("server.pem"),
        sign("CN=localhost", server, "CN=Timeline Test CA", ca, false));
    serverKey = writeKey(dir.resolve("server.key"), server.getPrivate());
    clientCert = writeCert(dir.resolve("client.pem"),
        sign("CN=test-client", client, "CN=Timeline Test CA", ca, false));
    clientKey = writeKey(dir.resolve("client.key"), client.getPrivate());
    rogueClientCert = writeCert(dir.resolve("rogue-client.pem"),
        sign("CN=rogue-client", rogueClient, "CN=Rogue CA", rogue, false));
    rogueClientKey = writeKey(dir.resolve("rogue-client.key"), rogueClient.getPrivate());
  }

  public static TestPki create(Path dir) {
    try {
      return new TestPki(dir);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create test certificates", e);
    }
  }

  private static KeyPair keyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean isCa)
      throws IOException, OperatorCreationException, GeneralSecurityException {
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            new X500Name(subject),
            subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    if (!isCa) {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")
              }));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(issuerKeys.getPrivate())));
  }

  private static Path writeCert(Path file, X509Certificate cert) throws Exception {
    return pem(file, "CERTIFICATE", cert.getEncoded());
  }

  private static Path writeKey(Path file, PrivateKey key) {
    return pem(file, "PRIVATE KEY", key.getEncoded()); // the JDK encodes private keys as PKCS#8
  }

  private static Path pem(Path file, String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    try {
      return Files.writeString(
          file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
