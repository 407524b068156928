package dev.quicnprotochat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/// The dependency table of DESIGN.md §1 as ArchUnit rules, one per "may depend on" cell, plus the "never import"
/// list. Kept apart from the JUnit wiring so [ModuleRulesFixtureTest] can prove each rule catches a violation.
final class ModuleRules {

  static final String ROOT = "dev.quicnprotochat";
  static final String MLS = ROOT + ".mls..";
  static final String OPAQUE = ROOT + ".opaque..";
  static final String DOMAIN = ROOT + ".domain..";
  static final String APPLICATION = ROOT + ".application..";
  static final String QUIC = ROOT + ".adapter.quic..";
  static final String WIRE = ROOT + ".adapter.quic.wire..";
  static final String FILE = ROOT + ".adapter.persistence.file..";
  static final String SQL = ROOT + ".adapter.persistence.sql..";
  static final String CLI = ROOT + ".adapter.cli..";
  static final String BOOTSTRAP = ROOT + ".bootstrap..";

  private static final String JAVA = "java..";
  /// The JDK's cryptography architecture (JCA/JCE) lives outside `java..` but is platform, not a dependency.
  private static final String JCA = "javax.crypto..";
  private static final String JAAS_DESTROYABLE = "javax.security.auth..";
  /// Adapters may use the whole JDK platform (JSSE for TLS trust, JDBC, management beans for benchmarks).
  private static final String JAVAX = "javax..";
  private static final String JDK_MANAGEMENT = "com.sun.management..";
  /// Parts of the JDK that mean I/O; the pure modules (mls, opaque, domain) and the use cases stay clear of them.
  private static final String[] JDK_IO = {"java.sql..", "javax.sql..", "java.net..", "java.nio.file..",
      "java.nio.channels.."};
  private static final String BOUNCY_CASTLE = "org.bouncycastle..";
  private static final String INJECT = "jakarta.inject..";
  private static final String SLF4J = "org.slf4j..";

  private ModuleRules() {
  }

  /// Classes in `packages`, or the shared [#SHARED_BYTES] value type that domain values expose.
  private static DescribedPredicate<JavaClass> withSharedBytes(String... packages) {
    return JavaClass.Predicates.resideInAnyPackage(packages)
        .or(JavaClass.Predicates.equivalentTo(dev.quicnprotochat.mls.codec.Bytes.class))
        .as("reside in " + String.join(", ", packages) + " or are " + SHARED_BYTES);
  }

