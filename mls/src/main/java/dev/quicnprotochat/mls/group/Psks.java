package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.schedule.PskSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Resolves the PSKs a commit or Welcome names (RFC 9420 §8.4, §8.6) and combines them into `psk_secret`.
final class Psks {

  private Psks() {
  }

  /// `groupId` and `resumption` describe this client's own group; a joiner passes an empty map.
  static byte[] secret(CipherSuite suite, List<PreSharedKeyID> ids, PskStore store, Bytes groupId,
      Map<Long, Bytes> resumption) {
    List<PskSecret.Input> inputs = new ArrayList<>(ids.size());
    for (PreSharedKeyID id : ids) {
      // RFC 9420 §8.4: the nonce is fresh and Nh bytes long.
      if (id.pskNonce().length() != suite.hashLength()) {
        throw new ValidationException(ValidationCheck.PSK, "PSK nonce of " + id.pskNonce().length() + " bytes");
      }
      byte[] psk = switch (id) {
        case PreSharedKeyID.External e -> store.externalPsk(e.pskId()).orElseThrow(() -> new ValidationException(
            ValidationCheck.PSK, "unknown external PSK " + e.pskId()));
        case PreSharedKeyID.Resumption r -> {
          // RFC 9420 §8.6: in an ordinary commit only application-usage resumption PSKs of this group are valid.
          if (r.usage() != PreSharedKeyID.USAGE_APPLICATION || !r.pskGroupId().equals(groupId)) {
            throw new ValidationException(ValidationCheck.PSK, "resumption PSK with usage " + r.usage()
                + " or of another group");
          }
          Bytes value = resumption.get(r.pskEpoch());
          if (value == null) {
            throw new ValidationException(ValidationCheck.PSK, "no resumption PSK of epoch "
                + Long.toUnsignedString(r.pskEpoch()));
          }
          yield value.toByteArray();
        }
      };
      inputs.add(new PskSecret.Input(id, psk));
    }
    return PskSecret.compute(suite, inputs);
  }
}
