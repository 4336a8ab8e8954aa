package io.callrec.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Puts converted audio in place: the converter writes to a temporary sibling, which is renamed over
 * the final name in one step, so a reader never sees a half-written file.
 */
public final class AudioPublisher {

    private AudioPublisher() {
    }

    /**
     * A temporary name of this attempt's own beside the target: two attempts at one recording (on two
     * instances sharing the storage) never write into each other's file. Left over by a crash, it is an
     * orphan the orphan sweep deletes.
     */
    public static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    public static void prepareFolder(Path target) throws IOException {
        Files.createDirectories(target.getParent());
    }

    public static void publish(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
