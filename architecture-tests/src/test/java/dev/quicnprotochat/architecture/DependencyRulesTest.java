package dev.quicnprotochat.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/// Fails the build when production code breaks the module table of DESIGN.md §1.
@AnalyzeClasses(packages = ModuleRules.ROOT,
    importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeDaggerCodeGeneratedInBootstrap.class})
class DependencyRulesTest {

  @ArchTest
  static final ArchRule mlsDependsOnlyOnBouncyCastle = ModuleRules.MLS_DEPENDS_ONLY_ON_BOUNCY_CASTLE;
  @ArchTest
  static final ArchRule opaqueDependsOnlyOnBouncyCastle = ModuleRules.OPAQUE_DEPENDS_ONLY_ON_BOUNCY_CASTLE;
  @ArchTest
  static final ArchRule domainDependsOnlyOnLibraries = ModuleRules.DOMAIN_DEPENDS_ONLY_ON_LIBRARIES;
  @ArchTest
  static final ArchRule applicationDependsOnlyOnDomain = ModuleRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;
  @ArchTest
  static final ArchRule quicAdapterDependencies = ModuleRules.QUIC_ADAPTER_DEPENDENCIES;
  @ArchTest
  static final ArchRule fileAdapterDependencies = ModuleRules.FILE_ADAPTER_DEPENDENCIES;
  @ArchTest
  static final ArchRule sqlAdapterDependencies = ModuleRules.SQL_ADAPTER_DEPENDENCIES;
  @ArchTest
  static final ArchRule cliAdapterDependencies = ModuleRules.CLI_ADAPTER_DEPENDENCIES;
  @ArchTest
  static final ArchRule noAdapterDependsOnAnother = ModuleRules.NO_ADAPTER_DEPENDS_ON_ANOTHER;
  @ArchTest
  static final ArchRule coreNeverImportsFrameworks = ModuleRules.CORE_NEVER_IMPORTS_FRAMEWORKS;
  @ArchTest
  static final ArchRule pureModulesDoNotLogOrPrint = ModuleRules.PURE_MODULES_DO_NOT_LOG_OR_PRINT;
  @ArchTest
  static final ArchRule wireClassesStayInTheQuicAdapter = ModuleRules.WIRE_CLASSES_STAY_IN_THE_QUIC_ADAPTER;
  @ArchTest
  static final ArchRule nothingButBootstrapUsesDagger = ModuleRules.NOTHING_BUT_BOOTSTRAP_USES_DAGGER;
  @ArchTest
  static final ArchRule nothingDependsOnBootstrap = ModuleRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

  /// The rules above pass vacuously if the import finds nothing; make sure the production jars are really seen.
  @Test
  void importSeesProductionClassesOfTheLibraries() {
    JavaClasses imported = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages(ModuleRules.ROOT);
    for (String module : new String[] {".mls.", ".adapter.quic."}) {
      assertTrue(imported.stream().anyMatch(c -> c.getName().startsWith(ModuleRules.ROOT + module)),
          "no production class of " + module + " was imported: the rules would pass vacuously");
    }
  }
}
