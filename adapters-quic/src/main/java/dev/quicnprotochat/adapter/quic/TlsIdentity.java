package dev.quicnprotochat.adapter.quic;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/// The server's TLS certificate and private key: loaded from PEM files, or created self-signed (ECDSA P-256) in the
/// data directory on first start (DESIGN.md §2). `toString` never shows the key.
public final class TlsIdentity {
  /// File names inside the data directory.
  public static final String CERT_FILE = "server-cert.pem";
  public static final String KEY_FILE = "server-key.pem";

  private static final Duration VALIDITY = Duration.ofDays(3650);

  private final PrivateKey privateKey;
  private final X509Certificate certificate;

  private TlsIdentity(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
  }

  /// Loads `server-cert.pem` / `server-key.pem` from `dataDir`, creating both (mode 0600) when neither exists.
  public static TlsIdentity loadOrCreate(Path dataDir) throws IOException {
    Path cert = dataDir.resolve(CERT_FILE);
    Path key = dataDir.resolve(KEY_FILE);
    boolean hasCert = Files.exists(cert);
    boolean hasKey = Files.exists(key);
    if (hasCert && hasKey) {
      return fromPem(cert, key);
    }
    if (hasCert || hasKey) {
      throw new IOException("data dir " + dataDir + " holds only one of " + CERT_FILE + " and " + KEY_FILE
          + ": restore the other or remove both to create a new certificate");
    }
    TlsIdentity created = selfSigned("quicnprotochat server");
    SecureFiles.createDirectories(dataDir);
    SecureFiles.writeNew(key, created.pem(created.privateKeyPem()));
    SecureFiles.writeNew(cert, created.pem(created.certificate));
    return created;
  }

  /// Loads a certificate and its private key (PKCS#8 or traditional EC/RSA PEM).
  public static TlsIdentity fromPem(Path certFile, Path keyFile) throws IOException {
    X509Certificate cert = PemFiles.readCertificates(certFile).getFirst();
    PrivateKey key;
    try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII);
         PEMParser parser = new PEMParser(reader)) {
      Object object = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (object instanceof PEMKeyPair pair) {
        key = converter.getPrivateKey(pair.getPrivateKeyInfo());
      } else if (object instanceof PrivateKeyInfo info) {
        key = converter.getPrivateKey(info);
      } else {
        throw new IOException(keyFile + " holds no unencrypted PEM private key");
      }
    }
    return new TlsIdentity(key, cert);
  }

  /// A fresh self-signed ECDSA P-256 certificate for `commonName`, valid ten years, usable for localhost.
  public static TlsIdentity selfSigned(String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name("CN=" + commonName);
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
          new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
          Date.from(now.plus(VALIDITY)), name, pair.getPublic());
      builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
          new GeneralName(GeneralName.dNSName, "localhost"),
          new GeneralName(GeneralName.iPAddress, InetAddress.getLoopbackAddress().getHostAddress())}));
      X509CertificateHolder holder = builder.build(
          new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
      return new TlsIdentity(pair.getPrivate(), new JcaX509CertificateConverter().getCertificate(holder));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot create a self-signed certificate", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  /// Lower-case hex SHA-256 of the certificate's DER encoding, as `known_servers` records it.
  public String fingerprint() {
    return Fingerprints.sha256(certificate);
  }

  /// Writes the certificate as PEM (for clients that pin it with `--ca-cert`).
  public void writeCertificate(Path file) throws IOException {
    Files.writeString(file, pem(certificate), StandardCharsets.US_ASCII);
  }

  private Object privateKeyPem() throws IOException {
    return new JcaPKCS8Generator(privateKey, null).generate();
  }

  private String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "TlsIdentity[" + certificate.getSubjectX500Principal().getName() + ", sha256=" + fingerprint()
        + ", key=<redacted>]";
  }
}
