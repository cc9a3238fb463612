package org.summit.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.SQLException;

/** summit-api uses the contexts' services and event contracts, never notifications, repositories or Kafka sends. */
@AnalyzeClasses(packages = "org.summit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiNeverUsesNotifications = noClasses()
            .that()
            .resideInAPackage("org.summit.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.summit.notifications..")
            .because("summit-api and summit-notifications run as separate processes in the distributed setup");

    @ArchTest
    static final ArchRule notificationsNeverUsesTheApi = noClasses()
            .that()
            .resideInAPackage("org.summit.notifications..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.summit.api..")
            .because("summit-api and summit-notifications run as separate processes in the distributed setup");

    @ArchTest
    static final ArchRule notificationsLearnOnlyFromEvents = noClasses()
            .that()
            .resideInAPackage("org.summit.notifications..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.summit.agenda..",
                    "org.summit.cities..",
                    "org.summit.exchanges..",
                    "org.summit.ceremony..",
                    "org.summit.accounts..")
            .because("notifications keeps its own copies from the event contracts (org.summit.events) and the"
                    + " shared kernel, so it runs the same as a process of its own and never reads a context's"
                    + " tables");

    @ArchTest
    static final ArchRule theApiProducesNothingToKafkaItself = noClasses()
            .that()
            .resideInAPackage("org.summit.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka.clients.producer..", "io.micronaut.configuration.kafka.annotation..")
            .because("a state change publishes its events through the outbox, in the same transaction");

    @ArchTest
    static final ArchRule controllersStayOutOfPersistence = noClasses()
            .that()
            .resideInAPackage("org.summit.api..")
            .should()
            .dependOnClassesThat(persistenceOtherThanItsFailures())
            .because("controllers call a context's service; persistence belongs to the context");

    @ArchTest
    static final ArchRule onlyTheWebLayerReadsPersistenceFailures = noClasses()
            .that()
            .resideInAPackage("org.summit.api..")
            .and()
            .resideOutsideOfPackage("org.summit.api.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql..")
            .because("only the web layer turns a database collision into an HTTP answer");

    /** Repositories, entities, connections: all of persistence except the exceptions it reports failures with. */
    private static DescribedPredicate<JavaClass> persistenceOtherThanItsFailures() {
        return JavaClass.Predicates.resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("io.micronaut.data.exceptions.."))
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(SQLException.class))))
                .as("persistence other than its failures");
    }
}
