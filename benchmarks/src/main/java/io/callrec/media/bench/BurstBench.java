package io.callrec.media.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Issue 17's burst, end to end against a running server: posts {@code --calls} two-leg calls of
 * {@code --seconds} each (codec mix, output format) as a switch, then follows the outcome-event feed
 * until every posted recording is final, and reports the time until then, hours of recordings per
 * minute, calls per second, post-to-final p50/p95/max and, given the server's pid, its sampled peak
 * heap. Arguments: see {@link BurstOptions#USAGE}.
 */
public final class BurstBench {

    private BurstBench() {
    }

    public static void main(String[] args) throws Exception {
        BurstOptions o = BurstOptions.parse(args);
        // The calls ended a minute ago: recent enough for retention, and the xDRs' times are the capture's.
        Instant connect = Instant.now().minusSeconds(o.seconds() + 60L).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long startNanos = connect.getEpochSecond() * 1_000_000_000L;
        Map<BurstCodec, byte[]> captures = new EnumMap<>(BurstCodec.class);
        for (BurstCodec codec : o.mix().keySet()) {
            captures.put(codec, BurstCapture.write(startNanos, o.seconds(), codec.clip(0, o.corpus()), codec.clip(1, o.corpus()), codec));
        }
        BurstServer server = new BurstServer(o.api(), o.admin());
        server.setUp("burst", o.format());
        long position = server.lastPosition();
        String run = Long.toString(Instant.now().getEpochSecond());
        Map<Long, Instant> postedAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        System.out.printf("burst: %d calls x %d s %s, format %s, %d posters, to %s%s%n", o.calls(), o.seconds(),
                o.mix(), o.format(), o.posters(), o.api(), o.also().isEmpty() ? "" : " and " + o.also());
        Instant start = Instant.now();
        HeapSampler heap = o.serverPid() > 0 ? new HeapSampler(o.serverPid()) : null;
        ThreadCpu cpu = o.serverPid() > 0 && ThreadCpu.available() ? new ThreadCpu(o.serverPid()) : null;
        ExecutorService posters = Executors.newFixedThreadPool(o.posters());
        for (int i = 1; i <= o.calls(); i++) {
            int call = i;
            posters.submit(() -> {
                try {
                    long id = server.post(o.postApi(call), callRecord(run, call, connect, o.seconds()), captures.get(o.codecOf(call)));
                    postedAt.put(id, Instant.now());
                } catch (Exception e) {
                    refused.add("call " + call + ": " + e.getMessage());
                }
            });
        }
        posters.shutdown();
        Instant postsDone = null;
        Map<Long, BurstServer.Outcome> outcomes = new ConcurrentHashMap<>();
        Instant deadline = start.plus(Duration.ofMinutes(o.timeoutMinutes()));
        while (Instant.now().isBefore(deadline)) {
            List<BurstServer.Outcome> page = server.events(position);
            for (BurstServer.Outcome e : page) {
                position = e.position();
                outcomes.putIfAbsent(e.recordingId(), e);
            }
            if (postsDone == null && posters.isTerminated()) {
                postsDone = Instant.now();
            }
            if (postsDone != null && outcomes.keySet().containsAll(postedAt.keySet())) {
                break;
            }
            if (page.size() < 1000) {
                // Each read logs the admin in with HTTP Basic, a bcrypt check on the server: polled
                // often it would take a good part of a core from the burst. The figures come from
                // the events' own times, so reading every 5 s only delays the end of the run.
                Thread.sleep(5000);
            }
        }
        if (heap != null) {
            heap.close();
        }
        report(o, start, postsDone, postedAt, outcomes, refused, heap);
        if (cpu != null) {
            cpu.report(postedAt.size());
        }
    }

    private static String callRecord(String run, int i, Instant connect, int seconds) {
        return String.format("{\"callId\":\"burst-%s-%d@bench\",\"h323ConfId\":\"BURST %s %d\",\"accountId\":\"8001\","
                + "\"customerId\":\"burst\",\"callingNumber\":\"14155550100\",\"calledNumber\":\"14155550199\","
                + "\"direction\":\"outgoing\",\"connectTime\":\"%s\",\"disconnectTime\":\"%s\"}",
                run, i, run, i, connect, connect.plusSeconds(seconds));
    }

    private static void report(BurstOptions o, Instant start, Instant postsDone, Map<Long, Instant> postedAt,
            Map<Long, BurstServer.Outcome> outcomes, ConcurrentLinkedQueue<String> refused, HeapSampler heap) {
        refused.stream().limit(5).forEach(r -> System.out.println("refused " + r));
        Map<String, Integer> states = new java.util.TreeMap<>();
        List<Double> latencies = new ArrayList<>();
        Instant last = start;
        int missing = 0;
        for (Map.Entry<Long, Instant> p : postedAt.entrySet()) {
            BurstServer.Outcome e = outcomes.get(p.getKey());
            if (e == null) {
                missing++;
                continue;
            }
            states.merge(e.state(), 1, Integer::sum);
            latencies.add(Math.max(0, Duration.between(p.getValue(), e.at()).toMillis()) / 1000.0);
            last = e.at().isAfter(last) ? e.at() : last;
        }
        latencies.sort(null);
        double posting = postsDone == null ? Double.NaN : Duration.between(start, postsDone).toMillis() / 1000.0;
        double total = Duration.between(start, last).toMillis() / 1000.0;
        double hours = postedAt.size() * (double) o.seconds() / 3600;
        System.out.printf("posted %d in %.1f s (%.2f calls/s accepted), refused %d%n", postedAt.size(), posting,
                postedAt.size() / posting, refused.size());
        System.out.printf("final: %s, not final when the run stopped: %d%n", states, missing);
        System.out.printf("until every recording was final: %.1f s from the first post; %.1f h of recordings per minute;"
                + " %.2f calls/s end to end%n", total, hours / (total / 60), postedAt.size() / total);
        System.out.printf("post to final: p50 %.1f s, p95 %.1f s, max %.1f s%n", quantile(latencies, 0.50),
                quantile(latencies, 0.95), quantile(latencies, 1.0));
        if (heap != null) {
            System.out.printf("server peak heap (sampled each second): %s%n", heap.peak());
        }
    }

    private static double quantile(List<Double> sorted, double q) {
        // nearest rank: the smallest value with at least q of the values at or below it
        int rank = Math.max(1, (int) Math.ceil(q * sorted.size()));
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size(), rank) - 1);
    }
}
