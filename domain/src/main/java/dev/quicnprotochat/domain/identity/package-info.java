/// Who users are: [Username], the Ed25519 [IdentityKey], the OPAQUE [RegistrationRecord], the registered user and
/// the registrant's [IdentityBinding] proof.
package dev.quicnprotochat.domain.identity;
