package dev.quicnprotochat.mls.crypto;

import java.nio.charset.StandardCharsets;

/// [LabeledEncryptor] for the DHKEM suites: EncryptWithLabel (RFC 9420 §5.1.3) to many recipients under one
/// context, e.g. the GroupSecrets of a Welcome, whose context is the whole `encrypted_group_info`.
///
/// RFC 9180 base mode hashes `info` into `info_hash` in every key schedule; with a large context and a thousand
/// joiners that hashing dominates. This computes the key schedule context once and then, per recipient, only the
/// DHKEM encapsulation (§4.1), the `secret`/`key`/`base_nonce` derivations (§5.1) and the AEAD seal. The output is
/// ordinary HPKE: `decryptWithLabel` opens it. Thread-safe.
final class DhkemLabeledEncryptor implements LabeledEncryptor {

  private static final byte[] HPKE_V1 = "HPKE-v1".getBytes(StandardCharsets.US_ASCII);

  private final CipherSuite suite;
  private final Hpke hpke;
  private final byte[] kemSuiteId;
  private final byte[] hpkeSuiteId;
  private final byte[] keyScheduleContext;

  DhkemLabeledEncryptor(CipherSuite suite, Hpke hpke, byte[] info) {
    this.suite = suite;
    this.hpke = hpke;
    this.kemSuiteId = new byte[] {'K', 'E', 'M', (byte) (hpke.kemId() >> 8), (byte) hpke.kemId()};
    this.hpkeSuiteId = new byte[] {'H', 'P', 'K', 'E', (byte) (hpke.kemId() >> 8), (byte) hpke.kemId(),
        (byte) (hpke.kdfId() >> 8), (byte) hpke.kdfId(), (byte) (hpke.aeadId() >> 8), (byte) hpke.aeadId()};
    byte[] pskIdHash = labeledExtract(hpkeSuiteId, new byte[0], "psk_id_hash", new byte[0]);
    byte[] infoHash = labeledExtract(hpkeSuiteId, new byte[0], "info_hash", info);
    // key_schedule_context = mode_base (0) || psk_id_hash || info_hash
    this.keyScheduleContext = concat(new byte[] {0}, pskIdHash, infoHash);
  }

  /// SealBase(pkR, info, "", plaintext) with the precomputed `info`.
  @Override
  public HpkeCiphertext encrypt(byte[] publicKey, byte[] plaintext) {
    byte[][] encDh = hpke.encapDh(publicKey);
    byte[] enc = encDh[0];
    // RFC 9180 §4.1 ExtractAndExpand: the KEM's hash is the suite's for every MLS suite (1-7).
    byte[] eaePrk = labeledExtract(kemSuiteId, new byte[0], "eae_prk", encDh[1]);
    byte[] sharedSecret = labeledExpand(kemSuiteId, eaePrk, "shared_secret", concat(enc, publicKey),
        suite.hashLength());
    // RFC 9180 §5.1 KeySchedule with psk = "": secret = LabeledExtract(shared_secret, "secret", "").
    byte[] secret = labeledExtract(hpkeSuiteId, sharedSecret, "secret", new byte[0]);
    byte[] key = labeledExpand(hpkeSuiteId, secret, "key", keyScheduleContext, suite.aeadKeyLength());
    byte[] nonce = labeledExpand(hpkeSuiteId, secret, "base_nonce", keyScheduleContext, suite.aeadNonceLength());
    try {
      return new HpkeCiphertext(enc, suite.seal(key, nonce, new byte[0], plaintext));
    } finally {
      java.util.Arrays.fill(encDh[1], (byte) 0);
      java.util.Arrays.fill(sharedSecret, (byte) 0);
      java.util.Arrays.fill(secret, (byte) 0);
      java.util.Arrays.fill(key, (byte) 0);
    }
  }

  /// `LabeledExtract(salt, label, ikm) = Extract(salt, "HPKE-v1" || suite_id || label || ikm)`.
  private byte[] labeledExtract(byte[] suiteId, byte[] salt, String label, byte[] ikm) {
    return suite.extract(salt, concat(HPKE_V1, suiteId, label.getBytes(StandardCharsets.US_ASCII), ikm));
  }

  /// `LabeledExpand(prk, label, info, L) = Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L)`.
  private byte[] labeledExpand(byte[] suiteId, byte[] prk, String label, byte[] info, int length) {
    byte[] len = {(byte) (length >> 8), (byte) length};
    return suite.expand(prk, concat(len, HPKE_V1, suiteId, label.getBytes(StandardCharsets.US_ASCII), info), length);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
