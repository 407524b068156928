package dev.quicnprotochat.mls.crypto;

/// Base-mode HPKE (RFC 9180) for one (KEM, KDF, AEAD) triple, on serialised keys: the part of a cipher suite that
/// differs between the Diffie-Hellman KEMs of RFC 9420 ([Hpke]) and the post-quantum KEMs ([PqHpke]).
interface HpkeSuite {

  /// DeriveKeyPair(ikm) of the KEM.
  HpkeKeyPair deriveKeyPair(byte[] ikm);

  HpkeKeyPair generateKeyPair();

  /// SealBase(pkR, info, aad, pt).
  HpkeCiphertext seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext);

  /// OpenBase(enc, skR, info, aad, ct); failure is a `CryptoException`.
  byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput, byte[] ciphertext);

  /// SetupBaseS(pkR, info) followed by Context.Export(exporterContext, length).
  HpkeExport exportSender(byte[] publicKey, byte[] info, byte[] exporterContext, int length);

  /// SetupBaseR(enc, skR, info) followed by Context.Export(exporterContext, length).
  byte[] exportReceiver(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput, byte[] exporterContext,
      int length);
}
