/// OPAQUE-3DH (RFC 9807) for the application layer: [OpaqueConfig], [OpaqueServerSetup], [OpaqueServer] and
/// [OpaqueClient], with their single-use states and results, the [OpaqueException] family and the injectable
/// [OpaqueRandom]. docs/opaque.md shows the registration and login flows end to end.
package dev.quicnprotochat.opaque;
