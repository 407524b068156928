package dev.quicnprotochat.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.application.port.out.KeyPackageValidator;
import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.application.service.RateLimitPolicy;
import dev.quicnprotochat.application.service.ServerSettings;
import dev.quicnprotochat.application.service.TokenBucketRateLimitPolicy;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.crypto.MlsKeyPackageValidator;
import dev.quicnprotochat.bootstrap.crypto.OpaqueServerAdapter;
import dev.quicnprotochat.bootstrap.crypto.OpaqueSetupFile;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/// What the application's services need besides the stores: randomness, policy, the OPAQUE server and the key
/// package validator (both bridging the crypto libraries to their ports).
@Module
interface ApplicationModule {

  @Provides
  @Singleton
  static SecureRandom random() {
    return new SecureRandom();
  }

  /// The application's policy from the configuration; the rest keeps the documented defaults
  /// (docs/server-use-cases.md §2).
  @Provides
  @Singleton
  static ServerSettings settings(ServerConfig config) {
    ServerSettings settings = ServerSettings.defaults()
        .withInboxDepthLimit(config.limits().maxInboxDepth())
        .withSealedSender(config.allowSealedSender());
    return config.authToken().map(settings::withRegistrationAuthToken).orElse(settings);
  }

  /// Calls per second per session (the transport separately limits each connection); `max_calls_per_second = 0`
  /// turns both off.
  @Provides
  @Singleton
  static RateLimitPolicy rateLimit(ServerConfig config, Clock clock) {
    int perSecond = config.limits().maxCallsPerSecond();
    return perSecond <= 0 ? RateLimitPolicy.unlimited() : new TokenBucketRateLimitPolicy(perSecond, perSecond, clock);
  }

  @Provides
  @Singleton
  static OpaqueServer opaque(ServerConfig config, SecureRandom random) {
    var setup = OpaqueSetupFile.loadOrCreate(config.dataDir(), OpaqueServerAdapter.configuration(), random::nextBytes);
    return new OpaqueServerAdapter(setup, random::nextBytes);
  }

  @Provides
  @Singleton
  static KeyPackageValidator keyPackageValidator(Clock clock) {
    return new MlsKeyPackageValidator(clock);
  }
}
