package dev.quicnprotochat.adapter.quic;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/// The trust manager of one client connection: applies [ServerTrust] and remembers why it refused, because the
/// handshake failure that reaches the caller only says "certificate verify failed".
final class ServerCertificateVerifier extends X509ExtendedTrustManager {
  private final String server;
  private final ServerTrust trust;
  private volatile String rejection;
  private volatile String fingerprint = "";

  ServerCertificateVerifier(String server, ServerTrust trust) {
    this.server = server;
    this.trust = trust;
  }

  String rejection() {
    return rejection;
  }

  String fingerprint() {
    return fingerprint;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    if (chain == null || chain.length == 0) {
      rejection = "server " + server + " presented no certificate";
      throw new CertificateException(rejection);
    }
    String reason = trust.check(server, chain, authType);
    if (reason != null) {
      rejection = reason;
      throw new CertificateException(reason);
    }
    fingerprint = Fingerprints.sha256(chain[0]);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    throw new CertificateException("a client does not verify client certificates");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
