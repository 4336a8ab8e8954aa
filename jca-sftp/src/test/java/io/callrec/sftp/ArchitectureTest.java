package io.callrec.sftp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The client API the application sees carries no JSch and no connector type; JSch stays behind the ssh package. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("io.callrec.sftp");

    @Test
    void theClientApiDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("io.callrec.sftp")
                .should().dependOnClassesThat().resideInAnyPackage("com.jcraft..", "jakarta..", "io.callrec.sftp.ra..",
                        "io.callrec.sftp.ssh..")
                .check(classes);
    }

    @Test
    void onlyTheSshPackageUsesJsch() {
        noClasses().that().resideOutsideOfPackage("io.callrec.sftp.ssh..")
                .should().dependOnClassesThat().resideInAPackage("com.jcraft..")
                .check(classes);
    }

    @Test
    void theSshPackageKnowsNoConnectorContract() {
        noClasses().that().resideInAPackage("io.callrec.sftp.ssh..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.callrec.sftp.ra..")
                .check(classes);
    }
}
