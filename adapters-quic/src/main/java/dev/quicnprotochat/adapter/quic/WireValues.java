package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.capnproto.Data;
import org.capnproto.DataList;
import org.capnproto.Text;

/// Conversions between wire fields and domain values, both directions. Optional fields are absent-or-empty on the
/// wire. Domain constructors validate (lengths, username rules); [#command] turns their refusal into
/// `invalidRequest`, so bad input is the caller's error, never an `internal` one.
final class WireValues {
  private WireValues() {}

  /// Builds a command (or any value) from request fields; a domain rule the input breaks is `invalidRequest`.
  static <T> T command(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String reason = e.getMessage() == null ? "invalid request" : e.getMessage();
      throw new CallException(CallError.INVALID_REQUEST, Outcomes.oneLine(reason));
    }
  }

  static Bytes bytes(Data.Reader data) {
    return Bytes.wrap(data.toArray());
  }

  static Optional<Bytes> optionalBytes(Data.Reader data) {
    return data.size() == 0 ? Optional.empty() : Optional.of(bytes(data));
  }

  static Optional<String> optionalText(Text.Reader text) {
    String value = text.toString();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static Username username(Text.Reader text) {
    return Username.of(text.toString());
  }

  static IdentityKey identityKey(Data.Reader data) {
    return new IdentityKey(bytes(data));
  }

  static ChannelId channelId(Data.Reader data) {
    return new ChannelId(bytes(data));
  }

  static Optional<ChannelCredentialHash> credentialHash(Data.Reader data) {
    return optionalBytes(data).map(ChannelCredentialHash::new);
  }

  /// A UInt64 epoch; values above 2^63 - 1 arrive negative and are refused by [Epoch].
  static Epoch epoch(long value) {
    return new Epoch(value);
  }

  static Set<IdentityKey> identityKeys(DataList.Reader list) {
    Set<IdentityKey> keys = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!keys.add(identityKey(list.get(i)))) {
        throw new IllegalArgumentException("an identity key is listed twice");
      }
    }
    return keys;
  }

  static List<Bytes> bytesList(DataList.Reader list) {
    List<Bytes> values = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      values.add(bytes(list.get(i)));
    }
    return values;
  }

  static void fill(DataList.Builder list, Collection<? extends Bytes> values) {
    int i = 0;
    for (Bytes value : values) {
      list.set(i++, new Data.Reader(value.toByteArray()));
    }
  }

  static void fillKeys(DataList.Builder list, Collection<IdentityKey> keys) {
    int i = 0;
    for (IdentityKey key : keys) {
      list.set(i++, new Data.Reader(key.value().toByteArray()));
    }
  }
}
