package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.in.FinishLoginCommand;
import dev.quicnprotochat.application.port.in.FinishLoginResult;
import dev.quicnprotochat.application.port.in.FinishRegistrationCommand;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult;
import dev.quicnprotochat.application.port.in.StartLoginCommand;
import dev.quicnprotochat.application.port.in.StartLoginResult;
import dev.quicnprotochat.application.service.AckInboxService;
import dev.quicnprotochat.application.service.AuthenticateService;
import dev.quicnprotochat.application.service.CountKeyPackagesService;
import dev.quicnprotochat.application.service.CreateChannelService;
import dev.quicnprotochat.application.service.DescribeChannelService;
import dev.quicnprotochat.application.service.EnqueueMessageService;
import dev.quicnprotochat.application.service.FetchInboxService;
import dev.quicnprotochat.application.service.FetchKeyPackageService;
import dev.quicnprotochat.application.service.FinishLoginService;
import dev.quicnprotochat.application.service.FinishRegistrationService;
import dev.quicnprotochat.application.service.InboxDelivery;
import dev.quicnprotochat.application.service.LogoutService;
import dev.quicnprotochat.application.service.OpenDirectChannelService;
import dev.quicnprotochat.application.service.PendingLogins;
import dev.quicnprotochat.application.service.PublishKeyPackagesService;
import dev.quicnprotochat.application.service.RateLimitPolicy;
import dev.quicnprotochat.application.service.ResolveIdentityService;
import dev.quicnprotochat.application.service.ResolveUserService;
import dev.quicnprotochat.application.service.SendSealedMessageService;
import dev.quicnprotochat.application.service.SendToChannelService;
import dev.quicnprotochat.application.service.ServerSettings;
import dev.quicnprotochat.application.service.SessionCache;
import dev.quicnprotochat.application.service.SessionGuard;
import dev.quicnprotochat.application.service.StartLoginService;
import dev.quicnprotochat.application.service.StartRegistrationService;
import dev.quicnprotochat.application.service.SubmitCommitService;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import java.util.Optional;

/// Every server use case wired by hand over the in-memory fakes, the way bootstrap's Dagger component wires them
/// over real adapters. For service tests here and for adapter tests elsewhere (e.g. the QUIC server on loopback).
public final class InMemoryServer {

  /// A registered user as tests know it: the "password" of the fake OPAQUE is its registration record.
  public record TestUser(Username username, IdentityKey identityKey, RegistrationRecord record) {}

  public final MutableClock clock = MutableClock.startingAt("2026-06-01T09:00:00Z");
  public final SecureRandom random = new SecureRandom();
  public final ServerSettings settings;
  public final InMemoryUserStore users = new InMemoryUserStore();
  public final InMemorySessionStore sessions = new InMemorySessionStore();
  public final InMemoryKeyPackageStore keyPackages = new InMemoryKeyPackageStore();
  public final InMemoryInboxStore inboxes = new InMemoryInboxStore();
  public final InMemoryChannelStore channels = new InMemoryChannelStore(inboxes);
  public final InMemoryChannelCredentialStore credentials = new InMemoryChannelCredentialStore();
  public final RecordingInboxNotifier notifier = new RecordingInboxNotifier();
  public final FakeOpaqueServer opaque = new FakeOpaqueServer();
  public final FakeKeyPackageValidator validator = new FakeKeyPackageValidator();

  public final SessionCache sessionCache = new SessionCache(sessions, clock);
  public final AuthenticateService authenticate = new AuthenticateService(sessionCache);
  public final SessionGuard guard;
  public final PendingLogins pendingLogins;
  public final InboxDelivery delivery;
  public final StartRegistrationService startRegistration;
  public final FinishRegistrationService finishRegistration;
  public final StartLoginService startLogin;
  public final FinishLoginService finishLogin;
  public final LogoutService logout;
  public final PublishKeyPackagesService publishKeyPackages;
  public final FetchKeyPackageService fetchKeyPackage;
  public final CountKeyPackagesService countKeyPackages;
  public final EnqueueMessageService enqueueMessage;
  public final FetchInboxService fetchInbox;
  public final AckInboxService ackInbox;
  public final CreateChannelService createChannel;
  public final OpenDirectChannelService openDirectChannel;
  public final SendToChannelService sendToChannel;
  public final SubmitCommitService submitCommit;
  public final SendSealedMessageService sendSealedMessage;
  public final DescribeChannelService describeChannel;
  public final ResolveUserService resolveUser;
  public final ResolveIdentityService resolveIdentity;

