/// RFC 9807 §4-5 client credential storage: randomized password, envelope Store/Recover, cleartext credentials and
/// credential-response masking.
package dev.quicnprotochat.opaque.envelope;
