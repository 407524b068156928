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

/// [KeyPackageSecretStore] in `key-packages.qpc`, rewritten atomically on every change and kept in memory between
/// (the directory lock guarantees no other writer). One file rather than one per package: a take is one atomic
/// replace, and the file names give away neither how many packages are outstanding nor their refs.
///
/// Body: count (u32), then per secret: ref (u8 length, bytes), last resort (u8 0/1), private keys (u32 length, bytes).
public final class FileKeyPackageSecretStore implements KeyPackageSecretStore {

  static final String FILE_NAME = "key-packages.qpc";

  private final StateDirectory state;
  private final Path file;
  private final Map<KeyPackageRef, KeyPackageSecret> secrets = new LinkedHashMap<>();

  public FileKeyPackageSecretStore(StateDirectory state) throws IOException {
    this.state = state;
    this.file = state.file(FILE_NAME);
    Optional<byte[]> body = state.read(file, FileKind.KEY_PACKAGE_SECRETS);
    if (body.isPresent()) {
      decode(body.get());
    }
  }

  @Override
  public synchronized void saveAll(List<KeyPackageSecret> batch) {
    Map<KeyPackageRef, KeyPackageSecret> before = new LinkedHashMap<>(secrets);
    batch.forEach(secret -> secrets.put(secret.ref(), secret));
    persistOrRestore(before);
  }

  @Override
  public synchronized Optional<KeyPackageSecret> take(KeyPackageRef ref) {
    KeyPackageSecret secret = secrets.get(ref);
    if (secret == null || secret.lastResort()) {
      return Optional.ofNullable(secret);
    }
    Map<KeyPackageRef, KeyPackageSecret> before = new LinkedHashMap<>(secrets);
    secrets.remove(ref);
    // durable before it is handed out: a crash must not let the same keys open a second Welcome
    persistOrRestore(before);
    return Optional.of(secret);
  }

  @Override
  public synchronized boolean remove(KeyPackageRef ref) {
    if (!secrets.containsKey(ref)) {
      return false;
    }
    Map<KeyPackageRef, KeyPackageSecret> before = new LinkedHashMap<>(secrets);
    secrets.remove(ref);
    persistOrRestore(before);
    return true;
  }

  @Override
  public synchronized List<KeyPackageRef> refs() {
    return List.copyOf(secrets.keySet());
  }

  private void persistOrRestore(Map<KeyPackageRef, KeyPackageSecret> before) {
    try {
      BodyWriter out = new BodyWriter().u32(secrets.size());
      for (KeyPackageSecret secret : secrets.values()) {
        byte[] keys = secret.privateKeys();
        out.shortBytes(secret.ref().value().toByteArray()).u8(secret.lastResort() ? 1 : 0).bytes(keys);
        Arrays.fill(keys, (byte) 0);
      }
      state.write(file, FileKind.KEY_PACKAGE_SECRETS, out.toByteArray());
    } catch (IOException | RuntimeException e) {
      secrets.clear();
      secrets.putAll(before);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("could not store the key package secrets", io);
      }
      throw (RuntimeException) e;
    }
  }

  private void decode(byte[] body) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
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
    Arrays.fill(body, (byte) 0);
  }
}
