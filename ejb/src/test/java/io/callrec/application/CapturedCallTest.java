package io.callrec.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.OutputCheck;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.testkit.OnDemandCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the output check takes the capture to hold, from the media engine's analysis of real bytes. */
class CapturedCallTest {

    private static final Instant START = Instant.parse("2026-12-03T11:48:42.480Z");

    @TempDir
    Path dir;

    private OutputCheck.Capture captured(OnDemandCall call) throws Exception {
        Path pcap = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            call.write(out);
        }
        return RecordingConversion.capturedCall(new MediaEngine().analyse(pcap));
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    @Test
    void mediaRunsFromTheFirstPacketAndTheCallFromTheAnswer() throws Exception {
        OutputCheck.Capture c = captured(new OnDemandCall(nanos(START), 2000).answeredBeforeMedia(300));

        assertThat(c.media().start()).isEqualTo(START);
        // The callee's packets come 1 ms after the caller's: the mix ends 1 ms after the caller's last.
        assertThat(c.media().end()).isEqualTo(START.plusMillis(2001));
        assertThat(c.call().start()).isEqualTo(START.minusMillis(300));
        assertThat(c.call().end()).isEqualTo(c.media().end());
    }

    @Test
    void withoutSipTheCallIsItsMedia() throws Exception {
        OutputCheck.Capture c = captured(new OnDemandCall(nanos(START), 2000).withoutSip());

        assertThat(c.call()).isEqualTo(c.media());
        assertThat(c.media().start()).isEqualTo(START);
    }
}