  public InMemoryServer(ServerSettings settings, RateLimitPolicy rateLimit) {
    this.settings = settings;
    guard = new SessionGuard(authenticate, rateLimit);
    pendingLogins = new PendingLogins(settings, clock, random);
    delivery = new InboxDelivery(inboxes, notifier, settings);
    startRegistration = new StartRegistrationService(opaque, users, settings);
    finishRegistration = new FinishRegistrationService(opaque, users, settings, clock);
    startLogin = new StartLoginService(opaque, users, pendingLogins);
    finishLogin = new FinishLoginService(opaque, pendingLogins, sessions, settings, clock, random);
    logout = new LogoutService(authenticate, sessionCache);
    publishKeyPackages = new PublishKeyPackagesService(guard, validator, keyPackages, settings);
    fetchKeyPackage = new FetchKeyPackageService(guard, users, keyPackages);
    countKeyPackages = new CountKeyPackagesService(guard, keyPackages);
    enqueueMessage = new EnqueueMessageService(guard, users, channels, delivery);
    fetchInbox = new FetchInboxService(guard, inboxes, settings);
    ackInbox = new AckInboxService(guard, inboxes);
    createChannel = new CreateChannelService(guard, channels, credentials, random);
    openDirectChannel = new OpenDirectChannelService(guard, users, channels, credentials);
    sendToChannel = new SendToChannelService(guard, channels, delivery);
    submitCommit = new SubmitCommitService(guard, users, channels, credentials, delivery);
    sendSealedMessage = new SendSealedMessageService(channels, credentials, delivery, settings);
    describeChannel = new DescribeChannelService(guard, channels);
    resolveUser = new ResolveUserService(guard, users);
    resolveIdentity = new ResolveIdentityService(guard, users);
  }

  public InMemoryServer(ServerSettings settings) {
    this(settings, RateLimitPolicy.unlimited());
  }

  public InMemoryServer() {
    this(ServerSettings.defaults());
  }

  /// Registers `name` with a fresh identity key through the registration use case.
  public TestUser register(String name) {
    Username username = Username.of(name);
    TestIdentity identity = TestIdentity.generate();
    Bytes upload = Bytes.wrap(ServerTestData.randomBytes(64));
    var result = finishRegistration.finishRegistration(new FinishRegistrationCommand(username,
        identity.identityKey(), upload, identity.signRegistration(username, upload), settings.registrationAuthToken()));
    if (!(result instanceof FinishRegistrationResult.Registered)) {
      throw new IllegalStateException("registration of " + name + " failed: " + result);
    }
    return new TestUser(username, identity.identityKey(), new RegistrationRecord(upload));
  }

  /// Logs `user` in through both OPAQUE steps and returns the session token.
  public SessionToken login(TestUser user) {
    Bytes ke1 = Bytes.wrap(ServerTestData.randomBytes(32));
    var challenge =
        (StartLoginResult.LoginChallenge) startLogin.startLogin(new StartLoginCommand(user.username(), ke1));
    var result = finishLogin.finishLogin(
        new FinishLoginCommand(challenge.attempt(), FakeOpaqueServer.ke3For(user.record(), ke1)));
    if (!(result instanceof FinishLoginResult.LoggedIn loggedIn)) {
      throw new IllegalStateException("login of " + user.username() + " failed: " + result);
    }
    return loggedIn.token();
  }

  /// `login(user)` wrapped as commands take it.
  public Optional<SessionToken> session(TestUser user) {
    return Optional.of(login(user));
  }
}
