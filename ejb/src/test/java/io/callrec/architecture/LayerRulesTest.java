package io.callrec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Schedule;
import jakarta.ejb.Timeout;

/**
 * The layers of the EJB module: the domain is the model and knows nothing else; the application's use
 * cases use the domain and the infrastructure and never the web layer; the infrastructure serves the
 * application and calls into it only from the shells that start work without a request (message-driven
 * beans and timers). The web layer's own rule (it calls only the application) lives in the web module.
 */
@AnalyzeClasses(packages = "io.callrec", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String DOMAIN = "io.callrec.domain..";
    private static final String APPLICATION = "io.callrec.application..";
    private static final String INFRASTRUCTURE = "io.callrec.infrastructure..";
    private static final String INTERFACES = "io.callrec.interfaces..";

    @ArchTest
    static final ArchRule domainKnowsOnlyItself = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES)
            .because("the domain is the model every layer uses; it must stay testable without them");

    @ArchTest
    static final ArchRule domainDoesNotRenderMedia = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("io.callrec.media..")
            .because("the media library is driven by the application's conversion steps, not by the model");

    @ArchTest
    static final ArchRule applicationDoesNotReachTheWebLayer = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(INTERFACES)
            .because("the use cases serve the REST API, the timers and the message-driven beans alike");

    @ArchTest
    static final ArchRule onlyMessagingAndTimerShellsCallTheApplication = noClasses()
            .that().resideInAPackage(INFRASTRUCTURE)
            .and(DescribedPredicate.not(workStartingShells()))
            .should().dependOnClassesThat().resideInAPackage(APPLICATION)
            .because("the infrastructure serves the use cases; only the message-driven beans of "
                    + "infrastructure.messaging and the timers of infrastructure.scheduling start one, "
                    + "and they only delegate to it");

    /** A message-driven bean in the messaging package, or a class of the scheduling package with a timer callback. */
    private static DescribedPredicate<JavaClass> workStartingShells() {
        return DescribedPredicate.describe("message-driven beans of infrastructure.messaging or timers of "
                + "infrastructure.scheduling", c -> c.getPackageName().equals("io.callrec.infrastructure.messaging")
                && c.isAnnotatedWith(MessageDriven.class)
                || c.getPackageName().equals("io.callrec.infrastructure.scheduling")
                && c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Timeout.class) || m.isAnnotatedWith(Schedule.class)));
    }
}
