package io.callrec.application;

import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.Recordings.StorageUse;
import io.callrec.infrastructure.storage.StorageLayout;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.List;

/** Use case: how much storage each customer's recordings use, and how much the disk has left. */
@Stateless
public class StorageReport {

    @Inject
    Recordings recordings;

    @Inject
    StorageLayout layout;

    public record Disk(long totalBytes, long usableBytes) {
    }

    public List<StorageUse> use(String customerId) {
        return recordings.storageUse(customerId);
    }

    public Disk disk() {
        try {
            Files.createDirectories(layout.root());
            FileStore store = Files.getFileStore(layout.root());
            return new Disk(store.getTotalSpace(), store.getUsableSpace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
