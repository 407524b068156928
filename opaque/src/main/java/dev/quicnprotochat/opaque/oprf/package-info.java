/// RFC 9497 OPRF in base mode (0x00) for ristretto255-SHA512 and P256-SHA256: DeriveKeyPair, Blind,
/// BlindEvaluate, Finalize and Evaluate.
package dev.quicnprotochat.opaque.oprf;
