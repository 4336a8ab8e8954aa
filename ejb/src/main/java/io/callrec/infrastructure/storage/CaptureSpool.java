package io.callrec.infrastructure.storage;

import io.callrec.domain.refusal.CaptureTooLargeException;
import io.callrec.domain.refusal.InvalidCaptureException;
import io.callrec.media.capture.CaptureFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an uploaded capture into the spool folder. The first bytes are checked before anything is
 * kept: a file that is not a pcap/pcapng capture is refused and removed, so a bad upload leaves no
 * trace.
 */
@ApplicationScoped
public class CaptureSpool {

    private static final int PROBE_BYTES = 64;

    @Inject
    StorageLayout layout;

    @Inject
    StorageSettings settings;

    @Inject
    LifecycleSettings lifecycle;

    public SpooledCapture receive(InputStream upload) {
        try {
            byte[] head = upload.readNBytes(PROBE_BYTES);
            if (head.length == 0) {
                throw new InvalidCaptureException("the capture file is empty");
            }
            CaptureFormat.Kind kind = CaptureFormat.detect(head).orElseThrow(() -> new InvalidCaptureException(
                    "the uploaded file is not a pcap or pcapng capture (unknown magic number)"));
            Files.createDirectories(layout.spoolDir());
            FileStore store = Files.getFileStore(layout.spoolDir());
            DiskGuard.check(store.getTotalSpace(), store.getUsableSpace(), lifecycle.minFreeBytes(),
                    lifecycle.maxDiskUsagePercent());
            Path file = layout.newSpoolFile();
            long size = copyBounded(head, upload, file);
            return new SpooledCapture(file, size, kind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the capture in the spool folder", e);
        }
    }

    private long copyBounded(byte[] head, InputStream rest, Path file) throws IOException {
        long limit = settings.maxCaptureBytes();
        long size = head.length;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = rest.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw new CaptureTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        return size;
    }

    /** Removes a spooled capture whose recording could not be created. */
    public void discard(SpooledCapture capture) {
        try {
            Files.deleteIfExists(capture.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
