package dev.quicnprotochat.bootstrap.profile;

import dev.quicnprotochat.adapter.quic.TransportException;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/// A [ServerGateway] that connects on its first server call, so the commands that only read local state (list,
/// history, whoami) work without a server. A failed connect is a [ServerUnreachableException] from that call (the
/// services turn it into `ServerUnreachable`); the next call tries again. A session token handed over before the
/// connection exists is kept and given to the connection when it opens.
final class LazyServerGateway implements ServerGateway {

  private final Supplier<? extends ServerGateway> connector;
  private ServerGateway connected;
  private SessionToken pendingSession;
  private boolean closed;

  /// `connector` opens the connection; it throws [TransportException] (or [ServerUnreachableException]) with a
  /// one-line reason when it cannot.
  LazyServerGateway(Supplier<? extends ServerGateway> connector) {
    this.connector = Objects.requireNonNull(connector, "connector");
  }

  private synchronized ServerGateway server() {
    if (closed) {
      throw new ServerUnreachableException("the profile is closed");
    }
    if (connected == null) {
      ServerGateway gateway;
      try {
        gateway = connector.get();
      } catch (TransportException e) {
        throw new ServerUnreachableException(e.getMessage());
      }
      if (pendingSession != null) {
        gateway.useSession(pendingSession);
        pendingSession = null;
      }
      connected = gateway;
    }
    return connected;
  }

  /// True once a connection was opened (for tests and status lines).
  synchronized boolean isConnected() {
    return connected != null;
  }

  @Override
  public synchronized void useSession(SessionToken token) {
    Objects.requireNonNull(token, "token");
    if (connected == null) {
      pendingSession = token;
    } else {
      connected.useSession(token);
    }
  }

  @Override
  public synchronized Optional<SessionToken> session() {
    return connected == null ? Optional.ofNullable(pendingSession) : connected.session();
  }

  @Override
  public void logout() {
    try {
      server().logout();
    } finally {
      synchronized (this) {
        pendingSession = null;
      }
    }
  }

  @Override
  public Bytes startRegistration(Username username, Bytes registrationRequest, Optional<String> serverAuthToken) {
    return server().startRegistration(username, registrationRequest, serverAuthToken);
  }

  @Override
  public void finishRegistration(Username username, IdentityKey identityKey, Bytes registrationUpload,
                                 Bytes identitySignature, Optional<String> serverAuthToken) {
    server().finishRegistration(username, identityKey, registrationUpload, identitySignature, serverAuthToken);
  }

  @Override
  public ServerLoginChallenge startLogin(Username username, Bytes ke1) {
    return server().startLogin(username, ke1);
  }

  @Override
  public ServerSession finishLogin(Bytes attempt, Bytes ke3) {
    return server().finishLogin(attempt, ke3);
  }

  @Override
  public KeyPackageCount publishKeyPackages(List<Bytes> keyPackages, Optional<Bytes> lastResort) {
    return server().publishKeyPackages(keyPackages, lastResort);
  }

  @Override
  public Optional<StoredKeyPackage> fetchKeyPackage(IdentityKey owner) {
    return server().fetchKeyPackage(owner);
  }

  @Override
  public KeyPackageCount countKeyPackages() {
    return server().countKeyPackages();
  }

  @Override
  public long enqueueMessage(IdentityKey recipient, ChannelId channelId, Bytes payload) {
    return server().enqueueMessage(recipient, channelId, payload);
  }

  @Override
  public List<InboxEntry> fetchInbox(long afterSequence, int limit) {
    return server().fetchInbox(afterSequence, limit);
  }

  @Override
  public int ackInbox(long upToSequence) {
    return server().ackInbox(upToSequence);
  }

  @Override
  public ServerChannelOpened createChannel(Optional<ChannelCredentialHash> credentialHash) {
    return server().createChannel(credentialHash);
  }

  @Override
  public ServerChannelOpened openDirectChannel(IdentityKey peer, Optional<ChannelCredentialHash> credentialHash) {
    return server().openDirectChannel(peer, credentialHash);
  }

  @Override
  public int sendToChannel(ChannelId channelId, Bytes payload) {
    return server().sendToChannel(channelId, payload);
  }

  @Override
  public Epoch submitCommit(ChannelId channelId, Epoch epoch, MembershipChange change, Bytes commit,
                            Optional<Bytes> welcome, Optional<ChannelCredentialHash> nextCredentialHash) {
    return server().submitCommit(channelId, epoch, change, commit, welcome, nextCredentialHash);
  }

  @Override
  public int sendSealedMessage(ChannelId channelId, byte[] credential, Bytes payload) {
    return server().sendSealedMessage(channelId, credential, payload);
  }

  @Override
  public Channel describeChannel(ChannelId channelId) {
    return server().describeChannel(channelId);
  }

  @Override
  public IdentityKey resolveUser(Username username) {
    return server().resolveUser(username);
  }

  @Override
  public Username resolveIdentity(IdentityKey identityKey) {
    return server().resolveIdentity(identityKey);
  }

  @Override
  public ServerSubscription subscribe(ServerPushListener listener) {
    return server().subscribe(listener);
  }

  /// Closes the connection if one was opened; later calls fail as unreachable. Idempotent.
  @Override
  public void close() {
    ServerGateway open;
    synchronized (this) {
      closed = true;
      open = connected;
      connected = null;
      pendingSession = null;
    }
    if (open != null) {
      open.close();
    }
  }
}
