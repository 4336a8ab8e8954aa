package io.callrec.application.export;

import io.callrec.domain.account.Account;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.customfield.CustomFieldValues;
import io.callrec.domain.export.ExportPath;
import io.callrec.domain.export.ExportState;
import io.callrec.domain.export.RecordingExportStatus;
import io.callrec.domain.export.SftpStorageSettings;
import io.callrec.domain.export.SftpStorageValues;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.CustomFields;
import io.callrec.infrastructure.persistence.ExportRecords;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: copy one recording to the SFTP storage — the audio, then its JSON metadata file — under
 * {@code root_path/<environment>/<customer>/<yyyy>/<MM>/<dd>/<recording>.<ext>} and {@code .json}, with
 * the settings as stored right now (a change applies from the next file on, without a restart).
 *
 * <p>Each file is written to a temporary name, its remote size checked, then renamed over the final name
 * (atomically on OpenSSH): a cut transfer never leaves a half file under the final name, and a redelivery
 * after a completed rename writes the same bytes again. A recording already EXPORTED is skipped.
 * Failures are sorted by {@link StorageFailures}: permanent ones make the export FAILED at once,
 * transient ones are recorded and thrown as {@link ExportRetryException} so the broker redelivers later.
 */
@Stateless
public class RecordingExport {

    private static final Logger LOG = Logger.getLogger(RecordingExport.class.getName());

    @Resource(lookup = "java:/eis/callrec/Sftp")
    SftpConnectionFactory sftp;

    @Inject
    ExportRecords records;

    @Inject
    Recordings recordings;

    @Inject
    ServiceDirectory directory;

    @Inject
    ExportAttempts attempts;

    @Inject
    CustomFields customFields;

    /** Exports the recording, or throws {@link ExportRetryException} to be tried again later. */
    public void export(long recordingId, int delivery) {
        Optional<RecordingExportStatus> status = records.status(recordingId);
        if (status.isEmpty() || status.get().getState() != ExportState.PENDING) {
            LOG.info(() -> "recording " + recordingId + ": export is " + status.map(s -> s.getState().name()).orElse("NONE")
                    + ", this request (delivery " + delivery + ") has nothing to do");
            return;
        }
        SftpStorageValues settings = records.settings().map(SftpStorageSettings::values).orElse(SftpStorageValues.none());
        if (!settings.enabled()) {
            attempts.drop(recordingId, "export was switched off before the recording was exported");
            return;
        }
        Recording recording = recordings.find(recordingId).orElse(null);
        String unusable = unusable(recording);
        if (unusable != null) {
            attempts.failForGood(recordingId, unusable);
            return;
        }
        SftpEndpoint endpoint;
        try {
            endpoint = StorageEndpoints.of(settings);
        } catch (IllegalArgumentException e) {
            attempts.failForGood(recordingId, "the SFTP storage settings cannot be used: " + e.getMessage());
            return;
        }
        Xdr xdr = xdrOf(recording);
        Account account = xdr == null ? null : directory.find(Account.class, xdr.getAccountId()).orElse(null);
        Customer customer = directory.find(Customer.class, recording.getCustomerId()).orElse(null);
        // a custom field: the account's value, else its customer's (the recording's customer without an account)
        CustomFieldValues custom = new CustomFieldValues(
                customFields.valuesOf(CustomFieldOwner.ACCOUNT, account == null ? null : account.getId()),
                customFields.valuesOf(CustomFieldOwner.CUSTOMER,
                        account == null ? recording.getCustomerId() : account.getCustomer().getId()));
        byte[] metadata = ExportMetadata.of(recording, xdr, account, customer, custom, settings.items()).json();
        ExportPath path = ExportPath.of(settings.rootPath(), settings.environment(), recording.getCustomerId(),
                recording.getCallDate(), recordingId, AudioFormat.ofStored(recording.getFormat()).extension());

        attempts.begin(recordingId);
        try (SftpConnection connection = sftp.getConnection(endpoint)) {
            connection.mkdirs(path.directory());
            try (InputStream audio = Files.newInputStream(Path.of(recording.getAudioPath()))) {
                upload(connection, audio, path.audio(), recording.getSizeBytes());
            }
            upload(connection, new ByteArrayInputStream(metadata), path.metadata(), metadata.length);
        } catch (SftpException e) {
            String reason = StorageFailures.describe(e);
            if (StorageFailures.permanent(e)) {
                LOG.warning(() -> "recording " + recordingId + ": export FAILED for good: " + reason);
                attempts.failForGood(recordingId, reason);
                return;
            }
            throw retry(recordingId, delivery, reason);
        } catch (IOException e) {
            throw retry(recordingId, delivery, "reading the recording's audio failed: " + e.getMessage());
        }
        attempts.exported(recordingId, path.audio());
        LOG.info(() -> "recording " + recordingId + " exported to " + endpoint.host() + ":" + path.audio());
    }

    /** The broker gave up redelivering: the last recorded error becomes the reason. */
    public void gaveUp(long recordingId, int deliveries) {
        records.status(recordingId).filter(s -> s.getState() == ExportState.PENDING).ifPresent(s ->
                attempts.failForGood(recordingId, "export failed after " + Math.max(deliveries, s.getAttempts())
                        + " attempts: " + (s.getLastError() == null ? "no error was recorded" : s.getLastError())));
    }

    /** Why the recording cannot be exported at all, or null when it can. */
    private static String unusable(Recording r) {
        if (r == null) {
            return "the recording does not exist";
        }
        if (!r.getState().hasAudio() || r.isExpired() || r.getAudioPath() == null) {
            return "the recording has no audio to export (" + r.getState() + (r.isExpired() ? ", expired" : "") + ")";
        }
        if (!Files.isRegularFile(Path.of(r.getAudioPath()))) {
            return "the recording's audio file is missing: " + r.getAudioPath();
        }
        return null;
    }

    /** The xDR that describes the call for the recording: an entitled one first, then the oldest. */
    private Xdr xdrOf(Recording r) {
        List<Xdr> xdrs = recordings.xdrsOf(r);
        return xdrs.stream().min(Comparator.comparing((Xdr x) -> !x.isEntitled()).thenComparing(Xdr::getId)).orElse(null);
    }

    /** Uploads to the temporary name, checks the remote size, then renames over the final name. */
    private static void upload(SftpConnection connection, InputStream content, String finalPath, long expectedSize)
            throws SftpException {
        String temporary = ExportPath.temporary(finalPath);
        connection.put(content, temporary);
        long remote = connection.size(temporary);
        if (remote != expectedSize) {
            connection.delete(temporary);
            throw new SftpException(SftpException.Kind.IO, finalPath + ": the server holds " + remote
                    + " bytes after the upload, " + expectedSize + " were sent");
        }
        connection.rename(temporary, finalPath);
    }

    private ExportRetryException retry(long recordingId, int delivery, String reason) {
        attempts.retryLater(recordingId, reason);
        LOG.warning(() -> "recording " + recordingId + ": export attempt " + delivery + " failed, retried later: " + reason);
        return new ExportRetryException(recordingId, reason);
    }
}
