package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;

/// The client's typed view of one server: one method per server method (docs/protocol.md §3). Calls block until
/// the server answers. A refusal throws [ServerCallException] with a stable [ServerErrorCode]; a transport
/// failure or timeout throws [ServerUnreachableException]; malformed arguments throw `IllegalArgumentException`.
///
/// The gateway holds the session token: `finishLogin` stores it, `useSession` restores a cached one, `logout`
/// forgets it, and every authenticated method sends it. Thread-safe.
///
/// A gateway outlives its connection: once the connection is lost, the next call connects again (keeping the
/// session token). Subscriptions do not move: a lost one reports `subscriptionEnded`, and the caller subscribes
/// again.
public interface ServerGateway extends AutoCloseable {

  // --- authentication (no session needed) ---

  /// OPAQUE registration step 1 (RFC 9807 §5.2.2): the registration response.
  Bytes startRegistration(Username username, Bytes registrationRequest, Optional<String> serverAuthToken);

  /// OPAQUE registration step 2 (RFC 9807 §5.2.3): binds username ↔ identity key ↔ record. The signature is the
  /// identity key's over `IdentityBinding.message(username, upload)`.
  void finishRegistration(Username username, IdentityKey identityKey, Bytes registrationUpload,
                          Bytes identitySignature, Optional<String> serverAuthToken);

  /// OPAQUE login step 1 (RFC 9807 §6.4.2): KE1 in, KE2 out.
  ServerLoginChallenge startLogin(Username username, Bytes ke1);

  /// OPAQUE login step 2: KE3 in; on success the gateway keeps the session token for later calls.
  ServerSession finishLogin(Bytes attempt, Bytes ke3);

  /// Uses a token from an earlier login (e.g. a session cache) for later calls.
  void useSession(SessionToken token);

  /// The token the gateway currently sends, if any.
  Optional<SessionToken> session();

  /// Revokes the current session on the server and forgets it locally (forgotten even if the call fails).
  void logout();

  // --- key packages ---

  /// Publishes single-use key packages and optionally replaces the last-resort one; the caller's count after.
  KeyPackageCount publishKeyPackages(List<Bytes> keyPackages, Optional<Bytes> lastResort);

  /// Takes a key package of `owner`; empty when it has none left.
  Optional<StoredKeyPackage> fetchKeyPackage(IdentityKey owner);

  /// The caller's own stored key packages.
  KeyPackageCount countKeyPackages();

  // --- inbox ---

  /// Puts one message into `recipient`'s inbox; the entry's sequence.
  long enqueueMessage(IdentityKey recipient, ChannelId channelId, Bytes payload);

  /// The caller's entries after `afterSequence`, in order, at most `limit` (the server may cap it lower).
  List<InboxEntry> fetchInbox(long afterSequence, int limit);

  /// Deletes the caller's entries up to and including `upToSequence`; how many were removed.
  int ackInbox(long upToSequence);

  // --- channels ---

  /// Creates a group channel with the caller as its only member, at epoch 0 (`created` is always true).
  ServerChannelOpened createChannel(Optional<ChannelCredentialHash> credentialHash);

  /// The direct channel of the caller and `peer`, created on the first call.
  ServerChannelOpened openDirectChannel(IdentityKey peer, Optional<ChannelCredentialHash> credentialHash);

  /// Fans a message out to every other member; how many inboxes received it.
  int sendToChannel(ChannelId channelId, Bytes payload);

  /// Submits the commit created in `epoch` (RFC 9420 §14: one commit per epoch); the channel's new epoch.
  Epoch submitCommit(ChannelId channelId, Epoch epoch, MembershipChange change, Bytes commit,
                     Optional<Bytes> welcome, Optional<ChannelCredentialHash> nextCredentialHash);

  /// Sends without a session, proving membership with the current epoch's channel credential (its raw 16..64
  /// bytes, as exported from the MLS epoch: `ChannelCredential` offers no way to read them back); recipients.
  int sendSealedMessage(ChannelId channelId, byte[] credential, Bytes payload);

  /// Kind, members and epoch of a channel the caller is a member of.
  Channel describeChannel(ChannelId channelId);

  // --- directory ---

  /// The identity key registered for `username`.
  IdentityKey resolveUser(Username username);

  /// The username registered for `identityKey`.
  Username resolveIdentity(IdentityKey identityKey);

  // --- push ---

  /// Opens a push subscription for the current session; returns once the server has registered it, so every
  /// inbox entry enqueued afterwards is announced to `listener`.
  ServerSubscription subscribe(ServerPushListener listener);

  /// Opens a push subscription paced by fetches: after an event the server sends the next one only once this
  /// client has called [#fetchInbox] again (entries that landed meanwhile then get one event at once). A busy inbox
  /// costs one event per fetch instead of one per entry. The listener must fetch after every event, or it hears
  /// nothing more. Returns once the server has registered the subscription.
  ServerSubscription subscribeOncePerFetch(ServerPushListener listener);

  /// Closes the connection (and every subscription on it).
  @Override
  void close();
}
