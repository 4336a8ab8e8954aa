package io.callrec.application;

import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.SpooledCapture;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Use case: the switch hands over a finished call. In one transaction the xDR and a PENDING recording
 * are stored and a conversion is requested; if any step fails, none of it happens.
 */
@Stateless
public class CallIntake {

    /** Folder name for calls whose account has no known customer. */
    static final String NO_CUSTOMER = "no-customer";

    @Inject
    Recordings recordings;

    @Inject
    ConversionRequests conversions;

    @Inject
    Clock clock;

    public Accepted accept(CallRecord call, SpooledCapture capture) {
        String customer = call.customerId() == null ? NO_CUSTOMER : call.customerId();
        Recording recording = Recording.pending(customer, call.connectTime(), capture.path().toString(),
                clock.instant());
        Xdr xdr = new Xdr(call, recording);
        recordings.add(recording, xdr);
        conversions.request(recording.getId());
        return new Accepted(recording.getId(), xdr.getId());
    }

    /** Identifiers of what was created, for the caller's response. */
    public record Accepted(long recordingId, long xdrId) {
    }
}
