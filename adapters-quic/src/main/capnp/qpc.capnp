@0xd5f1c0a2b3e4f601;
# quicnprotochat wire schema. Append-only: never reuse or renumber an ordinal.
#
# Framing (docs/protocol.md): one bidirectional QUIC stream per call; the client writes exactly one Request in the
# standard Cap'n Proto stream framing and ends its side; the server answers with exactly one Response and ends.
using Java = import "java.capnp";
$Java.package("dev.quicnprotochat.adapter.quic.wire");
$Java.outerClassname("Qpc");

struct Request {
  union {
    ping @0 :PingRequest;
    # placeholder so the union is legal until the next method lands; a server answers it with unknownMethod
    unused @1 :Void;
  }
}

struct Response {
  union {
    error @0 :Error;
    ping @1 :PingResult;
  }
}

struct Error {
  code @0 :UInt16;
  # the numeric value of an ErrorCode enumerant; a client that does not know the value treats it as a failure
  # it cannot interpret (newer server), never as success
  message @1 :Text;
  # one line for humans; never contains key material, tokens or payloads
}

# Stable numeric error codes carried in Error.code. Append-only like everything here.
enum ErrorCode {
  unspecified @0;       # never sent on purpose
  malformedRequest @1;  # the bytes are not one well-formed Request (truncated, garbage, trailing bytes)
  messageTooLarge @2;   # the request exceeded the server's max_message_bytes; the server stops reading
  unknownMethod @3;     # a Request union tag this server does not implement
  rateLimited @4;       # too many calls per second on this session (limit max_calls_per_second)
  unavailable @5;       # the server is shutting down or overloaded; retry later
  internal @6;          # a server-side bug or store failure; details only in the server log
  inboxFull @7;         # the recipient's inbox holds max_inbox_depth entries (limit hook; no method uses it yet)
}

struct PingRequest {
  clientTimeMillis @0 :Int64;
}

struct PingResult {
  serverVersion @0 :Text;
  serverTimeMillis @1 :Int64;
}
