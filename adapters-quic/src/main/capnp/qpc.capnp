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
    # reserved placeholder (never sent by a released client); a server answers it with unknownMethod
    unused @1 :Void;
    startRegistration @3 :StartRegistrationRequest;
    finishRegistration @4 :FinishRegistrationRequest;
    startLogin @5 :StartLoginRequest;
    finishLogin @6 :FinishLoginRequest;
    logout @7 :LogoutRequest;
    publishKeyPackages @8 :PublishKeyPackagesRequest;
    fetchKeyPackage @9 :FetchKeyPackageRequest;
    countKeyPackages @10 :CountKeyPackagesRequest;
    enqueueMessage @11 :EnqueueMessageRequest;
    fetchInbox @12 :FetchInboxRequest;
    ackInbox @13 :AckInboxRequest;
    createChannel @14 :CreateChannelRequest;
    openDirectChannel @15 :OpenDirectChannelRequest;
    sendToChannel @16 :SendToChannelRequest;
    submitCommit @17 :SubmitCommitRequest;
    sendSealedMessage @18 :SendSealedMessageRequest;
    describeChannel @19 :DescribeChannelRequest;
    resolveUser @20 :ResolveUserRequest;
    resolveIdentity @21 :ResolveIdentityRequest;
    # long-lived: the server answers with Response{subscribe} (or an error), then writes PushEvent messages
    subscribe @22 :SubscribeRequest;
  }
  sessionToken @2 :Data;
  # the 32-byte session token from finishLogin, for every method that needs a session; absent or empty = none
}

struct Response {
  union {
    error @0 :Error;
    ping @1 :PingResult;
    startRegistration @2 :StartRegistrationResult;
    finishRegistration @3 :FinishRegistrationResult;
    startLogin @4 :StartLoginResult;
    finishLogin @5 :FinishLoginResult;
    logout @6 :LogoutResult;
    publishKeyPackages @7 :PublishKeyPackagesResult;
    fetchKeyPackage @8 :FetchKeyPackageResult;
    countKeyPackages @9 :CountKeyPackagesResult;
    enqueueMessage @10 :EnqueueMessageResult;
    fetchInbox @11 :FetchInboxResult;
    ackInbox @12 :AckInboxResult;
    createChannel @13 :CreateChannelResult;
    openDirectChannel @14 :OpenDirectChannelResult;
    sendToChannel @15 :SendToChannelResult;
    submitCommit @16 :SubmitCommitResult;
    sendSealedMessage @17 :SendSealedMessageResult;
    describeChannel @18 :DescribeChannelResult;
    resolveUser @19 :ResolveUserResult;
    resolveIdentity @20 :ResolveIdentityResult;
    subscribe @21 :SubscribeResult;
  }
}

struct Error {
  code @0 :UInt16;
  # the numeric value of an ErrorCode enumerant; a client that does not know the value treats it as a failure
  # it cannot interpret (newer server), never as success
  message @1 :Text;
  # one line for humans; never contains key material, tokens or payloads
  currentEpoch @2 :UInt64;
  # staleEpoch and futureEpoch: the channel's current epoch (0 otherwise)
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
  inboxFull @7;         # a recipient's inbox holds max_inbox_depth entries; nothing was enqueued to anyone
  unauthenticated @8;   # no session token, or an unknown, revoked or expired one
  notAMember @9;        # the caller is not (or no longer) a member of the channel
  unknownUser @10;      # the named username or identity key is not registered
  unknownChannel @11;   # no channel has that id
  usernameTaken @12;    # registration: the username is registered already
  identityKeyTaken @13; # registration: the identity key is bound to another user
  invalidKeyPackage @14;   # publish: a key package is not valid or not signed by the caller's identity key
  tooManyKeyPackages @15;  # publish: the caller would hold more than max_key_packages
  noKeyPackage @16;     # fetch: the owner has no key package left
  staleEpoch @17;       # commit: made in an epoch the channel has left (Error.currentEpoch): fetch, process, retry
  futureEpoch @18;      # commit: names an epoch the channel has not reached (Error.currentEpoch)
  membershipRefused @19;   # commit: the membership change breaks a channel rule
  recipientNotAMember @20; # enqueue: the recipient is not a member of the channel
  registrationClosed @21;  # registration needs the server's access code (auth_token): missing or wrong
  credentialRefused @22;   # sealed send: the channel credential does not match the current epoch's
  sealedSenderDisabled @23; # sealed send: the server does not allow it
  loginFailed @24;      # wrong password, unknown user, or an unknown, reused or expired attempt (indistinguishable)
  invalidRequest @25;   # well-formed but contradicts itself or a rule (bad username, empty payload, ...)
}

struct PingRequest {
  clientTimeMillis @0 :Int64;
}

struct PingResult {
  serverVersion @0 :Text;
  serverTimeMillis @1 :Int64;
}

# --- authentication (RFC 9807 OPAQUE-3DH); none of these needs a session ---

struct StartRegistrationRequest {
  username @0 :Text;
  registrationRequest @1 :Data;  # RFC 9807 RegistrationRequest
  serverAuthToken @2 :Text;      # the server's access code, when it has one; absent or empty = none
}

struct StartRegistrationResult {
  registrationResponse @0 :Data;  # RFC 9807 RegistrationResponse
}

struct FinishRegistrationRequest {
  username @0 :Text;
  identityKey @1 :Data;          # Ed25519 public key, 32 bytes
  registrationUpload @2 :Data;   # RFC 9807 RegistrationRecord
  identitySignature @3 :Data;    # the identity key's signature over the identity binding (docs/server-use-cases.md)
  serverAuthToken @4 :Text;
}

