package io.callrec.infrastructure.storage;

import io.callrec.domain.refusal.StorageFullException;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiskGuardTest {

    @Test
    void captureIsRefusedWhenLessThanTheReserveIsFree() {
        assertThatThrownBy(() -> DiskGuard.check(512L << 20, 1L << 30))
                .isInstanceOf(StorageFullException.class)
                .hasMessage("the recording storage is nearly full (512 MiB free, at least 1024 MiB must stay free);"
                        + " try again later");
    }

    @Test
    void captureIsAcceptedAtOrAboveTheReserve() {
        assertThatCode(() -> DiskGuard.check(1L << 30, 1L << 30)).doesNotThrowAnyException();
    }
}
