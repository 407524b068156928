/// Inbound ports of the client (the CLI and REPL call these): account, key packages, groups, sending and
/// receiving. Expected outcomes are sealed results; the shared ones ([ServerRefused], [ServerUnreachable],
/// [NoIdentity], [UnknownGroup]) carry one line a person can read. docs/client-use-cases.md describes each.
package dev.quicnprotochat.application.port.in.client;
