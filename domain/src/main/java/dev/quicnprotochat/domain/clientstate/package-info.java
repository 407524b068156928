/// Values of the client's local state (DESIGN.md §5): the [IdentityKeyPair], the private halves of published key
/// packages ([KeyPackageSecret]), serialised MLS group states, cached session tokens, the contact keys seen in
/// directory answers and the [StatePassword] that seals them. Secrets among them redact `toString`.
package dev.quicnprotochat.domain.clientstate;
