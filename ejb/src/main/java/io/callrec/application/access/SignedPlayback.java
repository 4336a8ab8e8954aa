package io.callrec.application.access;

import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.domain.refusal.PermissionDeniedException;
import io.callrec.application.identity.CallerDirectory;
import io.callrec.domain.identity.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Use case: a browser plays a recording through a signed link, without credentials. The link must be
 * genuine and unexpired, and the login it was issued to must still exist and still be allowed to see
 * the recording now; otherwise 403 with the reason. What is served is written to the access log as
 * that login's, via the signed link.
 */
@Stateless
@PermitAll
public class SignedPlayback {

    @Inject
    PlayLinks links;

    @Inject
    CallerDirectory callers;

    @Inject
    VisibleRecordings recordings;

    /** The recording the link opens, as its holder may see it. */
    public Opened open(long recordingId, String login, String expires, String signature) {
        switch (links.verify(recordingId, login, expires, signature)) {
            case INVALID -> throw new PermissionDeniedException("the play link is not valid");
            case EXPIRED -> throw new PermissionDeniedException("the play link has expired");
            case VALID -> { }
        }
        Caller holder = callers.user(login).orElseThrow(() -> new PermissionDeniedException(
                "the play link's user may no longer play this recording"));
        RecordingDetails details = recordings.find(holder, recordingId).orElseThrow(() -> new PermissionDeniedException(
                "the play link's user may no longer play this recording"));
        return new Opened(holder, details);
    }

    /** Who the link was issued to, and the recording as that login sees it. */
    public record Opened(Caller holder, RecordingDetails details) {
    }
}
