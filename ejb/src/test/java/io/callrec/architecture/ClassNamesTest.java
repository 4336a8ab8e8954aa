package io.callrec.architecture;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One thing, one name: no two top-level classes of the shipped code (this module's and the media
 * library's) share a simple name, so a name found in a stack trace, a log or an import is never
 * ambiguous. Nested types (a {@code Row}, a {@code Kind}) are named through their owner and may repeat.
 */
@AnalyzeClasses(packages = "io.callrec",
        importOptions = {ImportOption.DoNotIncludeTests.class, ClassNamesTest.DoNotIncludeTestJars.class})
class ClassNamesTest {

    @ArchTest
    static void noTwoShippedClassesShareASimpleName(JavaClasses classes) {
        Map<String, List<String>> byName = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(groupingBy(JavaClass::getSimpleName, TreeMap::new, mapping(JavaClass::getName, toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("simple names used by more than one class").isEmpty();
    }

    /** Test classes that reach this module packaged as another module's test-jar. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
