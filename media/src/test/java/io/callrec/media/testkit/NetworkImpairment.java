package io.callrec.media.testkit;

import java.util.Random;

/**
 * What one direction's network does to its packets between sender and recorder, as
 * /work/shared/docs/realistic-captures.md lists it: a fixed path delay, random loss (a loss event
 * takes 1-3 consecutive packets), reordering (a packet overtaken by its next 1-3 successors),
 * duplicates, jitter (exponential, so most packets come close to the path delay), and queue
 * spikes: at random moments the queue holds everything for 50-100 ms and then releases it in a
 * burst. Jitter, reordering and spikes only ever add delay, so the path delay is the least
 * transit, which is where a packet belongs on the recorder's clock.
 */
public record NetworkImpairment(double loss, double reorder, double duplicate, double jitterMillis,
                                double spikesPerMinute, int spikeMinMillis, int spikeMaxMillis, double delayMillis) {

    /** Nothing but a 20 ms path. */
    public static final NetworkImpairment CLEAN = new NetworkImpairment(0, 0, 0, 0, 0, 50, 100, 20);

    /** {@code loss} and {@code reorder} as fractions, with 3 ms mean jitter, two spikes a minute and 0.2 % duplicates. */
    public static NetworkImpairment lossy(double loss, double reorder) {
        return new NetworkImpairment(loss, reorder, 0.002, 3, 2, 50, 100, 20);
    }

    /** The same network with another path delay (the two directions of a call rarely share one). */
    public NetworkImpairment withDelay(double millis) {
        return new NetworkImpairment(loss, reorder, duplicate, jitterMillis, spikesPerMinute, spikeMinMillis,
                spikeMaxMillis, millis);
    }

    /** Arrival of every copy of a packet: {@code first} -1 when lost, {@code second} -1 unless duplicated. */
    public record Delivery(long[] first, long[] second) {
    }

    /**
     * When each packet, sent at {@code sendNanos[k]} on the recorder's clock, reaches the recorder;
     * {@code sent[k]} false = not sent at all (silence suppression).
     */
    public Delivery deliver(double[] sendNanos, boolean[] sent, Random random) {
        int n = sendNanos.length;
        long[] first = new long[n];
        long[] second = new long[n];
        double holdUntil = Double.NEGATIVE_INFINITY;
        int held = 0;
        int losing = 0;
        double spikeChance = spikesPerMinute * 0.02 / 60;
        for (int k = 0; k < n; k++) {
            second[k] = -1;
            double t = sendNanos[k] + delayMillis * 1e6;
            if (random.nextDouble() < spikeChance) {
                holdUntil = t + (spikeMinMillis + random.nextInt(spikeMaxMillis - spikeMinMillis + 1)) * 1e6;
                held = 0;
            }
            if (losing == 0 && random.nextDouble() < loss / 1.4) {
                double r = random.nextDouble();
                losing = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
            }
            double jitter = -Math.log(1 - random.nextDouble()) * jitterMillis * 1e6;
            boolean overtaken = random.nextDouble() < reorder;
            boolean twice = random.nextDouble() < duplicate;
            if (losing > 0) {
                losing--;
                first[k] = -1;
                continue;
            }
            if (!sent[k]) {
                first[k] = -1;
                continue;
            }
            double arrival = t + jitter;
            if (arrival < holdUntil) {
                // held in the queue, released in order, 50 µs apart
                arrival = holdUntil + 50_000.0 * held++;
            }
            if (overtaken) {
                arrival += (21 + random.nextInt(40)) * 1e6;
            }
            first[k] = Math.round(arrival);
            if (twice) {
                second[k] = first[k] + 100_000 + random.nextInt(5_000_000);
            }
        }
        return new Delivery(first, second);
    }
}
