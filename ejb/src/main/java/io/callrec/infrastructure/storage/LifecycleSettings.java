package io.callrec.infrastructure.storage;

import io.callrec.domain.recording.StuckPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;

/** Settings of the life-cycle jobs and guards, from system properties with safe defaults. */
@ApplicationScoped
public class LifecycleSettings {

    /** Reconciliation: a recording not moving for this long is stuck (longer than a conversion may take). */
    public StuckPolicy stuckPolicy() {
        return new StuckPolicy(Duration.ofMinutes(Long.getLong("callrec.reconcile.stuck-after-minutes", 45)),
                Integer.getInteger("callrec.reconcile.max-requeues", 3));
    }

    /** Orphan sweep: files younger than this are left alone (a conversion may be writing them). */
    public Duration orphanGrace() {
        return Duration.ofMinutes(Long.getLong("callrec.orphans.grace-minutes", 60));
    }

    /** New captures are refused while the storage has less free space than this (1 GiB by default). */
    public long minFreeBytes() {
        return Long.getLong("callrec.storage.min-free-bytes", 1L << 30);
    }

    /**
     * New captures are refused while this share of the storage's disk or more is in use: the message
     * broker's max-disk-usage (Artemis: 90 % unless configured), at which it blocks all sending. 100 turns
     * the check off (a broker whose journal is on another disk).
     */
    public int maxDiskUsagePercent() {
        int percent = Integer.getInteger("callrec.storage.max-disk-usage", 90);
        if (percent < 1 || percent > 100) {
            throw new IllegalStateException("callrec.storage.max-disk-usage must be a percentage from 1 to 100, not "
                    + percent);
        }
        return percent;
    }

    /** Set for tests and demonstrations: run every job at this interval instead of its daily schedule. */
    public OptionalLong jobIntervalSeconds() {
        Long seconds = Long.getLong("callrec.jobs.interval-seconds");
        return seconds == null || seconds <= 0 ? OptionalLong.empty() : OptionalLong.of(seconds);
    }
}
