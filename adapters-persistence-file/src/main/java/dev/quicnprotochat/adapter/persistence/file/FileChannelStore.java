package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// Channels and inboxes in one log, `channels.log`, so that a commit (epoch advance, membership change, fan-out
/// and welcomes) is one record: durable as a whole or not at all (DESIGN.md §4).
///
/// Records: `1 = created(channel)`, `2 = committed(channel id, expected epoch, added, removed, entries)`,
/// `3 = enqueued(entries)`, `4 = acked(recipient, up to)`, `5 = counter(recipient, last sequence)` (snapshots only,
/// so numbers are not reused after compaction). Entries carry their sequence numbers, chosen under the store lock,
/// so replay reproduces them exactly.
public final class FileChannelStore extends LoggedStore implements ChannelStore, InboxStore {

  private static final int CREATED = 1;
  private static final int COMMITTED = 2;
  private static final int ENQUEUED = 3;
  private static final int ACKED = 4;
  private static final int COUNTER = 5;
  private static final int SNAPSHOT_CHUNK = 256;

  private record Stored(IdentityKey recipient, InboxEntry entry) {}

  private static final class Inbox {
    long lastSequence;
    final TreeMap<Long, InboxEntry> entries = new TreeMap<>();
  }

  private final Map<ChannelId, Channel> channels = new HashMap<>();
  private final Map<IdentityKey, Inbox> inboxes = new HashMap<>();

  public FileChannelStore(Path dataDirectory) throws IOException {
    this(dataDirectory, DEFAULT_COMPACT_AFTER);
  }

  FileChannelStore(Path dataDirectory, long compactAfter) throws IOException {
    super(compactAfter);
    openLog(dataDirectory.resolve("channels.log"));
  }

  @Override
  public boolean create(Channel channel) {
    return write(() -> channels.containsKey(channel.id())
        ? new Pending<>(false, null)
        : new Pending<>(true, commit(encodeCreated(channel))));
  }

