package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.mls.codec.Bytes;

/// Signs with the user's Ed25519 identity key (RFC 8032 §5.1.6), e.g. the registration's identity binding
/// (`IdentityBinding.message`). A port because the application layer holds no signature code; bootstrap implements
/// it over BouncyCastle.
@FunctionalInterface
public interface IdentitySigner {

  /// The 64-byte Ed25519 signature of `message` by `identity`.
  Bytes sign(IdentityKeyPair identity, byte[] message);
}
