package dev.quicnprotochat.mls.crypto;

/// EncryptWithLabel (RFC 9420 §5.1.3) to many recipients under one label and context, as a Welcome encrypts its
/// GroupSecrets to every joiner. A suite may precompute what all recipients share; the output is ordinary HPKE that
/// [CipherSuite#decryptWithLabel] opens. Implementations are thread-safe.
@FunctionalInterface
public interface LabeledEncryptor {

  /// EncryptWithLabel(publicKey, label, context, plaintext) with this encryptor's label and context.
  HpkeCiphertext encrypt(byte[] publicKey, byte[] plaintext);
}
