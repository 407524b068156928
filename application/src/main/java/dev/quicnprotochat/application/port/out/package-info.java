/// Outbound ports the server use cases need: stores, the push notifier, the key-package validator and the OPAQUE
/// server. Each store port has an abstract contract test in the test-jar that every adapter extends.
package dev.quicnprotochat.application.port.out;
