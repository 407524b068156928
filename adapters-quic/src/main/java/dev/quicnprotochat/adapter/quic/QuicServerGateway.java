package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
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
import java.util.Optional;

/// [ServerGateway] over one [QpcClient] connection (skeleton: methods land in the next commits).
public final class QuicServerGateway implements ServerGateway {
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  private final QpcClient client;
  private final Duration callTimeout;

  private QuicServerGateway(QpcClient client, Duration callTimeout) {
    this.client = client;
    this.callTimeout = callTimeout;
  }

  /// Connects to the server `settings` names (TransportException with a one-line reason on failure).
  public static QuicServerGateway connect(ClientSettings settings) {
    return connect(settings, DEFAULT_CALL_TIMEOUT);
  }

  /// As [#connect(ClientSettings)], with the longest a call may wait for its answer (subscriptions excepted).
  public static QuicServerGateway connect(ClientSettings settings, Duration callTimeout) {
    return new QuicServerGateway(QpcClient.connect(settings), callTimeout);
  }

  @Override
  public Bytes startRegistration(Username username, Bytes registrationRequest, Optional<String> serverAuthToken) {
    throw new UnsupportedOperationException("TODO(server-wiring): startRegistration");
  }

  @Override
  public void finishRegistration(Username username, IdentityKey identityKey, Bytes registrationUpload, Bytes identitySignature, Optional<String> serverAuthToken) {
    throw new UnsupportedOperationException("TODO(server-wiring): finishRegistration");
  }

  @Override
  public ServerLoginChallenge startLogin(Username username, Bytes ke1) {
    throw new UnsupportedOperationException("TODO(server-wiring): startLogin");
  }

  @Override
  public ServerSession finishLogin(Bytes attempt, Bytes ke3) {
    throw new UnsupportedOperationException("TODO(server-wiring): finishLogin");
  }

  @Override
  public void useSession(SessionToken token) {
    throw new UnsupportedOperationException("TODO(server-wiring): useSession");
  }

  @Override
  public Optional<SessionToken> session() {
    throw new UnsupportedOperationException("TODO(server-wiring): session");
  }

  @Override
  public void logout() {
    throw new UnsupportedOperationException("TODO(server-wiring): logout");
  }

  @Override
  public KeyPackageCount publishKeyPackages(List<Bytes> keyPackages, Optional<Bytes> lastResort) {
    throw new UnsupportedOperationException("TODO(server-wiring): publishKeyPackages");
  }

  @Override
  public Optional<StoredKeyPackage> fetchKeyPackage(IdentityKey owner) {
    throw new UnsupportedOperationException("TODO(server-wiring): fetchKeyPackage");
  }

  @Override
  public KeyPackageCount countKeyPackages() {
    throw new UnsupportedOperationException("TODO(server-wiring): countKeyPackages");
  }

  @Override
  public long enqueueMessage(IdentityKey recipient, ChannelId channelId, Bytes payload) {
    throw new UnsupportedOperationException("TODO(server-wiring): enqueueMessage");
  }

  @Override
  public List<InboxEntry> fetchInbox(long afterSequence, int limit) {
    throw new UnsupportedOperationException("TODO(server-wiring): fetchInbox");
  }

  @Override
  public int ackInbox(long upToSequence) {
    throw new UnsupportedOperationException("TODO(server-wiring): ackInbox");
  }

  @Override
  public ServerChannelOpened createChannel(Optional<ChannelCredentialHash> credentialHash) {
    throw new UnsupportedOperationException("TODO(server-wiring): createChannel");
  }

  @Override
  public ServerChannelOpened openDirectChannel(IdentityKey peer, Optional<ChannelCredentialHash> credentialHash) {
    throw new UnsupportedOperationException("TODO(server-wiring): openDirectChannel");
  }

  @Override
  public int sendToChannel(ChannelId channelId, Bytes payload) {
    throw new UnsupportedOperationException("TODO(server-wiring): sendToChannel");
  }

  @Override
  public Epoch submitCommit(ChannelId channelId, Epoch epoch, MembershipChange change, Bytes commit, Optional<Bytes> welcome, Optional<ChannelCredentialHash> nextCredentialHash) {
    throw new UnsupportedOperationException("TODO(server-wiring): submitCommit");
  }

  @Override
  public int sendSealedMessage(ChannelId channelId, ChannelCredential credential, Bytes payload) {
    throw new UnsupportedOperationException("TODO(server-wiring): sendSealedMessage");
  }

  @Override
  public Channel describeChannel(ChannelId channelId) {
    throw new UnsupportedOperationException("TODO(server-wiring): describeChannel");
  }

  @Override
  public IdentityKey resolveUser(Username username) {
    throw new UnsupportedOperationException("TODO(server-wiring): resolveUser");
  }

  @Override
  public Username resolveIdentity(IdentityKey identityKey) {
    throw new UnsupportedOperationException("TODO(server-wiring): resolveIdentity");
  }

  @Override
  public ServerSubscription subscribe(ServerPushListener listener) {
    throw new UnsupportedOperationException("TODO(server-wiring): subscribe");
  }

  @Override
  public void close() {
    client.close();
  }
}
