package io.callrec.infrastructure.storage;

import io.callrec.domain.refusal.StorageFullException;
import java.util.Locale;

/**
 * Refuses new captures before the disk fills: a recording server that runs out of space writes
 * broken files, so a clear "try later" is better. Two limits: a reserve of free bytes, and a share of
 * the disk in use. The second is ActiveMQ Artemis's {@code max-disk-usage} (90 % by default): above it
 * the broker blocks every producer, and a post would hang in its conversion request instead of being
 * answered. Usage is counted as Artemis counts it: (total - usable) / total of the file store.
 */
public final class DiskGuard {

    private DiskGuard() {
    }

    public static void check(long totalBytes, long usableBytes, long minFreeBytes, int maxUsagePercent) {
        if (usableBytes < minFreeBytes) {
            throw new StorageFullException("the recording storage is nearly full (" + usableBytes / (1 << 20)
                    + " MiB free, at least " + minFreeBytes / (1 << 20) + " MiB must stay free); try again later");
        }
        double usedPercent = totalBytes > 0 ? (totalBytes - usableBytes) * 100.0 / totalBytes : 0;
        if (maxUsagePercent < 100 && usedPercent >= maxUsagePercent) {
            throw new StorageFullException(String.format(Locale.ROOT, "the recording storage's disk is"
                    + " %.1f %% used; at %d %% the message broker stops taking conversions (max-disk-usage), so new"
                    + " captures wait until retention frees space; try again later", usedPercent, maxUsagePercent));
        }
    }
}
