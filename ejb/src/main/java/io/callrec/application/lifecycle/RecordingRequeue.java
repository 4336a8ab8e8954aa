package io.callrec.application.lifecycle;

import io.callrec.application.Secured;
import io.callrec.domain.refusal.RequeueRefusedException;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.ejb3.annotation.SecurityDomain;

/** Use case: an administrator queues a FAILED recording for conversion again (its capture is kept). */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class RecordingRequeue {

    @Inject
    AuditTrail audit;

    @Inject
    Recordings recordings;

    @Inject
    ConversionRequests conversions;

    @Inject
    Clock clock;

    /** Refused (with the reason) unless the recording exists, is FAILED and still has its capture. */
    public void requeue(Caller caller, long id) {
        caller.require(Role.ADMIN);
        Recording r = recordings.lockForUpdate(id).orElseThrow(() -> new RequeueRefusedException(
                RequeueRefusedException.Why.UNKNOWN, "no recording with id " + id));
        if (r.getState() != RecordingState.FAILED) {
            throw new RequeueRefusedException(RequeueRefusedException.Why.CONFLICT,
                    "recording " + id + " is " + r.getState() + "; only FAILED recordings can be queued again");
        }
        if (r.isExpired() || r.getCapturePath() == null || !Files.isRegularFile(Path.of(r.getCapturePath()))) {
            throw new RequeueRefusedException(RequeueRefusedException.Why.CONFLICT,
                    "recording " + id + " has no capture left to convert");
        }
        r.requeue(clock.instant());
        conversions.request(id);
        audit.event(caller, "requeue", "recording", Long.toString(id), null, null);
    }
}
