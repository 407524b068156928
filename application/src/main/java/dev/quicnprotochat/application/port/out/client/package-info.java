/// Outbound ports of the client. [ServerGateway] is the client's typed view of the server (implemented in
/// adapters-quic). Beside it, the ports of the client's local state (DESIGN.md §5): the identity, the private keys
/// of published key packages, MLS group states, cached session tokens and the contact keys seen in directory
/// answers. The conversation database is [dev.quicnprotochat.application.port.out.ConversationStore].
///
/// Every state method that changes something returns once the change is durable. Storage failures surface as
/// unchecked exceptions (`UncheckedIOException`); absent entries are expected outcomes reported by the return value.
/// Each state port has an abstract contract test in the application test-jar that every adapter extends.
package dev.quicnprotochat.application.port.out.client;
