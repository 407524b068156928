package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Key packages in `key-packages.log`. Records: `1 = published(identity, [ref, data]*, last resort?)`,
/// `2 = taken(identity, ref)`. A take is decided under the store lock and is durable before the package is handed
/// out, so no package is ever handed out twice, even across a crash.
public final class FileKeyPackageStore extends LoggedStore implements KeyPackageStore {

  private static final int PUBLISHED = 1;
  private static final int TAKEN = 2;

  /// Insertion order is publication order: take hands out the oldest first.
  private final Map<IdentityKey, LinkedHashMap<KeyPackageRef, StoredKeyPackage>> batches = new HashMap<>();
  private final Map<IdentityKey, StoredKeyPackage> lastResorts = new HashMap<>();

  public FileKeyPackageStore(Path dataDirectory) throws IOException {
    openLog(dataDirectory.resolve("key-packages.log"));
  }

  @Override
  public void publish(IdentityKey identity, List<StoredKeyPackage> batch, Optional<StoredKeyPackage> lastResort) {
    if (batch.stream().anyMatch(StoredKeyPackage::lastResort)) {
      throw new IllegalArgumentException("a batch holds single-use key packages only");
    }
    if (lastResort.isPresent() && !lastResort.get().lastResort()) {
      throw new IllegalArgumentException("the last-resort key package must be marked as such");
    }
    if (batch.isEmpty() && lastResort.isEmpty()) {
      return;
    }
    write(() -> new Pending<>(null, commit(encodePublished(identity, batch, lastResort))));
  }

  @Override
  public Optional<StoredKeyPackage> take(IdentityKey identity) {
    return write(() -> {
      var mine = batches.get(identity);
      if (mine != null && !mine.isEmpty()) {
        StoredKeyPackage oldest = mine.firstEntry().getValue();
        byte[] record = new RecordWriter(TAKEN).key(identity).bytes(oldest.ref().value()).toByteArray();
        return new Pending<>(Optional.of(oldest), commit(record));
      }
      // RFC 9420 §16.8: the last-resort package is reused, never consumed
      return new Pending<>(Optional.ofNullable(lastResorts.get(identity)), null);
    });
  }

  @Override
  public KeyPackageCount count(IdentityKey identity) {
    lock.lock();
    try {
      var mine = batches.get(identity);
      return new KeyPackageCount(mine == null ? 0 : mine.size(), lastResorts.containsKey(identity));
    } finally {
      lock.unlock();
    }
  }

  private static byte[] encodePublished(IdentityKey identity, List<StoredKeyPackage> batch,
      Optional<StoredKeyPackage> lastResort) {
    RecordWriter out = new RecordWriter(PUBLISHED).key(identity).i32(batch.size());
    batch.forEach(p -> out.bytes(p.ref().value()).bytes(p.data()));
    out.bool(lastResort.isPresent());
    lastResort.ifPresent(p -> out.bytes(p.ref().value()).bytes(p.data()));
    return out.toByteArray();
  }

  @Override
  protected void apply(byte[] record) throws IOException {
    RecordReader in = new RecordReader(record);
    int tag = in.u8();
    IdentityKey identity = in.key();
    switch (tag) {
      case PUBLISHED -> {
        var mine = batches.computeIfAbsent(identity, k -> new LinkedHashMap<>());
        int count = in.count();
        for (int i = 0; i < count; i++) {
          StoredKeyPackage p = new StoredKeyPackage(new KeyPackageRef(in.bytes()), in.bytes(), false);
          mine.putIfAbsent(p.ref(), p);
        }
        if (in.bool()) {
          lastResorts.put(identity, new StoredKeyPackage(new KeyPackageRef(in.bytes()), in.bytes(), true));
        }
      }
      case TAKEN -> {
        var mine = batches.get(identity);
        KeyPackageRef ref = new KeyPackageRef(in.bytes());
        if (mine != null) {
          mine.remove(ref);
          if (mine.isEmpty()) {
            batches.remove(identity);
          }
        }
      }
      default -> throw new IOException("unknown key package record type " + tag);
    }
    in.end();
  }

  @Override
  protected List<byte[]> snapshot() {
    List<byte[]> records = new ArrayList<>();
    batches.forEach((identity, mine) -> records.add(encodePublished(identity, List.copyOf(mine.values()),
        Optional.ofNullable(lastResorts.get(identity)))));
    lastResorts.forEach((identity, p) -> {
      if (!batches.containsKey(identity)) {
        records.add(encodePublished(identity, List.of(), Optional.of(p)));
      }
    });
    return records;
  }
}
