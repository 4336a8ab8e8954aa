package io.callrec.application;

import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.SpooledCapture;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Use case: the switch hands over a finished call. In one transaction the xDR and a PENDING recording
 * are stored, the recorded spans and audit trail are worked out from the account's policy and the
 * call's control events, and a conversion is requested; if any step fails, none of it happens.
 */
@Stateless
public class CallIntake {

    /** Folder name for calls whose account has no known customer. */
    static final String NO_CUSTOMER = "no-customer";

    @Inject
    Recordings recordings;

    @Inject
    RecordingControls controls;

    @Inject
    RecordingPolicyService policy;

    @Inject
    ConversionRequests conversions;

    @Inject
    Clock clock;

    public Accepted accept(CallRecord call, CallControl callControl, SpooledCapture capture) {
        String customer = call.customerId() == null ? NO_CUSTOMER : call.customerId();
        Recording recording = Recording.pending(customer, call.connectTime().atZone(ZoneOffset.UTC).toLocalDate(),
                capture.path().toString(), clock.instant());
        Xdr xdr = new Xdr(call, recording);
        recordings.add(recording, xdr);
        controls.add(control(call, callControl, recording));
        conversions.request(recording.getId());
        return new Accepted(recording.getId(), xdr.getId());
    }

    /**
     * The account's answer for this call decides whether it starts recorded and whether its control
     * events count; a call of an account not configured here was recorded by the switch's own choice,
     * so it starts recorded and its events count.
     */
    private RecordingControl control(CallRecord call, CallControl reported, Recording recording) {
        Optional<RecordingDecision> decision = policy.decision(call.accountId(), call.direction());
        boolean startsRecorded = decision.map(RecordingDecision::record).orElse(true);
        boolean onDemand = decision.map(RecordingDecision::onDemandAllowed).orElse(true);
        boolean mix = decision.map(d -> d.mixAnnouncementsIntoRecording(reported.announcementPlayedInBand())).orElse(false);
        String basis = decision.isPresent()
                ? "policy of account " + call.accountId() + " for a " + call.direction().name().toLowerCase(Locale.ROOT) + " call"
                : "account " + call.accountId() + " is not configured here: recorded as the switch sent it";
        SpanOutcome outcome = SpanPolicy.apply(call.connectTime(), call.disconnectTime(), startsRecorded, onDemand,
                reported.controlEvents());
        return new RecordingControl(recording, startsRecorded, onDemand, mix, basis, outcome);
    }

    /** Identifiers of what was created, for the caller's response. */
    public record Accepted(long recordingId, long xdrId) {
    }
}
