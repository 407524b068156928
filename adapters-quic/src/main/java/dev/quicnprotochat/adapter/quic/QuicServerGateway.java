package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelCredential;
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
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/// [ServerGateway] over a QUIC connection ([QpcClient]): builds each `Request` with the held session token,
/// waits at most the call timeout for the answer, and turns it into domain values ([GatewayReads]) or a
/// [ServerCallException]. Thread-safe: calls may run concurrently, each on its own stream.
///
/// A lost connection is replaced on the next call ([ClientConnection]): same settings, same trust, same session
/// token; a failed reconnect is a [ServerUnreachableException]. Subscriptions do not move: those of the lost
/// connection report `subscriptionEnded`, and the caller subscribes again.
public final class QuicServerGateway implements ServerGateway {
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  private final GatewayCalls calls;
  private final AtomicReference<SessionToken> session = new AtomicReference<>();

  private QuicServerGateway(ClientConnection connection, Duration callTimeout) {
    this.calls = new GatewayCalls(connection, callTimeout, () -> Optional.ofNullable(session.get()));
  }

  /// Connects to the server `settings` names; throws [TransportException] with a one-line reason on failure.
  public static QuicServerGateway connect(ClientSettings settings) {
    return connect(settings, DEFAULT_CALL_TIMEOUT);
  }

