package io.callrec.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.refusal.StorageFullException;
import org.junit.jupiter.api.Test;

class DiskGuardTest {

    private static final long TIB = 1L << 40;

    @Test
    void captureIsRefusedWhenLessThanTheReserveIsFree() {
        assertThatThrownBy(() -> DiskGuard.check(TIB, 512L << 20, 1L << 30, 100))
                .isInstanceOf(StorageFullException.class)
                .hasMessage("the recording storage is nearly full (512 MiB free, at least 1024 MiB must stay free);"
                        + " try again later");
    }

    @Test
    void captureIsAcceptedAtOrAboveTheReserve() {
        assertThatCode(() -> DiskGuard.check(TIB, 1L << 30, 1L << 30, 100)).doesNotThrowAnyException();
    }

    @Test
    void captureIsRefusedFromTheBrokersDiskUsageOnEvenWithGigabytesFree() {
        // 27 GB free of 270 GB: the broker's default 90 % blocks its producers here, so the post must not wait on it.
        long total = 270_000_000_000L;
        assertThatThrownBy(() -> DiskGuard.check(total, 27_000_000_000L, 1L << 30, 90))
                .isInstanceOf(StorageFullException.class)
                .hasMessageContaining("disk is 90.0 % used; at 90 % the message broker stops taking conversions");
        assertThatCode(() -> DiskGuard.check(total, 27_100_000_000L, 1L << 30, 90)).doesNotThrowAnyException();
    }

    @Test
    void usageCheckIsOffAtOneHundredPercent() {
        assertThatCode(() -> DiskGuard.check(TIB, 2L << 30, 1L << 30, 100)).doesNotThrowAnyException();
    }
}
