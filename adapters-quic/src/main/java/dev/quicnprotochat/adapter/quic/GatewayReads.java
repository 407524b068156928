package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.capnproto.Data;
import org.capnproto.StructList;

/// Reads result structs into domain values on the client. Domain constructors validate what the server sent.
final class GatewayReads {
  private GatewayReads() {}

  static Bytes bytes(Data.Reader data) {
    return Bytes.wrap(data.toArray());
  }

  static ServerSession session(Qpc.FinishLoginResult.Reader in) {
    return new ServerSession(SessionToken.of(in.getSessionToken().toArray()), Username.of(in.getUsername().toString()),
        new IdentityKey(bytes(in.getIdentityKey())), Instant.ofEpochMilli(in.getExpiresAtMillis()));
  }

  static KeyPackageCount count(Qpc.KeyPackageCount.Reader in) {
    if (in.getAvailable() < 0) {
      throw new IllegalArgumentException("key package count out of range");
    }
    return new KeyPackageCount(in.getAvailable(), in.getHasLastResort());
  }

  static StoredKeyPackage keyPackage(Qpc.FetchKeyPackageResult.Reader in) {
    return new StoredKeyPackage(new KeyPackageRef(bytes(in.getRef())), bytes(in.getKeyPackage()), in.getLastResort());
  }

  static List<InboxEntry> entries(StructList.Reader<Qpc.InboxEntry.Reader> in) {
    List<InboxEntry> entries = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Qpc.InboxEntry.Reader entry = in.get(i);
      Optional<IdentityKey> sender = entry.getSender().size() == 0
          ? Optional.empty()
          : Optional.of(new IdentityKey(bytes(entry.getSender())));
      entries.add(new InboxEntry(entry.getSequence(), new ChannelId(bytes(entry.getChannelId())),
          bytes(entry.getPayload()), sender));
    }
    return List.copyOf(entries);
  }

  static Channel channel(Qpc.DescribeChannelResult.Reader in) {
    ChannelKind kind = switch (in.getKind()) {
      case GROUP -> ChannelKind.GROUP;
      case DIRECT -> ChannelKind.DIRECT;
      case _NOT_IN_SCHEMA -> throw new IllegalArgumentException("unknown channel kind");
    };
    var members = new java.util.LinkedHashSet<IdentityKey>();
    for (int i = 0; i < in.getMembers().size(); i++) {
      members.add(new IdentityKey(bytes(in.getMembers().get(i))));
    }
    return new Channel(new ChannelId(bytes(in.getChannelId())), kind, members, new Epoch(in.getEpoch()));
  }
}
