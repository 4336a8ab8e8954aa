package io.callrec.media.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The server's peak used heap during the burst, read from outside with the JDK's {@code jstat -gc PID
 * 1000} (used = survivor, eden and old spaces' used KB), so the server needs no agent or JMX port. The
 * peak is of one-second samples: a spike between two samples is missed, which is why it is reported
 * as sampled.
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile long peakKb = -1;
    private volatile String problem = "no sample yet";

    HeapSampler(long pid) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        jstat = new ProcessBuilder(java, "-gc", Long.toString(pid), "1000").redirectErrorStream(true).start();
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    /** The peak, or why there is none (jstat's own message, e.g. for a wrong pid). */
    String peak() {
        return peakKb < 0 ? "not measured: " + problem : peakKb / 1024 + " MiB";
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 0 && cols[0].equals("S0C")) {
                    header = cols;
                } else if (header != null && cols.length == header.length) {
                    double used = 0;
                    for (int i = 0; i < header.length; i++) {
                        if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU") || header[i].equals("OU")) {
                            used += Double.parseDouble(cols[i]);
                        }
                    }
                    peakKb = Math.max(peakKb, (long) used);
                } else if (peakKb < 0 && problem.equals("no sample yet")) {
                    problem = "jstat: " + line.trim();
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("heap sampling stopped: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
