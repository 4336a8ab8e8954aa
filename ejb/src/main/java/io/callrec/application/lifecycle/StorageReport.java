package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.Recordings.StorageUse;
import io.callrec.infrastructure.storage.StorageLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/** Use case: an admin sees how much storage each customer's recordings use, and how much the disk has left. */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class StorageReport {

    @Inject
    Recordings recordings;

    @Inject
    StorageLayout layout;

    public record Disk(long totalBytes, long usableBytes) {
    }

    public List<StorageUse> use(Caller caller, String customerId) {
        caller.require(Role.ADMIN);
        return recordings.storageUse(customerId);
    }

    public Disk disk(Caller caller) {
        caller.require(Role.ADMIN);
        try {
            Files.createDirectories(layout.root());
            FileStore store = Files.getFileStore(layout.root());
            return new Disk(store.getTotalSpace(), store.getUsableSpace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
