package io.callrec.infrastructure.storage;

import io.callrec.domain.refusal.StorageFullException;
/**
 * Refuses new captures before the disk fills: a recording server that runs out of space writes
 * broken files, so a clear "try later" is better.
 */
public final class DiskGuard {

    private DiskGuard() {
    }

    public static void check(long usableBytes, long minFreeBytes) {
        if (usableBytes < minFreeBytes) {
            throw new StorageFullException("the recording storage is nearly full (" + usableBytes / (1 << 20)
                    + " MiB free, at least " + minFreeBytes / (1 << 20) + " MiB must stay free); try again later");
        }
    }
}
