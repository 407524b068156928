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
  }

  @Test
  void unknownAndUnspecifiedCodesAreUnrecognisedFailures() {
    assertEquals(CallError.UNRECOGNISED, WireErrors.fromWire(0));
    assertEquals(CallError.UNRECOGNISED, WireErrors.fromWire(8));
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
