/// Inbound ports: one `VerbNounUseCase` per server operation, with its `VerbNounCommand` and sealed
/// `VerbNounResult`. Shared result records ([Unauthenticated], [RateLimited], [NotAMember], ...) implement every
/// result type they can appear in. See docs/server-use-cases.md.
package dev.quicnprotochat.application.port.in;
