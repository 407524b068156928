/// Group and hash primitives shared by the OPRF and the key exchange: ristretto255 (RFC 9496) on BouncyCastle's
/// constant-time curve25519 field, P-256 with RFC 9380 hash-to-curve, and SHA-2 based HMAC, HKDF and
/// expand_message_xmd.
package dev.quicnprotochat.opaque.crypto;
