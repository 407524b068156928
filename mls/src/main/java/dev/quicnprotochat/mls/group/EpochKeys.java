package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import java.util.Arrays;

/// The epoch secrets a group keeps after the key schedule ran (RFC 9420 §8, Table 4); `encryption_secret` lives on
/// in the secret tree and `joiner_secret`/`welcome_secret` are only needed while committing. Immutable: the arrays
/// never leave this class uncopied. `toString` redacts everything.
final class EpochKeys {

  private static final int COUNT = 8;
  private static final int SENDER_DATA = 0;
  private static final int EXPORTER = 1;
  private static final int EXTERNAL = 2;
  private static final int CONFIRMATION = 3;
  private static final int MEMBERSHIP = 4;
  private static final int RESUMPTION = 5;
  private static final int AUTHENTICATION = 6;
  private static final int INIT = 7;

  private final byte[][] secrets;

  private EpochKeys(byte[][] secrets) {
    this.secrets = secrets;
  }

  static EpochKeys of(EpochSecrets s) {
    byte[][] a = new byte[COUNT][];
    a[SENDER_DATA] = s.senderDataSecret().toByteArray();
    a[EXPORTER] = s.exporterSecret().toByteArray();
    a[EXTERNAL] = s.externalSecret().toByteArray();
    a[CONFIRMATION] = s.confirmationKey().toByteArray();
    a[MEMBERSHIP] = s.membershipKey().toByteArray();
    a[RESUMPTION] = s.resumptionPsk().toByteArray();
    a[AUTHENTICATION] = s.epochAuthenticator();
    a[INIT] = s.initSecret().toByteArray();
    return new EpochKeys(a);
  }

  byte[] senderData() {
    return secrets[SENDER_DATA].clone();
  }

  byte[] membership() {
    return secrets[MEMBERSHIP].clone();
  }

  byte[] confirmation() {
    return secrets[CONFIRMATION].clone();
  }

  byte[] resumption() {
    return secrets[RESUMPTION].clone();
  }

  byte[] authenticator() {
    return secrets[AUTHENTICATION].clone();
  }

  byte[] init() {
    return secrets[INIT].clone();
  }

  /// `KEM.DeriveKeyPair(external_secret)` (§8.3).
  HpkeKeyPair externalKeyPair(CipherSuite suite) {
    return suite.deriveHpkeKeyPair(secrets[EXTERNAL].clone());
  }

  /// MLS-Exporter (§8.5).
  byte[] export(CipherSuite suite, String label, byte[] context, int length) {
    byte[] base = suite.deriveSecret(secrets[EXPORTER], label);
    try {
      return suite.expandWithLabel(base, "exported", suite.hash(context), length);
    } finally {
      Arrays.fill(base, (byte) 0);
    }
  }

  void encode(TlsWriter w) {
    for (byte[] s : secrets) {
      w.opaque(s);
    }
  }

  static EpochKeys decode(TlsReader r) {
    byte[][] a = new byte[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      a[i] = r.opaque();
    }
    return new EpochKeys(a);
  }

  @Override
  public String toString() {
    return "EpochKeys[<redacted>]";
  }
}
