package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import org.capnproto.MessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WireErrorsTest {
  @ParameterizedTest
  @EnumSource(value = CallError.class, mode = EnumSource.Mode.EXCLUDE, names = "UNRECOGNISED")
  void everyErrorSurvivesTheWire(CallError error) {
    MessageBuilder message = new MessageBuilder();
    Qpc.Response.Builder response = message.initRoot(Qpc.Response.factory);
    WireErrors.write(new CallException(error, "why"), response);

    CallException read = WireErrors.read(response.asReader().getError());

    assertEquals(error, read.error());
    assertEquals("why", read.getMessage());
  }

  @Test
  void codesAreTheSchemaOrdinals() {
    // the numbers are the protocol: changing one breaks every deployed client (docs/protocol.md lists them)
    assertEquals(1, WireErrors.toWire(CallError.MALFORMED_REQUEST).ordinal());
    assertEquals(2, WireErrors.toWire(CallError.MESSAGE_TOO_LARGE).ordinal());
    assertEquals(3, WireErrors.toWire(CallError.UNKNOWN_METHOD).ordinal());
    assertEquals(4, WireErrors.toWire(CallError.RATE_LIMITED).ordinal());
    assertEquals(5, WireErrors.toWire(CallError.UNAVAILABLE).ordinal());
    assertEquals(6, WireErrors.toWire(CallError.INTERNAL).ordinal());
    assertEquals(7, WireErrors.toWire(CallError.INBOX_FULL).ordinal());
    assertEquals(8, WireErrors.toWire(CallError.UNAUTHENTICATED).ordinal());
    assertEquals(9, WireErrors.toWire(CallError.NOT_A_MEMBER).ordinal());
    assertEquals(10, WireErrors.toWire(CallError.UNKNOWN_USER).ordinal());
    assertEquals(11, WireErrors.toWire(CallError.UNKNOWN_CHANNEL).ordinal());
    assertEquals(12, WireErrors.toWire(CallError.USERNAME_TAKEN).ordinal());
    assertEquals(13, WireErrors.toWire(CallError.IDENTITY_KEY_TAKEN).ordinal());
    assertEquals(14, WireErrors.toWire(CallError.INVALID_KEY_PACKAGE).ordinal());
    assertEquals(15, WireErrors.toWire(CallError.TOO_MANY_KEY_PACKAGES).ordinal());
    assertEquals(16, WireErrors.toWire(CallError.NO_KEY_PACKAGE).ordinal());
    assertEquals(17, WireErrors.toWire(CallError.STALE_EPOCH).ordinal());
    assertEquals(18, WireErrors.toWire(CallError.FUTURE_EPOCH).ordinal());
    assertEquals(19, WireErrors.toWire(CallError.MEMBERSHIP_REFUSED).ordinal());
    assertEquals(20, WireErrors.toWire(CallError.RECIPIENT_NOT_A_MEMBER).ordinal());
    assertEquals(21, WireErrors.toWire(CallError.REGISTRATION_CLOSED).ordinal());
    assertEquals(22, WireErrors.toWire(CallError.CREDENTIAL_REFUSED).ordinal());
    assertEquals(23, WireErrors.toWire(CallError.SEALED_SENDER_DISABLED).ordinal());
    assertEquals(24, WireErrors.toWire(CallError.LOGIN_FAILED).ordinal());
    assertEquals(25, WireErrors.toWire(CallError.INVALID_REQUEST).ordinal());
  }

  @Test
  void epochErrorsCarryTheCurrentEpoch() {
    MessageBuilder message = new MessageBuilder();
    Qpc.Response.Builder response = message.initRoot(Qpc.Response.factory);
    WireErrors.write(CallException.withEpoch(CallError.STALE_EPOCH, "behind", 12), response);

    CallException read = WireErrors.read(response.asReader().getError());

    assertEquals(CallError.STALE_EPOCH, read.error());
    assertEquals(12, read.currentEpoch().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(CallError.class)
  void everyErrorHasTheSameNamedCodeInTheClientPort(CallError error) {
    var mapped = GatewayErrors.toServerError(new CallException(error, "why"));
    assertEquals(error.name(), mapped.code().name());
    assertEquals("why", mapped.getMessage());
  }

  @Test
  void unknownAndUnspecifiedCodesAreUnrecognisedFailures() {
    assertEquals(CallError.UNRECOGNISED, WireErrors.fromWire(0));
    assertEquals(CallError.UNRECOGNISED, WireErrors.fromWire(26));
    assertEquals(CallError.UNRECOGNISED, WireErrors.fromWire(65_535));
  }

  @Test
  void unrecognisedCodeKeepsTheNumberInTheMessage() {
    MessageBuilder message = new MessageBuilder();
    Qpc.Error.Builder error = message.initRoot(Qpc.Error.factory);
    error.setCode((short) 4000);
    error.setMessage("from the future");

    CallException read = WireErrors.read(error.asReader());

    assertEquals(CallError.UNRECOGNISED, read.error());
    assertEquals("server error code 4000: from the future", read.getMessage());
  }
}
