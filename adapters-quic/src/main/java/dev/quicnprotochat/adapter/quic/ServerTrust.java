package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/// How a client decides to trust a server's certificate (DESIGN.md §2): pinned to the certificates of a
/// `--ca-cert` file (the server's own certificate or a CA that signed it), or trust on first use, recording the
/// certificate's SHA-256 in a [KnownServerStore] (the profile's sealed state, or a cleartext `known_servers` file
/// for `ping`) and refusing a different one later.
public final class ServerTrust {
  private final String source;
  private final Set<String> pinnedFingerprints;
  private final X509TrustManager pinnedChains;
  private final KnownServerStore knownServers;
  private final String howToAccept;

  private ServerTrust(String source, Set<String> pinnedFingerprints, X509TrustManager pinnedChains,
                      KnownServerStore knownServers, String howToAccept) {
    this.source = source;
    this.pinnedFingerprints = pinnedFingerprints;
    this.pinnedChains = pinnedChains;
    this.knownServers = knownServers;
    this.howToAccept = howToAccept;
  }

  /// Trusts exactly the certificates in `caCertFile` (PEM) and chains they sign.
  public static ServerTrust pinned(Path caCertFile) throws IOException {
    return pinned(caCertFile.toString(), PemFiles.readCertificates(caCertFile));
  }

  /// Trusts exactly `certificates`; `source` names them in messages.
  static ServerTrust pinned(String source, List<X509Certificate> certificates) throws IOException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("pinned-" + i, certificates.get(i));
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      X509TrustManager chains = (X509TrustManager) factory.getTrustManagers()[0];
      Set<String> fingerprints = certificates.stream().map(Fingerprints::sha256).collect(Collectors.toSet());
      return new ServerTrust(source, fingerprints, chains, null, null);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot use " + source + " as a trust anchor: " + e.getMessage(), e);
    }
  }

  /// Trusts a server's first certificate and records it in the cleartext file `knownServersFile`.
  public static ServerTrust trustOnFirstUse(Path knownServersFile) {
    Objects.requireNonNull(knownServersFile, "knownServersFile");
    return new ServerTrust(knownServersFile.toString(), Set.of(), null, new KnownServers(knownServersFile),
        "if the server's certificate was really replaced, remove its line from " + knownServersFile
            + " or pass --ca-cert with the new certificate");
  }

  /// Trusts a server's first certificate and records it in `store` (named `source` in messages). A changed
  /// certificate is refused with a one-line message ending in `howToAccept`, which tells the user how to accept a
  /// new certificate (for a profile: which command forgets the record).
  public static ServerTrust trustOnFirstUse(KnownServerStore store, String source, String howToAccept) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(howToAccept, "howToAccept");
    return new ServerTrust(source, Set.of(), null, store, howToAccept);
  }

  /// A verifier for one connection to `server` (`host:port`).
  ServerCertificateVerifier verifierFor(String server) {
    return new ServerCertificateVerifier(server, this);
  }

  /// Checks `chain` for `server`; returns null when trusted, else the one-line reason to show the user.
  String check(String server, X509Certificate[] chain, String authType) {
    String fingerprint = Fingerprints.sha256(chain[0]);
    if (knownServers == null) {
      if (pinnedFingerprints.contains(fingerprint)) {
        return null;
      }
      try {
        pinnedChains.checkServerTrusted(chain, authType);
        return null;
      } catch (java.security.cert.CertificateException | RuntimeException e) {
        return "server " + server + " presented a certificate (sha256 " + fingerprint
            + ") that " + source + " does not trust: check --ca-cert, or that you reach the right server";
      }
    }
    try {
      String known = knownServers.recordIfAbsent(ServerAddress.parse(server), fingerprint);
      if (known.equals(fingerprint)) {
        return null;
      }
      return "server certificate for " + server + " changed (known sha256 " + known + ", now " + fingerprint
          + "): " + howToAccept;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return "cannot use " + source + ": " + e.getMessage();
    }
  }
}
