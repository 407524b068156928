/// Outbound ports of the client. `ServerGateway` is the client's typed view of the server (implemented in
/// adapters-quic); the client-state ports (vault, group state, caches) live beside it.
package dev.quicnprotochat.application.port.out.client;
