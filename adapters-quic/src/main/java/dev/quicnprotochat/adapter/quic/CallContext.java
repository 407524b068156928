package dev.quicnprotochat.adapter.quic;

import java.net.SocketAddress;

/// What a handler may know about the call it serves. Grows with authentication (the session bound to the
/// connection) without touching existing handlers.
///
/// @param connectionId a short, non-secret label for logs (not the QUIC connection id)
/// @param remote the peer's UDP address
/// @param connection state shared by the calls of one connection
record CallContext(String connectionId, SocketAddress remote, ConnectionState connection) {}
