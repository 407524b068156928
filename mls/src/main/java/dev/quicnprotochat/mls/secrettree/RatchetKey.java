package dev.quicnprotochat.mls.secrettree;

import dev.quicnprotochat.mls.crypto.Secret;
import java.util.Objects;
import javax.security.auth.Destroyable;

/// The AEAD key and nonce of one ratchet generation (RFC 9420 §9.1). `generation` is a uint32 in a `long`.
/// Both secrets redact their `toString`; destroy the key once the message is processed.
public record RatchetKey(long generation, Secret key, Secret nonce) implements Destroyable {

  public RatchetKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(nonce, "nonce");
  }

  @Override
  public void destroy() {
    key.destroy();
    nonce.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return key.isDestroyed();
  }
}