  /// Classes in `packages`, but none of the JDK's I/O packages.
  private static DescribedPredicate<JavaClass> pureDependencies(String... packages) {
    return JavaClass.Predicates.resideInAnyPackage(packages)
        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(JDK_IO)))
        .as("reside in " + String.join(", ", packages) + " but not in the JDK's I/O packages");
  }

  static final ArchRule MLS_DEPENDS_ONLY_ON_BOUNCY_CASTLE = classes().that().resideInAPackage(MLS)
      .should().onlyDependOnClassesThat(pureDependencies(MLS, JAVA, JCA, JAAS_DESTROYABLE, BOUNCY_CASTLE))
      .because("mls/ is a reusable RFC 9420 library that may depend on bcprov only (DESIGN.md §1)");

  static final ArchRule OPAQUE_DEPENDS_ONLY_ON_BOUNCY_CASTLE = classes().that().resideInAPackage(OPAQUE)
      .should().onlyDependOnClassesThat(pureDependencies(OPAQUE, JAVA, JCA, JAAS_DESTROYABLE, BOUNCY_CASTLE))
      .because("opaque/ is a reusable OPRF/OPAQUE library that may depend on bcprov only (DESIGN.md §1)");

  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_LIBRARIES = classes().that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat(pureDependencies(
          DOMAIN, MLS, OPAQUE, JAVA, JCA, JAAS_DESTROYABLE, BOUNCY_CASTLE))
      .because("domain/ holds pure values and rules: mls, opaque and bcprov only, no I/O, no logging (DESIGN.md §1)");

  /// The one class of mls/ the use cases may name: domain values expose their bytes as this immutable value type,
  /// so writing a second byte-string type for the domain would only add conversions.
  static final String SHARED_BYTES = ROOT + ".mls.codec.Bytes";

  static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(APPLICATION)
      .should().onlyDependOnClassesThat(pureDependencies(
          APPLICATION, DOMAIN, JAVA, JCA, JAAS_DESTROYABLE, INJECT, SLF4J)
          .or(JavaClass.Predicates.equivalentTo(dev.quicnprotochat.mls.codec.Bytes.class)))
      .because("use cases and ports see the domain (and its byte-string value type " + SHARED_BYTES
          + "), jakarta.inject annotations and SLF4J only (DESIGN.md §1)");

  static final ArchRule QUIC_ADAPTER_DEPENDENCIES = classes().that().resideInAPackage(QUIC)
      .should().onlyDependOnClassesThat(withSharedBytes(
          QUIC, APPLICATION, DOMAIN, JAVA, JAVAX, JDK_MANAGEMENT, INJECT, SLF4J,
          "io.netty..", "org.capnproto..", BOUNCY_CASTLE))
      .because("adapters-quic speaks Netty and Cap'n Proto to the use cases; BouncyCastle only issues its "
          + "self-signed certificate (DESIGN.md §1-2)");

  static final ArchRule FILE_ADAPTER_DEPENDENCIES = classes().that().resideInAPackage(FILE)
      .should().onlyDependOnClassesThat(withSharedBytes(
          FILE, APPLICATION, DOMAIN, JAVA, JAVAX, JDK_MANAGEMENT, INJECT, SLF4J,
          BOUNCY_CASTLE))
      .because("adapters-persistence-file implements ports with plain files (DESIGN.md §1)");

  static final ArchRule SQL_ADAPTER_DEPENDENCIES = classes().that().resideInAPackage(SQL)
      .should().onlyDependOnClassesThat(withSharedBytes(
          SQL, APPLICATION, DOMAIN, JAVA, JAVAX, JDK_MANAGEMENT,
          INJECT, SLF4J, BOUNCY_CASTLE, "org.jdbi..", "com.zaxxer.hikari..", "org.sqlite..", "org.postgresql..",
          "org.flywaydb.."))
      .because("adapters-persistence-sql implements ports with JDBI, HikariCP, drivers and migrations "
          + "(DESIGN.md §1)");

  static final ArchRule CLI_ADAPTER_DEPENDENCIES = classes().that().resideInAPackage(CLI)
      .should().onlyDependOnClassesThat(withSharedBytes(
          CLI, APPLICATION, DOMAIN, JAVA, JAVAX, JDK_MANAGEMENT, INJECT, SLF4J,
          "picocli..", "org.jline.."))
      .because("adapters-cli drives the use cases through picocli and JLine (DESIGN.md §1)");

  static final ArchRule NO_ADAPTER_DEPENDS_ON_ANOTHER = noClasses().that().resideInAnyPackage(QUIC, FILE, SQL, CLI)
      .should(new DependOnAnotherAdapter(QUIC, FILE, SQL, CLI))
      .because("adapters meet only through the application's ports (DESIGN.md §1)");

  static final ArchRule CORE_NEVER_IMPORTS_FRAMEWORKS = noClasses()
      .that().resideInAnyPackage(MLS, OPAQUE, DOMAIN, APPLICATION)
      .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "org.jdbi..", "java.sql..", "javax.sql..",
          "picocli..", "org.jline..", "dagger..", "org.capnproto..")
      .because("domain, application, mls and opaque never import Netty, JDBI, java.sql, picocli, JLine or Dagger "
          + "(DESIGN.md §1)");

  static final ArchRule PURE_MODULES_DO_NOT_LOG_OR_PRINT = noClasses().that().resideInAnyPackage(MLS, OPAQUE, DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage(SLF4J, "java.util.logging..", "java.lang.System$Logger")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .because("mls, opaque and domain return or throw; they do not log or print (STYLE.md, Logging)");

  static final ArchRule WIRE_CLASSES_STAY_IN_THE_QUIC_ADAPTER = noClasses().that().resideOutsideOfPackage(QUIC)
      .should().dependOnClassesThat().resideInAPackage(WIRE)
      .because("generated Cap'n Proto classes never leave adapters-quic (DESIGN.md §2)");

  static final ArchRule NOTHING_BUT_BOOTSTRAP_USES_DAGGER = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage("dagger..")
      .because("Dagger components and modules live in bootstrap; other modules use jakarta.inject only "
          + "(DESIGN.md §1)");

  static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
      .because("bootstrap wires everything, so nothing may depend back on it (DESIGN.md §1)");
}