  /// As [#connect(ClientSettings)], with the longest a call may wait for its answer (subscriptions are exempt
  /// once open).
  public static QuicServerGateway connect(ClientSettings settings, Duration callTimeout) {
    Objects.requireNonNull(callTimeout, "call timeout");
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("call timeout must be positive, got " + callTimeout);
    }
    return new QuicServerGateway(ClientConnection.open(settings, QpcClient::connect), callTimeout);
  }

  /// A gateway that connects on its first call (and again after a loss), so a client reading only local state
  /// (list, history, whoami) needs no server; a failed connect is that call's [ServerUnreachableException].
  public static QuicServerGateway connectOnFirstCall(ClientSettings settings) {
    return new QuicServerGateway(ClientConnection.deferred(settings, QpcClient::connect), DEFAULT_CALL_TIMEOUT);
  }

  @Override
  public Bytes startRegistration(Username username, Bytes registrationRequest, Optional<String> serverAuthToken) {
    return calls.call(request -> {
      var in = request.initStartRegistration();
      in.setUsername(username.value());
      in.setRegistrationRequest(registrationRequest.toByteArray());
      serverAuthToken.ifPresent(in::setServerAuthToken);
    }, Qpc.Response.Which.START_REGISTRATION,
        response -> Bytes.wrap(response.getStartRegistration().getRegistrationResponse().toArray()));
  }

  @Override
  public void finishRegistration(Username username, IdentityKey identityKey, Bytes registrationUpload,
                                 Bytes identitySignature, Optional<String> serverAuthToken) {
    calls.call(request -> {
      var in = request.initFinishRegistration();
      in.setUsername(username.value());
      in.setIdentityKey(identityKey.value().toByteArray());
      in.setRegistrationUpload(registrationUpload.toByteArray());
      in.setIdentitySignature(identitySignature.toByteArray());
      serverAuthToken.ifPresent(in::setServerAuthToken);
    }, Qpc.Response.Which.FINISH_REGISTRATION, response -> null);
  }

  @Override
  public ServerLoginChallenge startLogin(Username username, Bytes ke1) {
    return calls.call(request -> {
      var in = request.initStartLogin();
      in.setUsername(username.value());
      in.setKe1(ke1.toByteArray());
    }, Qpc.Response.Which.START_LOGIN, response -> new ServerLoginChallenge(
        GatewayReads.bytes(response.getStartLogin().getAttempt()),
        GatewayReads.bytes(response.getStartLogin().getKe2())));
  }

  @Override
  public ServerSession finishLogin(Bytes attempt, Bytes ke3) {
    ServerSession loggedIn = calls.call(request -> {
      var in = request.initFinishLogin();
      in.setAttempt(attempt.toByteArray());
      in.setKe3(ke3.toByteArray());
    }, Qpc.Response.Which.FINISH_LOGIN, response -> GatewayReads.session(response.getFinishLogin()));
    session.set(loggedIn.token());
    return loggedIn;
  }

  @Override
  public void useSession(SessionToken token) {
    session.set(Objects.requireNonNull(token, "token"));
  }

  @Override
  public Optional<SessionToken> session() {
    return Optional.ofNullable(session.get());
  }

  @Override
  public void logout() {
    try {
      calls.call(request -> request.initLogout(), Qpc.Response.Which.LOGOUT, response -> null);
    } finally {
      session.set(null);
    }
  }

  @Override
  public KeyPackageCount publishKeyPackages(List<Bytes> keyPackages, Optional<Bytes> lastResort) {
    return calls.call(request -> {
      var in = request.initPublishKeyPackages();
      WireValues.fill(in.initKeyPackages(keyPackages.size()), keyPackages);
      lastResort.ifPresent(value -> in.setLastResort(value.toByteArray()));
    }, Qpc.Response.Which.PUBLISH_KEY_PACKAGES,
        response -> GatewayReads.count(response.getPublishKeyPackages().getCount()));
  }

  @Override
  public Optional<StoredKeyPackage> fetchKeyPackage(IdentityKey owner) {
    try {
      return Optional.of(calls.call(request -> request.initFetchKeyPackage().setOwner(owner.value().toByteArray()),
          Qpc.Response.Which.FETCH_KEY_PACKAGE, response -> GatewayReads.keyPackage(response.getFetchKeyPackage())));
    } catch (ServerCallException e) {
      if (e.code() == ServerErrorCode.NO_KEY_PACKAGE) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public KeyPackageCount countKeyPackages() {
    return calls.call(request -> request.initCountKeyPackages(), Qpc.Response.Which.COUNT_KEY_PACKAGES,
        response -> GatewayReads.count(response.getCountKeyPackages().getCount()));
  }

  @Override
  public long enqueueMessage(IdentityKey recipient, ChannelId channelId, Bytes payload) {
    return calls.call(request -> {
      var in = request.initEnqueueMessage();
      in.setRecipient(recipient.value().toByteArray());
      in.setChannelId(channelId.value().toByteArray());
      in.setPayload(payload.toByteArray());
    }, Qpc.Response.Which.ENQUEUE_MESSAGE, response -> response.getEnqueueMessage().getSequence());
  }

  @Override
  public List<InboxEntry> fetchInbox(long afterSequence, int limit) {
    return calls.call(fetchRequest(afterSequence, limit), Qpc.Response.Which.FETCH_INBOX, QuicServerGateway::entries);
  }

  @Override
  public int ackInbox(long upToSequence) {
    return calls.call(ackRequest(upToSequence), Qpc.Response.Which.ACK_INBOX, QuicServerGateway::removed);
  }

  /// [#fetchInbox] without waiting (the delivery benchmark's pipelined receivers); completes on the event loop.
  public CompletableFuture<List<InboxEntry>> fetchInboxAsync(long afterSequence, int limit) {
    return calls.callAsync(fetchRequest(afterSequence, limit), Qpc.Response.Which.FETCH_INBOX,
        QuicServerGateway::entries);
  }

  /// [#ackInbox] without waiting (the delivery benchmark's pipelined receivers); completes on the event loop.
  public CompletableFuture<Integer> ackInboxAsync(long upToSequence) {
    return calls.callAsync(ackRequest(upToSequence), Qpc.Response.Which.ACK_INBOX, QuicServerGateway::removed);
  }

  private static Consumer<Qpc.Request.Builder> fetchRequest(long afterSequence, int limit) {
    if (afterSequence < 0 || limit < 1) {
      throw new IllegalArgumentException("fetch needs a cursor >= 0 and a limit >= 1");
    }
    return request -> {
      var in = request.initFetchInbox();
      in.setAfterSequence(afterSequence);
      in.setLimit(limit);
    };
  }

  private static List<InboxEntry> entries(Qpc.Response.Reader response) {
    return GatewayReads.entries(response.getFetchInbox().getEntries());
  }

  private static Consumer<Qpc.Request.Builder> ackRequest(long upToSequence) {
    return request -> request.initAckInbox().setUpToSequence(upToSequence);
  }

  private static int removed(Qpc.Response.Reader response) {
    return response.getAckInbox().getRemoved();
  }

  @Override
  public ServerChannelOpened createChannel(Optional<ChannelCredentialHash> credentialHash) {
    return calls.call(request -> {
      var in = request.initCreateChannel();
      credentialHash.ifPresent(hash -> in.setCredentialHash(hash.value().toByteArray()));
    }, Qpc.Response.Which.CREATE_CHANNEL, response -> new ServerChannelOpened(
        new ChannelId(GatewayReads.bytes(response.getCreateChannel().getChannelId())),
        new Epoch(response.getCreateChannel().getEpoch()), true));
  }

  @Override
  public ServerChannelOpened openDirectChannel(IdentityKey peer, Optional<ChannelCredentialHash> credentialHash) {
    return calls.call(request -> {
      var in = request.initOpenDirectChannel();
      in.setPeer(peer.value().toByteArray());
      credentialHash.ifPresent(hash -> in.setCredentialHash(hash.value().toByteArray()));
    }, Qpc.Response.Which.OPEN_DIRECT_CHANNEL, response -> {
      var out = response.getOpenDirectChannel();
      return new ServerChannelOpened(new ChannelId(GatewayReads.bytes(out.getChannelId())),
          new Epoch(out.getEpoch()), out.getCreated());
    });
  }

  @Override
  public int sendToChannel(ChannelId channelId, Bytes payload) {
    return calls.call(sendToChannelRequest(channelId, payload), Qpc.Response.Which.SEND_TO_CHANNEL,
        response -> response.getSendToChannel().getRecipients());
  }

  /// [#sendToChannel] without waiting, for a caller that keeps several sends in flight on one connection with no
  /// thread per send (the delivery benchmark's senders). The future completes on the connection's event loop with
  /// the number of recipients, or fails with the exception [#sendToChannel] would throw.
  public CompletableFuture<Integer> sendToChannelAsync(ChannelId channelId, Bytes payload) {
    return calls.callAsync(sendToChannelRequest(channelId, payload), Qpc.Response.Which.SEND_TO_CHANNEL,
        response -> response.getSendToChannel().getRecipients());
  }

  private static Consumer<Qpc.Request.Builder> sendToChannelRequest(ChannelId channelId, Bytes payload) {
    return request -> {
      var in = request.initSendToChannel();
      in.setChannelId(channelId.value().toByteArray());
      in.setPayload(payload.toByteArray());
    };
  }

  @Override
  public Epoch submitCommit(ChannelId channelId, Epoch epoch, MembershipChange change, Bytes commit,
                            Optional<Bytes> welcome, Optional<ChannelCredentialHash> nextCredentialHash) {
    return calls.call(request -> {
      var in = request.initSubmitCommit();
      in.setChannelId(channelId.value().toByteArray());
      in.setEpoch(epoch.value());
      WireValues.fillKeys(in.initAdded(change.added().size()), change.added());
      WireValues.fillKeys(in.initRemoved(change.removed().size()), change.removed());
      in.setCommit(commit.toByteArray());
      welcome.ifPresent(value -> in.setWelcome(value.toByteArray()));
      nextCredentialHash.ifPresent(hash -> in.setNextCredentialHash(hash.value().toByteArray()));
    }, Qpc.Response.Which.SUBMIT_COMMIT, response -> new Epoch(response.getSubmitCommit().getNewEpoch()));
  }

  @Override
  public int sendSealedMessage(ChannelId channelId, byte[] credential, Bytes payload) {
    ChannelCredential.of(credential); // the same length check the server applies, before anything is sent
    return calls.call(request -> {
      var in = request.initSendSealedMessage();
      in.setChannelId(channelId.value().toByteArray());
      in.setCredential(credential);
      in.setPayload(payload.toByteArray());
    }, Qpc.Response.Which.SEND_SEALED_MESSAGE, response -> response.getSendSealedMessage().getRecipients());
  }

  @Override
  public Channel describeChannel(ChannelId channelId) {
    return calls.call(request -> request.initDescribeChannel().setChannelId(channelId.value().toByteArray()),
        Qpc.Response.Which.DESCRIBE_CHANNEL, response -> GatewayReads.channel(response.getDescribeChannel()));
  }

  @Override
  public IdentityKey resolveUser(Username username) {
    return calls.call(request -> request.initResolveUser().setUsername(username.value()),
        Qpc.Response.Which.RESOLVE_USER,
        response -> new IdentityKey(GatewayReads.bytes(response.getResolveUser().getIdentityKey())));
  }

  @Override
  public Username resolveIdentity(IdentityKey identityKey) {
    return calls.call(request -> request.initResolveIdentity().setIdentityKey(identityKey.value().toByteArray()),
        Qpc.Response.Which.RESOLVE_IDENTITY,
        response -> Username.of(response.getResolveIdentity().getUsername().toString()));
  }

  @Override
  public ServerSubscription subscribe(ServerPushListener listener) {
    return calls.subscribe(Objects.requireNonNull(listener, "listener"), false);
  }

  @Override
  public ServerSubscription subscribeOncePerFetch(ServerPushListener listener) {
    return calls.subscribe(Objects.requireNonNull(listener, "listener"), true);
  }

  @Override
  public void close() {
    calls.close();
  }
}
