/// The RFC 9807 wire structs, each a fixed-length byte string for a given configuration. `decode` validates the
/// length and every group element; `toBytes` gives the encoding.
package dev.quicnprotochat.opaque.message;
