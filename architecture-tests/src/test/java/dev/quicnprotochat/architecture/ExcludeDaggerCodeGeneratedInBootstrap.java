package dev.quicnprotochat.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/// Leaves out the classes Dagger generates in bootstrap's output for other modules' `@Inject` classes (e.g.
/// `application.service.AckInboxService_Factory`): they sit in another module's package but are compiled into,
/// and belong to, bootstrap, the only module allowed to use Dagger.
final class ExcludeDaggerCodeGeneratedInBootstrap implements ImportOption {

  private static final Pattern BOOTSTRAP_ARTIFACT = Pattern.compile(".*/bootstrap(/target/classes/|-[^/]*\\.jar!/).*");

  @Override
  public boolean includes(Location location) {
    return !location.matches(BOOTSTRAP_ARTIFACT) || location.contains("/dev/quicnprotochat/bootstrap/");
  }
}
