package io.callrec.interfaces.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web layer works through the application's use cases and the domain's types: it never reaches the
 * database itself. What holds today, and stays: no repository, entity manager or JPA type is used here;
 * the only persistence types the resources name are plain records of the queries' input and output
 * ({@code Xdrs.Filter}, {@code AuditLog.Filter}, {@code Recordings.StorageUse}), which they hand to or get
 * from the application services that run the queries.
 */
@AnalyzeClasses(packages = "io.callrec.interfaces", importOptions = ImportOption.DoNotIncludeTests.class)
class InterfaceLayerRulesTest {

    private static final DescribedPredicate<JavaClass> PERSISTENCE_OTHER_THAN_QUERY_RECORDS =
            DescribedPredicate.describe("are persistence classes other than the queries' plain records", c ->
                    c.getPackageName().startsWith("io.callrec.infrastructure.persistence") && !c.isRecord());

    @ArchTest
    static final ArchRule noRepositoryIsCalledFromTheWeb = noClasses()
            .that().resideInAPackage("io.callrec.interfaces..")
            .should().dependOnClassesThat(PERSISTENCE_OTHER_THAN_QUERY_RECORDS)
            .because("reads and writes go through the application services, which own the transactions and the access rules");

    @ArchTest
    static final ArchRule noJpaInTheWeb = noClasses()
            .that().resideInAPackage("io.callrec.interfaces..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("the web layer holds no entity manager and runs no query");
}
