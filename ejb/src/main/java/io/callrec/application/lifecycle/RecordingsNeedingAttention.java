package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin looks at the recordings that need a person — FAILED (no audio) and PARTIAL (audio
 * with a part missing) — with their reasons, newest first, a page at a time; {@link RecordingRequeue}
 * then queues a FAILED one again.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class RecordingsNeedingAttention {

    @Inject
    Recordings recordings;

    /** What the attention list shows of one recording (a copy: no entity leaves the transaction). */
    public record Item(long id, String state, String reasonCode, String reason, String lastError, String customerId,
                       Instant recordedAt, Instant completedAt, int attempts, int requeues, boolean captureKept) {

        static Item of(Recording r) {
            return new Item(r.getId(), r.getState().name(), r.getReasonCode() == null ? null : r.getReasonCode().name(),
                    r.getFailureReason(), r.getLastError(), r.getCustomerId(), r.getRecordedAt(), r.getCompletedAt(),
                    r.getAttempts(), r.getRequeues(), r.getCapturePath() != null && !r.isExpired());
        }
    }

    /** One page and the number of recordings needing attention in all. */
    public record Page(long total, List<Item> items) {
    }

    /** Up to {@code limit} recordings with ids below {@code beforeId} (null: from the newest). */
    public Page list(Caller caller, Long beforeId, int limit) {
        caller.require(Role.ADMIN);
        return new Page(recordings.countNeedingAttention(),
                recordings.needingAttention(beforeId, limit).stream().map(Item::of).toList());
    }
}
