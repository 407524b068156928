package dev.quicnprotochat.mls.crypto;

/// The output of an HPKE seal: `struct { opaque kem_output<V>; opaque ciphertext<V>; } HPKECiphertext` (RFC 9420
/// §5.1.3).
public record HpkeCiphertext(byte[] kemOutput, byte[] ciphertext) {
}
