package io.callrec.interfaces.console;

import io.callrec.application.access.RecordingCatalog.ExportSummary;
import io.callrec.domain.delivery.MailStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a recording went after its conversion, as the recording page shows it and the API's recording
 * view does: its e-mail to the account ({@code mail}, for everyone who sees the recording) and its export
 * to the SFTP storage ({@code export}, for an admin only).
 */
public final class Deliveries {

    private Deliveries() {
    }

    /** The e-mail: NONE, PENDING, SENT or FAILED, attempts made, the last error, when it was sent. */
    public record Mail(String state, int attempts, String lastError, String sentAt) implements Serializable {
        static Mail of(MailStatus m) {
            return m == null ? null : new Mail(m.getState().name(), m.getAttempts(), m.getLastError(), text(m.getSentAt()));
        }

        public String getState() {
            return state;
        }

        public int getAttempts() {
            return attempts;
        }

        public String getLastError() {
            return lastError;
        }

        public String getSentAt() {
            return sentAt;
        }
    }

    /** The export: NONE, PENDING, EXPORTED or FAILED, attempts, the last error, the remote path, when the state changed. */
    public record Export(String state, int attempts, String lastError, String path, String at) implements Serializable {
        /** Null when the caller is not shown the export (anyone but an admin). */
        static Export of(ExportSummary e) {
            return e == null ? null : new Export(e.state().name(), e.attempts(), e.lastError(), e.path(), text(e.at()));
        }

        public String getState() {
            return state;
        }

        public int getAttempts() {
            return attempts;
        }

        public String getLastError() {
            return lastError;
        }

        public String getPath() {
            return path;
        }

        public String getAt() {
            return at;
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
