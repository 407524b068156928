/// RFC 9807 §6.4 3DH: the Diffie-Hellman groups (prime-order or X25519), the transcript preamble and the key
/// schedule.
package dev.quicnprotochat.opaque.ake;
