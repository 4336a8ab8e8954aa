package io.callrec.infrastructure.persistence.migration;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL (Debian's package) for the schema tests, started with the project's own
 * {@code tools/cluster/postgres.sh} in a fresh folder on a free loopback port, and stopped afterwards.
 */
public final class TestPostgres implements AutoCloseable {

    private static final Path SCRIPT = Path.of("..", "tools", "cluster", "postgres.sh").toAbsolutePath().normalize();

    private final Path dir;
    private final int port;

    private TestPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Whether Debian's PostgreSQL server is installed (tests on it skip otherwise). */
    public static boolean installed() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
        } catch (IOException e) {
            return false;
        }
    }

    public static TestPostgres start(Path dir) throws IOException, InterruptedException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TestPostgres postgres = new TestPostgres(dir, port);
        postgres.run("start", dir.toString(), Integer.toString(port));
        return postgres;
    }

    /** A new, empty database owned by the application's user. */
    public DataSource createDatabase(String name) throws IOException, InterruptedException {
        run("psql", dir.toString(), Integer.toString(port), "-qc", "create database " + name + " owner callrec");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/" + name);
        ds.setUser("callrec");
        ds.setPassword("callrec");
        return ds;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop", dir.toString());
    }

    private void run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("postgres.sh " + String.join(" ", args) + " failed: " + output);
        }
    }
}
