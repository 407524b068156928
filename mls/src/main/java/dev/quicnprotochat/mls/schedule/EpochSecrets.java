package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.Secret;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/// The secrets of one epoch (RFC 9420 §8, Table 4), each `DeriveSecret(epoch_secret, label)`, plus the
/// `joiner_secret` and `welcome_secret` a committer needs for its Welcome.
///
/// `toString` names no secret value. [#destroy()] zeroes all of them once the epoch is over.
public final class EpochSecrets implements Destroyable {

  private final CipherSuite suite;
  private final Secret joiner;
  private final Secret welcome;
  private final Secret senderData;
  private final Secret encryption;
  private final Secret exporter;
  private final Secret external;
  private final Secret confirmation;
  private final Secret membership;
  private final Secret resumption;
  private final Secret authentication;
  private final Secret init;

  private EpochSecrets(CipherSuite suite, byte[] joiner, byte[] welcome, byte[] epoch) {
    this.suite = suite;
    this.joiner = Secret.of(joiner);
    this.welcome = Secret.of(welcome);
    this.senderData = derive(epoch, "sender data");
    this.encryption = derive(epoch, "encryption");
    this.exporter = derive(epoch, "exporter");
    this.external = derive(epoch, "external");
    this.confirmation = derive(epoch, "confirm");
    this.membership = derive(epoch, "membership");
    this.resumption = derive(epoch, "resumption");
    this.authentication = derive(epoch, "authentication");
    this.init = derive(epoch, "init");
  }

  static EpochSecrets derive(CipherSuite suite, byte[] joiner, byte[] welcome, byte[] epoch) {
    return new EpochSecrets(suite, joiner, welcome, epoch);
  }

  private Secret derive(byte[] epoch, String label) {
    return Secret.wrap(suite.deriveSecret(epoch, label));
  }

  public CipherSuite suite() {
    return suite;
  }

  public Secret joinerSecret() {
    return joiner;
  }

  public Secret welcomeSecret() {
    return welcome;
  }

  public Secret senderDataSecret() {
    return senderData;
  }

  public Secret encryptionSecret() {
    return encryption;
  }

  public Secret exporterSecret() {
    return exporter;
  }

  public Secret externalSecret() {
    return external;
  }

  public Secret confirmationKey() {
    return confirmation;
  }

  public Secret membershipKey() {
    return membership;
  }

  public Secret resumptionPsk() {
    return resumption;
  }

  /// The epoch authenticator (§8.7), which members may compare out of band; returned as a copy.
  public byte[] epochAuthenticator() {
    return authentication.toByteArray();
  }

  /// `init_secret` for the next epoch.
  public Secret initSecret() {
    return init;
  }

  /// MLS-Exporter(label, context, length) of §8.5:
  /// `ExpandWithLabel(DeriveSecret(exporter_secret, label), "exported", Hash(context), length)`.
  public byte[] export(String label, byte[] context, int length) {
    byte[] exporterSecret = exporter.toByteArray();
    byte[] base = suite.deriveSecret(exporterSecret, label);
    Arrays.fill(exporterSecret, (byte) 0);
    try {
      return suite.expandWithLabel(base, "exported", suite.hash(context), length);
    } finally {
      Arrays.fill(base, (byte) 0);
    }
  }

  /// The epoch's external key pair, `KEM.DeriveKeyPair(external_secret)` (§8.3); its public half is the
  /// `external_pub` extension of GroupInfo.
  public HpkeKeyPair externalKeyPair() {
    byte[] secret = external.toByteArray();
    try {
      return suite.deriveHpkeKeyPair(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  @Override
  public void destroy() {
    for (Secret s : new Secret[] {joiner, welcome, senderData, encryption, exporter, external, confirmation,
        membership, resumption, authentication, init}) {
      s.destroy();
    }
  }

  @Override
  public boolean isDestroyed() {
    return init.isDestroyed();
  }

  @Override
  public String toString() {
    // Even the epoch authenticator stays out: it is compared out of band, not meant for logs.
    return "EpochSecrets[suite=" + suite.id() + (isDestroyed() ? ", destroyed" : "") + ", <redacted>]";
  }
}
