package io.remoteassist.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries: a module uses another only through its {@code api} packages; the allowed
 * directions are those of the design; no cycles; {@code api} and {@code domain} stay framework-free.
 */
class ArchitectureTest {

    private static final List<String> MODULES =
        List.of("invitation", "session", "policy", "capture", "transport", "server", "agent");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.remoteassist");
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApi() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                // the relay adapter is the WebSocket binding of transport's relay and wire format
                String exempt = module.equals("server") && other.equals("transport")
                    ? "io.remoteassist.server.relay.." : "io.remoteassist.none..";
                noClasses().that().resideInAPackage("io.remoteassist." + module + "..")
                    .and().resideOutsideOfPackage(exempt)
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "io.remoteassist." + other + ".."),
                        com.tngtech.archunit.base.DescribedPredicate.not(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "io.remoteassist." + other + ".api.."))))
                    .allowEmptyShould(true)
                    .check(classes);
            }
        }
    }

    @Test
    void dependenciesFollowTheDesign() {
        noClasses().that().resideInAnyPackage("io.remoteassist.policy..", "io.remoteassist.capture..",
                "io.remoteassist.transport..")
            .should().dependOnClassesThat().resideInAnyPackage("io.remoteassist.invitation..",
                "io.remoteassist.session..", "io.remoteassist.server..", "io.remoteassist.agent..")
            .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("io.remoteassist.invitation..")
            .should().dependOnClassesThat().resideInAnyPackage("io.remoteassist.session..",
                "io.remoteassist.server..", "io.remoteassist.agent..", "io.remoteassist.capture..",
                "io.remoteassist.transport..")
            .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("io.remoteassist.session..")
            .should().dependOnClassesThat().resideInAnyPackage("io.remoteassist.server..", "io.remoteassist.agent..",
                "io.remoteassist.capture..", "io.remoteassist.transport..")
            .allowEmptyShould(true).check(classes);
        noClasses().that().resideOutsideOfPackage("io.remoteassist.agent..")
            .should().dependOnClassesThat().resideInAPackage("io.remoteassist.agent..")
            .allowEmptyShould(true).check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("io.remoteassist.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void messagesAndDomainStayFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.remoteassist.*.api")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                "org.apache.kafka..", "io.vertx..", "org.bouncycastle..")
            .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("io.remoteassist.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                "org.apache.kafka..", "io.vertx..", "java.sql..")
            .allowEmptyShould(true).check(classes);
    }

    @Test
    void commandsAndEventsInApiAreRecords() {
        classes().that().resideInAPackage("io.remoteassist.*.api")
            .and().haveSimpleNameEndingWith("Event").and().areNotInterfaces()
            .should().beRecords().allowEmptyShould(true).check(classes);
        classes().that().resideInAPackage("io.remoteassist.*.api")
            .and().haveSimpleNameEndingWith("Command").and().areNotInterfaces()
            .should().beRecords().allowEmptyShould(true).check(classes);
    }
}
