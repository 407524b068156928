/// The client's use cases over the client ports: account (OPAQUE behind
/// [dev.quicnprotochat.application.port.out.client.PasswordAuthenticator]), key packages, groups and receiving,
/// with MLS behind [dev.quicnprotochat.application.port.out.client.GroupEngine]. docs/client-use-cases.md
/// describes each service, its ports and its outcomes.
package dev.quicnprotochat.application.service.client;
