package io.callrec.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every entry of an archive as built, including those of the archives nested in it (a jar in an
 * EAR's lib/, in a war or a rar), named {@code outer!/inner} as a jar URL would: what a shipped-archive
 * check must look at, since a class can ship inside any of them.
 */
final class ArchiveEntries {

    private ArchiveEntries() {
    }

    /** The entries of {@code archive} and, recursively, of every .jar/.war/.rar/.ear inside it. */
    static List<String> of(Path archive) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive)) {
            collect(in, "", entries);
        }
        return entries;
    }

    private static void collect(InputStream archive, String prefix, List<String> entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            entries.add(prefix + e.getName());
            if (!e.isDirectory() && isArchive(e.getName())) {
                // Not closed: closing the nested stream would close the outer one.
                collect(zip, prefix + e.getName() + "!/", entries);
            }
        }
    }

    private static boolean isArchive(String name) {
        return name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".rar") || name.endsWith(".ear");
    }
}
