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
import java.util.Optional;

/// Resolves the PSKs a commit or Welcome names (RFC 9420 §8.4, §8.6) and combines them into `psk_secret`.
final class Psks {

  private Psks() {
  }

  /// The resumption PSK that ties the successor of a re-initialised group to the old group's last epoch (RFC 9420
  /// §11.2): `groupId` and `epoch` of the old group, the epoch the ReInit commit started, and its resumption_psk.
  record ReInitPsk(Bytes groupId, long epoch, Bytes secret) {
  }

  /// `groupId` and `resumption` describe this client's own group; a joiner passes an empty map.
  static byte[] secret(CipherSuite suite, List<PreSharedKeyID> ids, PskStore store, Bytes groupId,
      Map<Long, Bytes> resumption) {
    return secret(suite, ids, store, groupId, resumption, Optional.empty());
  }

  /// As above; with `reInit` (only when creating or joining the successor of a re-initialised group) exactly one
  /// `reinit` resumption PSK must be named, and it must be `reInit`'s.
  static byte[] secret(CipherSuite suite, List<PreSharedKeyID> ids, PskStore store, Bytes groupId,
      Map<Long, Bytes> resumption, Optional<ReInitPsk> reInit) {
    int named = 0;
    for (PreSharedKeyID id : ids) {
      if (isReInit(id)) {
        named++;
      }
    }
    if (reInit.isPresent() && named != 1) {
      throw new ValidationException(ValidationCheck.PSK, "the successor of a re-initialised group names " + named
          + " reinit PSKs, not one");
    }
    List<PskSecret.Input> inputs = new ArrayList<>(ids.size());
    for (PreSharedKeyID id : ids) {
      // RFC 9420 §8.4: the nonce is fresh and Nh bytes long.
      if (id.pskNonce().length() != suite.hashLength()) {
        throw new ValidationException(ValidationCheck.PSK, "PSK nonce of " + id.pskNonce().length() + " bytes");
      }
      byte[] psk = switch (id) {
        case PreSharedKeyID.External e -> store.externalPsk(e.pskId()).orElseThrow(() -> new ValidationException(
            ValidationCheck.PSK, "unknown external PSK " + e.pskId()));
        case PreSharedKeyID.Resumption r when reInit.isPresent() && r.usage() == PreSharedKeyID.USAGE_REINIT -> {
          // RFC 9420 §11.2: psk_group_id and psk_epoch name the old group's epoch that the ReInit commit started.
          ReInitPsk link = reInit.get();
          if (!r.pskGroupId().equals(link.groupId()) || r.pskEpoch() != link.epoch()) {
            throw new ValidationException(ValidationCheck.PSK, "the reinit PSK names epoch "
                + Long.toUnsignedString(r.pskEpoch()) + " of another group than the re-initialised one, or another"
                + " epoch than its last (" + Long.toUnsignedString(link.epoch()) + ")");
          }
          yield link.secret().toByteArray();
        }
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

  static boolean isReInit(PreSharedKeyID id) {
    return id instanceof PreSharedKeyID.Resumption r && r.usage() == PreSharedKeyID.USAGE_REINIT;
  }
}
