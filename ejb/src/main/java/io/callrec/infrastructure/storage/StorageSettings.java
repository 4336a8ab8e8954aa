package io.callrec.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/**
 * Reads the storage root from the {@code callrec.storage.dir} system property (set in the server
 * configuration or on the command line); by default a folder in the server's data directory.
 */
@ApplicationScoped
public class StorageSettings {

    static final String ROOT_PROPERTY = "callrec.storage.dir";
    static final String MAX_CAPTURE_PROPERTY = "callrec.capture.max-bytes";

    /** Dependent scope: the layout is an immutable record (and records cannot be proxied). */
    @Produces
    public StorageLayout layout() {
        String configured = System.getProperty(ROOT_PROPERTY);
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", "."), "callrec", "storage");
        return new StorageLayout(root.toAbsolutePath());
    }

    /** Largest capture accepted in one upload; 2 GiB by default (≈ 9 hours of two-leg G.711). */
    public long maxCaptureBytes() {
        return Long.getLong(MAX_CAPTURE_PROPERTY, 2L << 30);
    }
}
