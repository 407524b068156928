package dev.quicnprotochat.bootstrap.profile;

import dev.quicnprotochat.adapter.persistence.file.state.StateKdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.opaque.Ksf;
import java.util.Objects;

/// The key-stretching costs of one profile: Argon2id for a new state directory's key and a new conversation
/// database's key (existing ones keep the cost they were created with), and the OPAQUE KSF, which must be the same
/// for every login of an account (docs/client-use-cases.md §6), so only tests change it.
///
/// @param stateKdf cost of a new state directory key
/// @param databaseKdf cost of a new conversation database key
/// @param opaqueKsf the account password's stretching function (RFC 9807 §5.2.4)
public record ProfileCosts(StateKdfParameters stateKdf, KdfParameters databaseKdf, Ksf opaqueKsf) {

  /// RFC 9106 §4's 64 MiB option for all three.
  public static final ProfileCosts DEFAULTS = new ProfileCosts(StateKdfParameters.DEFAULT, KdfParameters.DEFAULT,
      Ksf.argon2idMemoryConstrained());

  public ProfileCosts {
    Objects.requireNonNull(stateKdf, "stateKdf");
    Objects.requireNonNull(databaseKdf, "databaseKdf");
    Objects.requireNonNull(opaqueKsf, "opaqueKsf");
  }
}
