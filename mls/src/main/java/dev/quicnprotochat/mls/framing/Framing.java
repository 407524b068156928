package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.schedule.GroupContext;

/// Checks shared by both message forms.
final class Framing {

  private Framing() {
  }

  /// RFC 9420 §6: a message for another group or epoch is not processed.
  static void checkGroupAndEpoch(Bytes groupId, long epoch, GroupContext context) {
    if (!groupId.equals(context.groupId())) {
      throw new ValidationException(ValidationCheck.WRONG_GROUP, "message is for another group");
    }
    if (epoch != context.epoch()) {
      throw new ValidationException(ValidationCheck.WRONG_EPOCH, "message is for epoch "
          + Long.toUnsignedString(epoch) + ", the group is in " + Long.toUnsignedString(context.epoch()));
    }
  }
}
