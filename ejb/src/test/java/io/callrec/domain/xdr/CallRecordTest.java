package io.callrec.domain.xdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordTest {

    private static CallRecord call(String connect, String disconnect) {
        return new CallRecord("c", "h", "a", null, null, "1", "2", CallDirection.OUTGOING,
                Instant.parse(connect), Instant.parse(disconnect));
    }

    @Test
    void durationIsRoundedUpToWholeSeconds() {
        assertThat(call("2026-01-01T00:00:00Z", "2026-01-01T00:01:00.001Z").durationSeconds()).isEqualTo(61);
        assertThat(call("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z").durationSeconds()).isZero();
    }

    @Test
    void disconnectBeforeConnectIsRefused() {
        assertThatThrownBy(() -> call("2026-01-01T00:00:10Z", "2026-01-01T00:00:00Z"))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessageContaining("disconnectTime");
    }

    @Test
    void directionIsParsedCaseInsensitively() {
        assertThat(CallDirection.parse(" Incoming ")).contains(CallDirection.INCOMING);
        assertThat(CallDirection.parse("sideways")).isEmpty();
        assertThat(CallDirection.parse(null)).isEmpty();
    }
}
