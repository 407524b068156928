@0xd5f1c0a2b3e4f601;
# quicnprotochat wire schema. Append-only: never reuse or renumber an ordinal.
using Java = import "java.capnp";
$Java.package("dev.quicnprotochat.adapter.quic.wire");
$Java.outerClassname("Qpc");

struct Request {
  union {
    ping @0 :PingRequest;
    # placeholder so the union is legal until the next method lands (the transport work replaces it)
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
  message @1 :Text;
}

struct PingRequest {
  clientTimeMillis @0 :Int64;
}

struct PingResult {
  serverVersion @0 :Text;
  serverTimeMillis @1 :Int64;
}
