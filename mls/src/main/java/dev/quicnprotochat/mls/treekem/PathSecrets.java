package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.Secret;

/// The derivations of RFC 9420 §7.4:
///
/// ```
/// path_secret[n] = DeriveSecret(path_secret[n-1], "path")
/// node_secret[n] = DeriveSecret(path_secret[n], "node")
/// node_priv[n], node_pub[n] = KEM.DeriveKeyPair(node_secret[n])
/// commit_secret  = DeriveSecret(path_secret[last], "path")
/// ```
public final class PathSecrets {

  private PathSecrets() {
  }

  /// The path secret of the next node up the filtered direct path.
  public static Secret next(CipherSuite suite, Secret pathSecret) {
    return Secret.wrap(suite.deriveSecret(pathSecret.toByteArray(), "path"));
  }

  /// The HPKE key pair of the node that `pathSecret` belongs to.
  public static HpkeKeyPair nodeKeyPair(CipherSuite suite, Secret pathSecret) {
    byte[] nodeSecret = suite.deriveSecret(pathSecret.toByteArray(), "node");
    try {
      return suite.deriveHpkeKeyPair(nodeSecret);
    } finally {
      java.util.Arrays.fill(nodeSecret, (byte) 0);
    }
  }

  /// The commit secret: one "path" step past the root's path secret.
  public static Secret commitSecret(CipherSuite suite, Secret rootPathSecret) {
    return next(suite, rootPathSecret);
  }
}
