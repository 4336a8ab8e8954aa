package io.callrec.infrastructure.persistence.migration;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of test classes that run on a real PostgreSQL: one server per class in target/{@link #folder()},
 * stopped after it; the class is skipped with a message where PostgreSQL is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithTestPostgres {

    protected TestPostgres postgres;

    /** The server's folder under target/. */
    protected abstract String folder();

    @BeforeAll
    void startPostgres() throws Exception {
        Assumptions.assumeTrue(TestPostgres.installed(),
                "PostgreSQL is not installed (apt-get install postgresql): skipping the tests on it");
        postgres = TestPostgres.start(Path.of("target", folder()).toAbsolutePath());
    }

    @AfterAll
    void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
