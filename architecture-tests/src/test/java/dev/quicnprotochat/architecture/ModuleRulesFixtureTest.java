package dev.quicnprotochat.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.quicnprotochat.adapter.cli.fixture.CliUsingSqlAdapter;
import dev.quicnprotochat.adapter.persistence.file.fixture.FileUsingWire;
import dev.quicnprotochat.adapter.persistence.sql.fixture.SqlUsingPicocli;
import dev.quicnprotochat.adapter.quic.fixture.QuicUsingJdbi;
import dev.quicnprotochat.application.fixture.ApplicationUsingBootstrap;
import dev.quicnprotochat.application.fixture.ApplicationUsingMls;
import dev.quicnprotochat.application.fixture.ApplicationUsingNetty;
import dev.quicnprotochat.domain.fixture.CleanValue;
import dev.quicnprotochat.domain.fixture.DomainPrinting;
import dev.quicnprotochat.domain.fixture.DomainUsingDagger;
import dev.quicnprotochat.mls.fixture.MlsUsingSql;
import dev.quicnprotochat.opaque.fixture.OpaqueLogging;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Each rule of [ModuleRules] must catch a deliberate violation, so a rule that silently matches nothing (a typo in
/// a package pattern) cannot pass the build.
class ModuleRulesFixtureTest {

  static Stream<Arguments> violations() {
    return Stream.of(
        violation(ModuleRules.MLS_DEPENDS_ONLY_ON_BOUNCY_CASTLE, "mls", MlsUsingSql.class),
        violation(ModuleRules.OPAQUE_DEPENDS_ONLY_ON_BOUNCY_CASTLE, "opaque", OpaqueLogging.class),
        violation(ModuleRules.DOMAIN_DEPENDS_ONLY_ON_LIBRARIES, "domain", DomainUsingDagger.class),
        violation(ModuleRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN, "application", ApplicationUsingNetty.class),
        violation(ModuleRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN, "application -> mls internals",
            ApplicationUsingMls.class),
        violation(ModuleRules.QUIC_ADAPTER_DEPENDENCIES, "adapters-quic", QuicUsingJdbi.class),
        violation(ModuleRules.FILE_ADAPTER_DEPENDENCIES, "adapters-persistence-file", FileUsingWire.class),
        violation(ModuleRules.SQL_ADAPTER_DEPENDENCIES, "adapters-persistence-sql", SqlUsingPicocli.class),
        violation(ModuleRules.CLI_ADAPTER_DEPENDENCIES, "adapters-cli", CliUsingSqlAdapter.class),
        violation(ModuleRules.NO_ADAPTER_DEPENDS_ON_ANOTHER, "cli -> sql adapter", CliUsingSqlAdapter.class),
        violation(ModuleRules.CORE_NEVER_IMPORTS_FRAMEWORKS, "mls -> java.sql", MlsUsingSql.class),
        violation(ModuleRules.CORE_NEVER_IMPORTS_FRAMEWORKS, "application -> netty", ApplicationUsingNetty.class),
        violation(ModuleRules.PURE_MODULES_DO_NOT_LOG_OR_PRINT, "domain prints", DomainPrinting.class),
        violation(ModuleRules.PURE_MODULES_DO_NOT_LOG_OR_PRINT, "opaque logs", OpaqueLogging.class),
        violation(ModuleRules.WIRE_CLASSES_STAY_IN_THE_QUIC_ADAPTER, "file -> wire", FileUsingWire.class),
        violation(ModuleRules.NOTHING_BUT_BOOTSTRAP_USES_DAGGER, "domain -> dagger", DomainUsingDagger.class),
        violation(ModuleRules.NOTHING_DEPENDS_ON_BOOTSTRAP, "application -> bootstrap",
            ApplicationUsingBootstrap.class));
  }

  private static Arguments violation(ArchRule rule, String what, Class<?> offender) {
    return Arguments.of(Named.of(what + " (" + offender.getSimpleName() + ")", rule), offender);
  }

  @ParameterizedTest
  @MethodSource("violations")
  void ruleReportsTheDeliberateViolation(ArchRule rule, Class<?> offender) {
    JavaClasses classes = new ClassFileImporter().importClasses(offender);
    assertTrue(rule.evaluate(classes).hasViolation(), "rule did not catch " + offender.getName());
  }

  static Stream<ArchRule> allRules() {
    return violations().map(a -> (ArchRule) ((Named<?>) a.get()[0]).getPayload()).distinct();
  }

  @ParameterizedTest
  @MethodSource("allRules")
  void aCleanDomainValueBreaksNoRule(ArchRule rule) {
    JavaClasses classes = new ClassFileImporter().importClasses(CleanValue.class);
    assertFalse(rule.allowEmptyShould(true).evaluate(classes).hasViolation());
  }
}
