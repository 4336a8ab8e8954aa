package io.callrec.media.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The media module is a plain library: it must run outside any application server. */
@AnalyzeClasses(packages = "io.callrec.media", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaRulesTest {

    @ArchTest
    static final ArchRule noJakartaOrJavaxEeDependencies = noClasses()
            .that().resideInAPackage("io.callrec.media..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ejb..", "javax.enterprise..",
                    "javax.inject..", "javax.annotation..", "javax.persistence..", "javax.transaction..",
                    "javax.ws..", "javax.servlet..", "javax.jms..", "javax.resource..", "javax.faces..")
            .because("the EJB module wraps this library; the library itself stays container-free");

    @ArchTest
    static final ArchRule engineIsTheOnlyEntryForTheCli = noClasses()
            .that().resideInAPackage("io.callrec.media.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.callrec.media.capture..", "io.callrec.media.rtp..",
                    "io.callrec.media.timeline..", "io.callrec.media.codec..")
            .because("the CLI uses the same facade as the EJB");

    @ArchTest
    static final ArchRule protocolLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("io.callrec.media.capture..", "io.callrec.media.rtp..", "io.callrec.media.codec..",
                    "io.callrec.media.sip..", "io.callrec.media.sdp..", "io.callrec.media.call..")
            .should().dependOnClassesThat().resideInAnyPackage("io.callrec.media.engine..", "io.callrec.media.timeline..",
                    "io.callrec.media.mix..", "io.callrec.media.cli..");
}
