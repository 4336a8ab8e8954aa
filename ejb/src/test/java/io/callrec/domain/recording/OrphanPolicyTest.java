package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.OrphanPolicy.FileSeen;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrphanPolicyTest {

    private final Instant now = Instant.parse("2026-11-26T12:00:00Z");
    private final OrphanPolicy policy = new OrphanPolicy(Duration.ofMinutes(60));

    @Test
    void oldFileThatNoRecordingOwnsIsAnOrphan() {
        List<FileSeen> files = List.of(
                new FileSeen(Path.of("/s/recordings/c/2026/11/26/1.wav"), now.minus(Duration.ofHours(3))),
                new FileSeen(Path.of("/s/recordings/c/2026/11/26/2.wav"), now.minus(Duration.ofHours(3))),
                new FileSeen(Path.of("/s/spool/x.cap"), now.minus(Duration.ofHours(3))));
        assertThat(policy.orphans(files, Set.of("/s/recordings/c/2026/11/26/1.wav"), now))
                .containsExactly(Path.of("/s/recordings/c/2026/11/26/2.wav"), Path.of("/s/spool/x.cap"));
    }

    @Test
    void fileYoungerThanTheGracePeriodIsNeverAnOrphan() {
        List<FileSeen> files = List.of(new FileSeen(Path.of("/s/recordings/c/9.wav.part"), now.minus(Duration.ofMinutes(59))));
        assertThat(policy.orphans(files, Set.of(), now)).isEmpty();
    }

    @Test
    void recordingWhoseAudioVanishedIsReported() {
        assertThat(OrphanPolicy.missing(Map.of("/a/1.wav", 1L, "/a/2.wav", 2L, "/a/3.wav", 3L), Set.of("/a/2.wav")))
                .containsExactly(1L, 3L);
    }
}
