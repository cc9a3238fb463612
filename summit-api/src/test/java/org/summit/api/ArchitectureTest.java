package org.summit.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql..")
            .because("controllers call a context's service; persistence belongs to the context");
}
