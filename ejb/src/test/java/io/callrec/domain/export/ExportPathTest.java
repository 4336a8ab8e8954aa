package io.callrec.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportPathTest {

    @Test
    void filesGoUnderEnvironmentCustomerAndCallDay() {
        ExportPath path = ExportPath.of("/srv/recordings/", "prod", "acme", LocalDate.of(2026, 3, 7), 42, "wav");
        assertThat(path.audio()).isEqualTo("/srv/recordings/prod/acme/2026/03/07/42.wav");
        assertThat(path.metadata()).isEqualTo("/srv/recordings/prod/acme/2026/03/07/42.json");
        assertThat(ExportPath.temporary(path.audio())).isEqualTo("/srv/recordings/prod/acme/2026/03/07/.42.wav.part");
    }

    @Test
    void aRootOfSlashIsNotDoubled() {
        assertThat(ExportPath.of("/", "e", "c", LocalDate.of(2026, 1, 1), 1, "mp3").audio()).isEqualTo("/e/c/2026/01/01/1.mp3");
    }

    @Test
    void aCustomerIdCannotClimbOutOfItsFolder() {
        assertThat(ExportPath.of("/r", "e", "../../etc", LocalDate.of(2026, 1, 1), 1, "wav").directory())
                .isEqualTo("/r/e/.._.._etc/2026/01/01");
        assertThat(ExportPath.of("/r", "e", "..", LocalDate.of(2026, 1, 1), 1, "wav").directory())
                .isEqualTo("/r/e/_../2026/01/01");
        assertThat(ExportPath.of("/r", "e", "a b/c", LocalDate.of(2026, 1, 1), 1, "wav").directory())
                .isEqualTo("/r/e/a_b_c/2026/01/01");
    }
}
