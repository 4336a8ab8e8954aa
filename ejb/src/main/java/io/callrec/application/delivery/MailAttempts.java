package io.callrec.application.delivery;

import io.callrec.application.access.PlayLinks;
import io.callrec.domain.delivery.MailState;
import io.callrec.domain.delivery.RecordingMessage;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.mail.MailSettings;
import io.callrec.infrastructure.mail.MailTransport;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.Users;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Bookkeeping of a recording's mail, each step committed on its own so that it survives the rollback
 * of a failed attempt (which makes the broker redeliver), and so that no row lock is held while the
 * SMTP server is talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailAttempts {

    @Inject
    Recordings recordings;

    @Inject
    MailOwner owner;

    @Inject
    Users users;

    @Inject
    PlayLinks links;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /**
     * Counts an attempt and returns the message to send; empty when the mail is not PENDING (already
     * sent by an earlier delivery, or failed) or no longer due, which then leaves it NONE with the reason.
     */
    public Optional<MailTransport.Outgoing> begin(long recordingId) {
        Optional<Recording> found = recordings.lockForUpdate(recordingId);
        if (found.isEmpty() || found.get().getMail().getState() != MailState.PENDING) {
            return Optional.empty();
        }
        Recording r = found.get();
        MailOwner.Due due = owner.of(r);
        if (!due.decision().send()) {
            r.getMail().drop("no longer due: " + due.decision().reason());
            return Optional.empty();
        }
        r.getMail().attempt();
        Xdr x = due.xdr();
        RecordingMessage.Call call = new RecordingMessage.Call(r.getId(), x.getCallingNumber(), x.getCalledNumber(),
                x.getDirection(), x.getConnectTime(), r.getDurationMillis() == null ? 0 : r.getDurationMillis(),
                r.getState(), r.getFailureReason());
        AudioFormat format = AudioFormat.ofStored(r.getFormat());
        String fileName = "recording-" + r.getId() + "." + format.extension();
        Path audio = Path.of(r.getAudioPath());
        boolean attach = r.getSizeBytes() != null && r.getSizeBytes() <= settings.attachMaxBytes() && Files.isRegularFile(audio);
        RecordingMessage.Audio how = attach ? RecordingMessage.Audio.attached(fileName)
                : users.accountUser(due.account().getId()).map(login -> links.issue(r.getId(), login, settings.linkLifetime()))
                .map(link -> RecordingMessage.Audio.linked(settings.baseUrl() + link.url(), link.expiresAt()))
                .orElseGet(RecordingMessage.Audio::notIncluded);
        return Optional.of(new MailTransport.Outgoing(RecordingMessage.messageId(r.getId(), settings.messageIdHost()),
                due.account().getEmail(), RecordingMessage.compose(call, how), attach ? audio : null, fileName,
                format.contentType()));
    }

    public void sent(long recordingId) {
        recordings.lockForUpdate(recordingId).ifPresent(r -> r.getMail().sent(clock.instant()));
    }

    /** A transient failure: kept as the last error; the mail stays PENDING. */
    public void failedForNow(long recordingId, String error) {
        recordings.lockForUpdate(recordingId).ifPresent(r -> r.getMail().attemptFailed(error));
    }

    /** Refused for good: FAILED with the reason. */
    public void refused(long recordingId, String reason) {
        recordings.lockForUpdate(recordingId).ifPresent(r -> r.getMail().fail(reason));
    }

    /** The broker gave up redelivering: FAILED with the last error. */
    public void gaveUp(long recordingId, int deliveries) {
        recordings.lockForUpdate(recordingId).filter(r -> r.getMail().getState() == MailState.PENDING)
                .ifPresent(r -> r.getMail().fail("not sent after " + Math.max(deliveries, r.getMail().getAttempts())
                        + " attempts: " + (r.getMail().getLastError() == null ? "no error was recorded"
                        : r.getMail().getLastError())));
    }
}
