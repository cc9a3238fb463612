package org.summit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The four contexts of summit-core talk to each other only through events: none uses another's classes, and the
 * event contracts and the shared kernel use none of theirs.
 */
@AnalyzeClasses(packages = "org.summit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<String> CONTEXTS = List.of("agenda", "cities", "exchanges", "ceremony");

    @ArchTest
    static void noContextUsesAnother(JavaClasses classes) {
        for (String context : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (!context.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("org.summit." + context + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("org.summit." + other + "..")
                            .allowEmptyShould(true)
                            .because("contexts learn of each other only from events")
                            .check(classes);
                }
            }
        }
    }

    @ArchTest
    static final ArchRule eventContractsUseNoContext = noClasses()
            .that()
            .resideInAPackage("org.summit.events..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(contextPackages())
            .because("an event carries ids and values, never a context's entities");

    @ArchTest
    static final ArchRule sharedKernelUsesNoContext = noClasses()
            .that()
            .resideInAPackage("org.summit.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(contextPackages())
            .because("the shared kernel serves every context and so may know none");

    @ArchTest
    static final ArchRule onlyTheOutboxRelayProducesToKafka = noClasses()
            .that()
            .resideOutsideOfPackage("org.summit.shared.outbox..")
            .and()
            // The stroke stream and the classes Micronaut generates for it ($StrokeStream$Intercepted…).
            .haveNameNotMatching("org\\.summit\\.ceremony\\.\\$?StrokeStream.*")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.configuration.kafka.annotation.KafkaClient")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.kafka.clients.producer..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.configuration.kafka.ProducerRegistry")
            .because("state changes publish their events through the outbox, never with a direct send: no"
                    + " @KafkaClient, no Producer, no producer registry anywhere else; the one exception is the"
                    + " tablets' live stroke stream (ceremony.StrokeStream), produced straight for latency and"
                    + " stored from its topic");

    private static String[] contextPackages() {
        return CONTEXTS.stream().map(context -> "org.summit." + context + "..").toArray(String[]::new);
    }
}
