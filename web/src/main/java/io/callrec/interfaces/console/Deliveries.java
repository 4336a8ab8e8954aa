package io.callrec.interfaces.console;

import io.callrec.application.access.RecordingCatalog.ExportSummary;
import io.callrec.domain.delivery.AccountMail;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a recording went after its conversion, as the recording page shows it and the API's recording
 * view does: its e-mail to each account ({@code mails}, the accounts whose xDRs the reader sees) and its
 * export to the SFTP storage ({@code export}, for an admin only).
 */
public final class Deliveries {

    private Deliveries() {
    }

    /**
     * One account's e-mail: the account, NONE (with the reason when none was due), PENDING, SENT or FAILED,
     * attempts made, the last error, when it was sent.
     */
    public record Mail(String account, String state, int attempts, String lastError, String sentAt) implements Serializable {
        static Mail of(AccountMail m) {
            return m == null ? null : new Mail(m.accountId(), m.state().name(), m.attempts(), m.lastError(), text(m.sentAt()));
        }

        public String getAccount() {
            return account;
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
