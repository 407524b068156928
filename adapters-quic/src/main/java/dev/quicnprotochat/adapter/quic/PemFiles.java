package dev.quicnprotochat.adapter.quic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/// Reads PEM certificate files.
final class PemFiles {
  private PemFiles() {}

  /// Every certificate in `file`, in order; at least one.
  static List<X509Certificate> readCertificates(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certificates = new ArrayList<>();
      for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certificates.add((X509Certificate) certificate);
      }
      if (certificates.isEmpty()) {
        throw new IOException(file + " holds no PEM certificate");
      }
      return certificates;
    } catch (NoSuchFileException e) {
      throw new IOException("certificate file not found: " + file);
    } catch (CertificateException e) {
      throw new IOException(file + " is not a PEM certificate file");
    }
  }
}