  @Override
  public Optional<Channel> find(ChannelId id) {
    lock.lock();
    try {
      return Optional.ofNullable(channels.get(id));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    return write(() -> {
      Channel channel = channels.get(commit.channelId());
      if (channel == null) {
        return new Pending<>(new CommitOutcome.UnknownChannel(), null);
      }
      // the compare-and-set: decided under the lock, so one commit per epoch wins
      if (!channel.epoch().equals(commit.expectedEpoch())) {
        return new Pending<>(new CommitOutcome.StaleEpoch(channel.epoch()), null);
      }
      Map<IdentityKey, Long> reserved = new HashMap<>();
      List<Stored> fanOut = allocate(commit.fanOut(), reserved);
      List<Stored> welcomes = allocate(commit.welcomes(), reserved);
      List<Stored> all = new ArrayList<>(fanOut);
      all.addAll(welcomes);
      RecordWriter out = new RecordWriter(COMMITTED).bytes(commit.channelId().value())
          .i64(commit.expectedEpoch().value()).keys(commit.change().added()).keys(commit.change().removed());
      writeEntries(out, all);
      var durable = commit(out.toByteArray());
      return new Pending<>(new CommitOutcome.Accepted(commit.expectedEpoch().next(), sequences(fanOut),
          sequences(welcomes)), durable);
    });
  }

  @Override
  public List<Long> enqueue(List<Envelope> envelopes) {
    if (envelopes.isEmpty()) {
      return List.of();
    }
    return write(() -> {
      List<Stored> stored = allocate(envelopes, new HashMap<>());
      RecordWriter out = new RecordWriter(ENQUEUED);
      writeEntries(out, stored);
      return new Pending<>(sequences(stored), commit(out.toByteArray()));
    });
  }

  @Override
  public List<InboxEntry> fetch(IdentityKey recipient, long afterSequence, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    lock.lock();
    try {
      Inbox inbox = inboxes.get(recipient);
      if (inbox == null) {
        return List.of();
      }
      return inbox.entries.tailMap(afterSequence, false).values().stream().limit(limit).toList();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int ack(IdentityKey recipient, long upToSequence) {
    return write(() -> {
      Inbox inbox = inboxes.get(recipient);
      int count = inbox == null ? 0 : inbox.entries.headMap(upToSequence, true).size();
      if (count == 0) {
        return new Pending<>(0, null);
      }
      return new Pending<>(count, commit(new RecordWriter(ACKED).key(recipient).i64(upToSequence).toByteArray()));
    });
  }

  @Override
  public int depth(IdentityKey recipient) {
    lock.lock();
    try {
      Inbox inbox = inboxes.get(recipient);
      return inbox == null ? 0 : inbox.entries.size();
    } finally {
      lock.unlock();
    }
  }

  private List<Stored> allocate(List<Envelope> envelopes, Map<IdentityKey, Long> reserved) {
    List<Stored> stored = new ArrayList<>(envelopes.size());
    for (Envelope e : envelopes) {
      Inbox inbox = inboxes.get(e.recipient());
      long last = reserved.getOrDefault(e.recipient(), inbox == null ? 0 : inbox.lastSequence);
      long sequence = last + 1;
      reserved.put(e.recipient(), sequence);
      stored.add(new Stored(e.recipient(), e.toEntry(sequence)));
    }
    return stored;
  }

  private static List<Long> sequences(List<Stored> stored) {
    return stored.stream().map(s -> s.entry().sequence()).toList();
  }

  private static byte[] encodeCreated(Channel channel) {
    return new RecordWriter(CREATED).bytes(channel.id().value()).string(channel.kind().name())
        .i64(channel.epoch().value()).keys(channel.members()).toByteArray();
  }

  private static void writeEntries(RecordWriter out, List<Stored> entries) {
    out.i32(entries.size());
    for (Stored s : entries) {
      out.key(s.recipient()).i64(s.entry().sequence()).bytes(s.entry().channelId().value())
          .bytes(s.entry().payload()).optionalKey(s.entry().sender());
    }
  }

  private static List<Stored> readEntries(RecordReader in) throws IOException {
    int count = in.count();
    List<Stored> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      IdentityKey recipient = in.key();
      entries.add(new Stored(recipient, new InboxEntry(in.i64(), new ChannelId(in.bytes()), in.bytes(),
          in.optionalKey())));
    }
    return entries;
  }

  private void store(List<Stored> entries) {
    for (Stored s : entries) {
      Inbox inbox = inboxes.computeIfAbsent(s.recipient(), k -> new Inbox());
      inbox.entries.put(s.entry().sequence(), s.entry());
      inbox.lastSequence = Math.max(inbox.lastSequence, s.entry().sequence());
    }
  }

  @Override
  protected void apply(byte[] record) throws IOException {
    RecordReader in = new RecordReader(record);
    int tag = in.u8();
    switch (tag) {
      case CREATED -> {
        ChannelId id = new ChannelId(in.bytes());
        ChannelKind kind = ChannelKind.valueOf(in.string());
        Epoch epoch = new Epoch(in.i64());
        Channel channel = new Channel(id, kind, in.keys(), epoch);
        channels.put(channel.id(), channel);
      }
      case COMMITTED -> {
        ChannelId id = new ChannelId(in.bytes());
        Epoch expected = new Epoch(in.i64());
        MembershipChange change = new MembershipChange(in.keys(), in.keys());
        List<Stored> entries = readEntries(in);
        Channel channel = channels.get(id);
        if (channel == null || !channel.epoch().equals(expected)) {
          throw new IOException("commit record for " + id + " does not follow its channel's state");
        }
        // computed before anything changes, so a change that does not fit leaves the state untouched
        Channel next = channel.afterCommit(change);
        channels.put(id, next);
        store(entries);
      }
      case ENQUEUED -> store(readEntries(in));
      case ACKED -> {
        Inbox inbox = inboxes.get(in.key());
        long upTo = in.i64();
        if (inbox != null) {
          inbox.entries.headMap(upTo, true).clear();
        }
      }
      case COUNTER -> {
        Inbox inbox = inboxes.computeIfAbsent(in.key(), k -> new Inbox());
        inbox.lastSequence = Math.max(inbox.lastSequence, in.i64());
      }
      default -> throw new IOException("unknown channel record type " + tag);
    }
    in.end();
  }

  @Override
  protected List<byte[]> snapshot() {
    List<byte[]> records = new ArrayList<>();
    channels.values().forEach(c -> records.add(encodeCreated(c)));
    inboxes.forEach((recipient, inbox) -> {
      records.add(new RecordWriter(COUNTER).key(recipient).i64(inbox.lastSequence).toByteArray());
      List<Stored> entries = inbox.entries.values().stream().map(e -> new Stored(recipient, e)).toList();
      // chunked, so no snapshot record nears the record size limit
      for (int from = 0; from < entries.size(); from += SNAPSHOT_CHUNK) {
        RecordWriter out = new RecordWriter(ENQUEUED);
        writeEntries(out, entries.subList(from, Math.min(entries.size(), from + SNAPSHOT_CHUNK)));
        records.add(out.toByteArray());
      }
    });
    return records;
  }
}
