/// Login sessions: the 256-bit [SessionToken] a client holds, the [SessionTokenHash] the server stores, and the
/// [Session] with its expiry.
package dev.quicnprotochat.domain.session;