struct FinishRegistrationResult {
  username @0 :Text;             # case-folded
  identityKey @1 :Data;
}

struct StartLoginRequest {
  username @0 :Text;
  ke1 @1 :Data;
}

struct StartLoginResult {
  attempt @0 :Data;              # 16 bytes, names this attempt in finishLogin
  ke2 @1 :Data;
}

struct FinishLoginRequest {
  attempt @0 :Data;
  ke3 @1 :Data;
}

struct FinishLoginResult {
  sessionToken @0 :Data;         # 32 bytes; send it in Request.sessionToken
  username @1 :Text;
  identityKey @2 :Data;
  expiresAtMillis @3 :Int64;     # Unix epoch milliseconds; the token is invalid from this instant on
}

struct LogoutRequest {}
struct LogoutResult {}

# --- key packages ---

struct KeyPackageCount {
  available @0 :UInt32;          # single-use packages stored
  hasLastResort @1 :Bool;
}

struct PublishKeyPackagesRequest {
  keyPackages @0 :List(Data);    # MLS KeyPackage messages (RFC 9420 §10)
  lastResort @1 :Data;           # absent or empty = keep the current last-resort package
}

struct PublishKeyPackagesResult {
  count @0 :KeyPackageCount;
}

struct FetchKeyPackageRequest {
  owner @0 :Data;                # identity key
}

struct FetchKeyPackageResult {
  ref @0 :Data;                  # KeyPackageRef (RFC 9420 §5.2)
  keyPackage @1 :Data;
  lastResort @2 :Bool;
}

struct CountKeyPackagesRequest {}

struct CountKeyPackagesResult {
  count @0 :KeyPackageCount;
}

# --- inbox ---

struct EnqueueMessageRequest {
  recipient @0 :Data;
  channelId @1 :Data;
  payload @2 :Data;
}

struct EnqueueMessageResult {
  sequence @0 :UInt64;
}

struct FetchInboxRequest {
  afterSequence @0 :UInt64;
  limit @1 :UInt32;
}

struct InboxEntry {
  sequence @0 :UInt64;
  channelId @1 :Data;
  payload @2 :Data;
  sender @3 :Data;               # identity key; absent or empty for sealed-sender messages
}

struct FetchInboxResult {
  entries @0 :List(InboxEntry);
}

struct AckInboxRequest {
  upToSequence @0 :UInt64;
}

struct AckInboxResult {
  removed @0 :UInt32;
}

# --- channels ---

struct CreateChannelRequest {
  credentialHash @0 :Data;       # SHA-256 of epoch 0's sealed-sender credential; absent or empty = none
}

struct CreateChannelResult {
  channelId @0 :Data;
  epoch @1 :UInt64;
}

struct OpenDirectChannelRequest {
  peer @0 :Data;
  credentialHash @1 :Data;
}

struct OpenDirectChannelResult {
  channelId @0 :Data;
  epoch @1 :UInt64;
  created @2 :Bool;
}

struct SendToChannelRequest {
  channelId @0 :Data;
  payload @1 :Data;
}

struct SendToChannelResult {
  recipients @0 :UInt32;
}

struct SubmitCommitRequest {
  channelId @0 :Data;
  epoch @1 :UInt64;              # the epoch the commit was created in
  added @2 :List(Data);          # identity keys the commit adds
  removed @3 :List(Data);        # identity keys the commit removes
  commit @4 :Data;               # MLS message carrying the Commit (RFC 9420 §12.4)
  welcome @5 :Data;              # present exactly when members are added
  nextCredentialHash @6 :Data;   # SHA-256 of the new epoch's sealed-sender credential; absent or empty = none
}

struct SubmitCommitResult {
  newEpoch @0 :UInt64;
}

struct SendSealedMessageRequest {
  channelId @0 :Data;
  credential @1 :Data;           # the current epoch's channel credential (16..64 bytes)
  payload @2 :Data;
}

struct SendSealedMessageResult {
  recipients @0 :UInt32;
}

enum ChannelKind {
  group @0;
  direct @1;
}

struct DescribeChannelRequest {
  channelId @0 :Data;
}

struct DescribeChannelResult {
  channelId @0 :Data;
  kind @1 :ChannelKind;
  members @2 :List(Data);
  epoch @3 :UInt64;
}

# --- directory ---

struct ResolveUserRequest {
  username @0 :Text;
}

struct ResolveUserResult {
  username @0 :Text;
  identityKey @1 :Data;
}

struct ResolveIdentityRequest {
  identityKey @0 :Data;
}

struct ResolveIdentityResult {
  username @0 :Text;
  identityKey @1 :Data;
}

# --- push subscription (docs/protocol.md §8) ---

struct SubscribeRequest {
  oncePerFetch @0 :Bool;
  # false (and clients before this field): an event for every entry that lands. true: after an event the server
  # sends the next one only once this connection has fetched (any fetchInbox by the same identity on the same QUIC
  # connection); entries that landed meanwhile get one event at once after that fetch. A client that fetches after
  # every event misses nothing and gets one event per fetch instead of one per entry.
}

struct SubscribeResult {
  heartbeatMillis @0 :UInt32;    # the server writes a heartbeat event at least this often while idle
}

# After Response{subscribe} the server writes zero or more PushEvent messages (same framing, back to back) on the
# same stream until either side closes it.
struct PushEvent {
  union {
    heartbeat @0 :Void;
    inboxSequence @1 :UInt64;    # the subscriber's inbox now holds an entry with this sequence
  }
}
