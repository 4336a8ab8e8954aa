package io.callrec.media.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads by kind, from Linux's /proc/PID/task/TID/stat (utime + stime, in
 * clock ticks of 1/100 s), read before and after the burst: where the server's CPU went per call.
 * Thread names are the kernel's (15 characters), grouped by the patterns in {@link #kind}; a thread
 * that ended before the report is not counted (WildFly's pools keep theirs).
 */
final class ThreadCpu {

    private static final double TICK = 0.01;
    private final Path tasks;
    private final Map<String, Long> before;
    private final double clientBefore;

    /** Whether this system has Linux's per-thread /proc files to read. */
    static boolean available() {
        return Files.isDirectory(Path.of("/proc/self/task"));
    }

    ThreadCpu(long pid) throws IOException {
        tasks = Path.of("/proc", Long.toString(pid), "task");
        before = read();
        clientBefore = clientSeconds();
    }

    /** One line per kind of thread with its CPU seconds and seconds per call, then the client's own. */
    void report(int calls) throws IOException {
        Map<String, Double> byKind = sinceStart();
        double total = byKind.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("server CPU: %.1f s, %.3f s per call%n", total, total / calls);
        byKind.entrySet().stream().filter(e -> e.getValue() >= 0.05 * total)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-28s %6.1f s %5.1f %% %.4f s per call%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / total, e.getValue() / calls));
        double client = clientSeconds() - clientBefore;
        System.out.printf("client CPU (this benchmark's JVM): %.1f s, %.3f s per call%n", client, client / calls);
    }

    /** CPU seconds by kind of thread since this was made (threads started since count in full). */
    Map<String, Double> sinceStart() throws IOException {
        Map<String, Double> byKind = new TreeMap<>();
        read().forEach((tid, ticks) -> byKind.merge(tid.substring(tid.indexOf(' ') + 1),
                (ticks - before.getOrDefault(tid, 0L)) * TICK, Double::sum));
        return byKind;
    }

    /** "tid kind" to the thread's CPU ticks so far. */
    private Map<String, Long> read() throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
                } catch (IOException ended) {
                    continue; // the thread ended between the listing and the read
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of proc(5), utime and stime; f[0] is field 3
                ticks.put(t.getFileName() + " " + kind(name), Long.parseLong(f[11]) + Long.parseLong(f[12]));
            }
        }
        return ticks;
    }

    /** WildFly's thread kinds: the MDBs' conversions, the HTTP workers and I/O threads, JIT, GC. */
    static String kind(String name) {
        if (name.contains("(activ") || name.startsWith("Thread-")) {
            return "JMS client (conversions)";
        }
        if (name.startsWith("default task")) {
            return "HTTP requests";
        }
        if (name.startsWith("default I/O")) {
            return "HTTP I/O";
        }
        if (name.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "garbage collector";
        }
        return "other";
    }

    private static double clientSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
