package io.callrec.sftp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * This JVM's TCP sockets, seen by the kernel (Linux /proc): which of the process's file descriptors
 * are sockets, and which of those are connected to a given remote port. Closed sockets are gone from
 * both, so this is how a test sees that a connection left no socket behind.
 */
public final class JvmSockets {

    private JvmSockets() {
    }

    public static boolean available() {
        return Files.isReadable(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** How many of this process's TCP sockets have {@code remotePort} as their peer port (any state). */
    public static int connectedTo(int remotePort) {
        Set<String> inodes = socketInodes();
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(table)) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 10 || !f[2].contains(":")) {
                    continue;
                }
                int port = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16);
                if (port == remotePort && inodes.contains(f[9])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // the descriptor closed while listing
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<String> lines(String file) {
        try {
            return Files.exists(Path.of(file)) ? Files.readAllLines(Path.of(file)) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
