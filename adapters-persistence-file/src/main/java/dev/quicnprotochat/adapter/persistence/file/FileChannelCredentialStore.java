package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Sealed-sender credential hashes in `channel-credentials.log`. One record type:
/// `1 = registered(channel id, epoch, hash)`.
public final class FileChannelCredentialStore extends LoggedStore implements ChannelCredentialStore {

  private static final int REGISTERED = 1;

  private record Key(ChannelId channel, Epoch epoch) {}

  private final Map<Key, ChannelCredentialHash> hashes = new HashMap<>();

  public FileChannelCredentialStore(Path dataDirectory) throws IOException {
    openLog(dataDirectory.resolve("channel-credentials.log"));
  }

  @Override
  public void register(ChannelId channel, Epoch epoch, ChannelCredentialHash hash) {
    write(() -> new Pending<>(null, commit(encode(new Key(channel, epoch), hash))));
  }

  @Override
  public Optional<ChannelCredentialHash> find(ChannelId channel, Epoch epoch) {
    lock.lock();
    try {
      return Optional.ofNullable(hashes.get(new Key(channel, epoch)));
    } finally {
      lock.unlock();
    }
  }

  private static byte[] encode(Key key, ChannelCredentialHash hash) {
    return new RecordWriter(REGISTERED).bytes(key.channel().value()).i64(key.epoch().value()).bytes(hash.value())
        .toByteArray();
  }

  @Override
  protected void apply(byte[] record) throws IOException {
    RecordReader in = new RecordReader(record);
    int tag = in.u8();
    if (tag != REGISTERED) {
      throw new IOException("unknown channel credential record type " + tag);
    }
    Key key = new Key(new ChannelId(in.bytes()), new Epoch(in.i64()));
    hashes.put(key, new ChannelCredentialHash(in.bytes()));
    in.end();
  }

  @Override
  protected List<byte[]> snapshot() {
    List<byte[]> records = new ArrayList<>();
    hashes.forEach((key, hash) -> records.add(encode(key, hash)));
    return records;
  }
}
