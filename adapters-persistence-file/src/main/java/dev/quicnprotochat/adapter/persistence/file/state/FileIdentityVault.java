package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/// [IdentityVault] in `identity.qpc`. Body: the Ed25519 private seed (32 bytes), then the public key (32 bytes),
/// which is checked against the one the seed derives.
public final class FileIdentityVault implements IdentityVault {

  static final String FILE_NAME = "identity.qpc";

  private final StateDirectory state;
  private final Path file;

  public FileIdentityVault(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public Optional<IdentityKeyPair> load() {
    try {
      Optional<byte[]> body = state.read(file, FileKind.IDENTITY);
      if (body.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(decode(body.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the identity", e);
    }
  }

  @Override
  public boolean create(IdentityKeyPair identity) {
    synchronized (state.lockFor(file)) {
      if (load().isPresent()) {
        return false;
      }
      byte[] seed = identity.seed();
      try {
        state.write(file, FileKind.IDENTITY,
            new BodyWriter().raw(seed).raw(identity.publicKey().value().toByteArray()).toByteArray());
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("could not store the identity", e);
      } finally {
        Arrays.fill(seed, (byte) 0);
      }
    }
  }

  private IdentityKeyPair decode(byte[] body) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    byte[] seed = in.raw(IdentityKeyPair.SEED_LENGTH);
    byte[] publicKey = in.raw(32);
    in.end();
    try {
      IdentityKeyPair identity = IdentityKeyPair.fromSeed(seed);
      if (!Arrays.equals(identity.publicKey().value().toByteArray(), publicKey)) {
        throw in.corrupt("holds a public key that does not match its private key");
      }
      return identity;
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(body, (byte) 0);
    }
  }
}
