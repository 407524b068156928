/// The server use cases' implementations (`VerbNounService`), annotated for Dagger, plus the shared pieces they use:
/// [SessionGuard], [InboxDelivery], [PendingLogins], [ServerSettings] and the [RateLimitPolicy].
package dev.quicnprotochat.application.service;
