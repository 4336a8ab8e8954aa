package io.callrec.application.lifecycle;

import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of expiries in its own transaction: the recordings are marked expired, their xDR links
 * say "expired", and their files are deleted once this commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatch {

    static final int SIZE = 200;

    @Inject
    Recordings recordings;

    @Inject
    Event<FilesReleased> released;

    @Inject
    Clock clock;

    /** Expires up to {@link #SIZE} recordings of calls made before {@code cutoff}; returns how many. */
    public int expire(String customerId, Instant cutoff) {
        Instant now = clock.instant();
        int expired = 0;
        for (long id : recordings.idsToExpire(customerId, cutoff, SIZE)) {
            Recording r = recordings.lockForUpdate(id).orElse(null);
            if (r == null || r.isExpired()) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            if (r.getAudioPath() != null) {
                files.add(Path.of(r.getAudioPath()));
            }
            if (r.getCapturePath() != null && !recordings.captureNeededElsewhere(r, r.getCapturePath())) {
                files.add(Path.of(r.getCapturePath()));
            }
            r.expire(now);
            recordings.xdrsOf(r).forEach(x -> x.expirePlayback());
            released.fire(new FilesReleased(id, files));
            expired++;
        }
        return expired;
    }
}
