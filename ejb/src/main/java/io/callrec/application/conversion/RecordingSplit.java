package io.callrec.application.conversion;

import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Use case step of a conversion: accounts whose parts of the call differ from the others' get a
 * recording of their own from the same capture. Their xDRs and controls move to it, the call's legs are
 * copied, and its conversion is queued, all in the caller's transaction; the capture is deleted only
 * once the last recording that needs it is final.
 */
@Stateless
public class RecordingSplit {

    private static final Logger LOG = Logger.getLogger(RecordingSplit.class.getName());

    @Inject
    Recordings recordings;

    @Inject
    RecordingControls controls;

    @Inject
    ConversionRequests conversions;

    @Inject
    Clock clock;

    /** The new recording of {@code accounts} (their controls and xDRs), split off {@code original}. */
    public Recording off(Recording original, List<RecordingControl> accounts, List<Xdr> xdrs, List<CallLeg> legs) {
        String customer = xdrs.get(0).getCustomerId();
        Recording own = Recording.splitOff(original, customer == null ? original.getCustomerId() : customer,
                clock.instant());
        recordings.add(own);
        accounts.forEach(c -> c.moveTo(own));
        xdrs.forEach(x -> x.moveTo(own));
        controls.addLegs(own, legs);
        conversions.request(own.getId());
        LOG.info(() -> "recording " + original.getId() + ": accounts " + xdrs.stream().map(Xdr::getAccountId).toList()
                + " recorded other parts of the call and get recording " + own.getId());
        return own;
    }
}
