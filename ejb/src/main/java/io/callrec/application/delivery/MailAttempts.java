package io.callrec.application.delivery;

import io.callrec.application.access.PlayLinks;
import io.callrec.domain.delivery.MailState;
import io.callrec.domain.delivery.RecordingMail;
import io.callrec.domain.delivery.RecordingMessage;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.mail.MailSettings;
import io.callrec.infrastructure.mail.MailTransport;
import io.callrec.infrastructure.persistence.RecordingMails;
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
import java.util.function.Consumer;

/**
 * Bookkeeping of one account's mail of a recording, each step committed on its own so that it survives
 * the rollback of a failed attempt (which makes the broker redeliver), and so that no row lock is held
 * while the SMTP server is talked to. Only that account's mail row is locked: another account's mail
 * of the same recording is sent, retried or refused independently.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailAttempts {

    @Inject
    RecordingMails mails;

    @Inject
    Recordings recordings;

    @Inject
    MailAccounts accounts;

    @Inject
    Users users;

    @Inject
    PlayLinks links;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /**
     * Counts an attempt and returns the account's message to send; empty when its mail is not PENDING
     * (already sent by an earlier delivery, or failed) or no longer due, which then leaves it NONE with the
     * reason. The message shows the call as the account's own xDR has it, and a play link (when the audio
     * is too large to attach) is signed for the account's own user.
     */
    public Optional<MailTransport.Outgoing> begin(long recordingId, String accountId) {
        Optional<RecordingMail> found = mails.lock(recordingId, accountId);
        if (found.isEmpty() || found.get().getState() != MailState.PENDING) {
            return Optional.empty();
        }
        RecordingMail mail = found.get();
        Optional<Recording> recording = recordings.find(recordingId);
        Optional<MailAccounts.Due> due = recording.flatMap(r -> accounts.of(r, accountId));
        if (due.isEmpty()) {
            mail.drop("no longer due: the account has no entitled xDR on the recording");
            return Optional.empty();
        }
        if (!due.get().decision().send()) {
            mail.drop("no longer due: " + due.get().decision().reason());
            return Optional.empty();
        }
        mail.attempt();
        Recording r = recording.get();
        Xdr x = due.get().xdr();
        RecordingMessage.Call call = new RecordingMessage.Call(r.getId(), x.getCallingNumber(), x.getCalledNumber(),
                x.getDirection(), x.getConnectTime(), r.getDurationMillis() == null ? 0 : r.getDurationMillis(),
                r.getState(), r.getFailureReason());
        AudioFormat format = AudioFormat.ofStored(r.getFormat());
        String fileName = "recording-" + r.getId() + "." + format.extension();
        Path audio = Path.of(r.getAudioPath());
        boolean attach = r.getSizeBytes() != null && r.getSizeBytes() <= settings.attachMaxBytes() && Files.isRegularFile(audio);
        RecordingMessage.Audio how = attach ? RecordingMessage.Audio.attached(fileName)
                : users.accountUser(accountId).map(login -> links.issue(r.getId(), login, settings.linkLifetime()))
                .map(link -> RecordingMessage.Audio.linked(settings.baseUrl() + link.url(), link.expiresAt()))
                .orElseGet(RecordingMessage.Audio::notIncluded);
        return Optional.of(new MailTransport.Outgoing(RecordingMessage.messageId(r.getId(), accountId, settings.messageIdHost()),
                due.get().account().getEmail(), RecordingMessage.compose(call, how), attach ? audio : null, fileName,
                format.contentType()));
    }

    /**
     * The account a request queued before each account got its own mail (it names the recording only) is
     * for: the account of the recording's first entitled xDR, the one that version 12 of the schema moved
     * the recording's mail state to.
     */
    public Optional<String> accountOfUnaddressedRequest(long recordingId) {
        return recordings.find(recordingId).flatMap(accounts::firstAccount);
    }

    public void sent(long recordingId, String accountId) {
        change(recordingId, accountId, m -> m.sent(clock.instant()));
    }

    /** A transient failure: kept as the last error; the mail stays PENDING. */
    public void failedForNow(long recordingId, String accountId, String error) {
        change(recordingId, accountId, m -> m.attemptFailed(error));
    }

    /** Refused for good: FAILED with the reason. */
    public void refused(long recordingId, String accountId, String reason) {
        change(recordingId, accountId, m -> m.fail(reason));
    }

    /** The broker gave up redelivering: a PENDING mail becomes FAILED with the last error. */
    public void gaveUp(long recordingId, String accountId, int deliveries) {
        change(recordingId, accountId, m -> m.gaveUp(deliveries));
    }

    private void change(long recordingId, String accountId, Consumer<RecordingMail> step) {
        mails.lock(recordingId, accountId).ifPresent(step);
    }
}
