package io.callrec.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StorageLayoutTest {

    private final StorageLayout layout = new StorageLayout(Path.of("/data"));

    @Test
    void audioPathIsDerivedFromCustomerDateAndRecordingId() {
        assertThat(layout.audioFile("cust-7", LocalDate.of(2026, 3, 9), 42, "wav"))
                .isEqualTo(Path.of("/data/recordings/cust-7/2026/03/09/42.wav"));
    }

    @Test
    void customerIdCannotEscapeItsFolder() {
        Path path = layout.audioFile("../../etc", LocalDate.of(2026, 1, 1), 1, "wav");
        assertThat(path.normalize()).startsWithRaw(Path.of("/data/recordings"));
        assertThat(layout.audioFile("..", LocalDate.of(2026, 1, 1), 1, "wav").normalize())
                .startsWithRaw(Path.of("/data/recordings"));
    }

    @Test
    void spoolFilesAreUniqueAndInTheSpoolFolder() {
        Path a = layout.newSpoolFile();
        Path b = layout.newSpoolFile();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getParent()).isEqualTo(Path.of("/data/spool"));
    }
}
