package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// [KeyPackageSecretStore] in `key-packages.qpc`, read, changed and replaced atomically under the file's lock on
/// every change. One file rather than one per package: a take is one atomic replace, and the file names give away
/// neither how many packages are outstanding nor their refs.
///
/// Body: count (u32), then per secret: ref (u8 length, bytes), last resort (u8 0/1), private keys (u32 length, bytes).
public final class FileKeyPackageSecretStore implements KeyPackageSecretStore {

  static final String FILE_NAME = "key-packages.qpc";

  private final StateDirectory state;
  private final Path file;

  public FileKeyPackageSecretStore(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public void saveAll(List<KeyPackageSecret> batch) {
    synchronized (state.lockFor(file)) {
      Map<KeyPackageRef, KeyPackageSecret> secrets = read();
      batch.forEach(secret -> secrets.put(secret.ref(), secret));
      write(secrets);
    }
  }

  @Override
  public Optional<KeyPackageSecret> take(KeyPackageRef ref) {
    synchronized (state.lockFor(file)) {
      Map<KeyPackageRef, KeyPackageSecret> secrets = read();
      KeyPackageSecret secret = secrets.get(ref);
      if (secret != null && !secret.lastResort()) {
        secrets.remove(ref);
        // durable before it is handed out: a crash must not let the same keys open a second Welcome
        write(secrets);
      }
      return Optional.ofNullable(secret);
    }
  }

  @Override
  public boolean remove(KeyPackageRef ref) {
    synchronized (state.lockFor(file)) {
      Map<KeyPackageRef, KeyPackageSecret> secrets = read();
      if (secrets.remove(ref) == null) {
        return false;
      }
      write(secrets);
      return true;
    }
  }

  @Override
  public List<KeyPackageRef> refs() {
    synchronized (state.lockFor(file)) {
      return List.copyOf(read().keySet());
    }
  }

  private void write(Map<KeyPackageRef, KeyPackageSecret> secrets) {
    BodyWriter out = new BodyWriter().u32(secrets.size());
    for (KeyPackageSecret secret : secrets.values()) {
      byte[] keys = secret.privateKeys();
      out.shortBytes(secret.ref().value().toByteArray()).u8(secret.lastResort() ? 1 : 0).bytes(keys);
      Arrays.fill(keys, (byte) 0);
    }
    try {
      state.write(file, FileKind.KEY_PACKAGE_SECRETS, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the key package secrets", e);
    }
  }

  private Map<KeyPackageRef, KeyPackageSecret> read() {
    Map<KeyPackageRef, KeyPackageSecret> secrets = new LinkedHashMap<>();
    try {
      Optional<byte[]> body = state.read(file, FileKind.KEY_PACKAGE_SECRETS);
      if (body.isPresent()) {
        decode(body.get(), secrets);
      }
      return secrets;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the key package secrets", e);
    }
  }

  private void decode(byte[] body, Map<KeyPackageRef, KeyPackageSecret> secrets) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    try {
      long count = in.u32();
      for (long i = 0; i < count; i++) {
        byte[] ref = in.shortBytes();
        int lastResort = in.u8();
        byte[] keys = in.bytes();
        if (lastResort > 1) {
          throw in.corrupt("holds an invalid last-resort flag");
        }
        try {
          KeyPackageSecret secret = KeyPackageSecret.of(new KeyPackageRef(Bytes.wrap(ref)), lastResort == 1, keys);
          secrets.put(secret.ref(), secret);
        } catch (IllegalArgumentException e) {
          throw in.corrupt("holds an invalid key package secret");
        } finally {
          Arrays.fill(keys, (byte) 0);
        }
      }
      in.end();
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }
}
