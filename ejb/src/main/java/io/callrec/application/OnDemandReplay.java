package io.callrec.application;

import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.announcement.Announcements;
import io.callrec.infrastructure.announcement.Prompt;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.media.engine.ConversionResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Use case step before a conversion: for each account entitled to the recording, the span policy runs
 * again with the control events found in the capture (SIP INFO {@code Record:}, DTMF codes from that
 * account's side) merged with the switch's, and that account's spans, audit trail and announcement
 * cues are replaced by the result, in the caller's transaction. An account whose recording never
 * started loses its claim (its xDR says so). The audio holds the union of the accounts' spans.
 * Calls split into legs by transfers or parking keep the spans the transfer policy gave them at intake.
 */
@Stateless
public class OnDemandReplay {

    private static final Logger LOG = Logger.getLogger(OnDemandReplay.class.getName());

    @Inject
    Recordings recordings;

    @Inject
    RecordingControls controls;

    @Inject
    RecordingPolicyService policy;

    @Inject
    Announcements announcements;

    public MediaPlan plan(long recordingId, ConversionResult analysis) {
        Recording recording = recordings.find(recordingId).orElseThrow();
        List<RecordingControl> all = controls.all(recording);
        List<Xdr> xdrs = recordings.xdrsOf(recording);
        if (all.isEmpty() || xdrs.isEmpty()) {
            return MediaPlan.WHOLE_CALL;
        }
        List<MediaPlan> plans = new ArrayList<>();
        for (RecordingControl control : all) {
            Xdr xdr = xdrs.stream().filter(x -> x.getAccountId().equals(control.getAccountId())).findFirst()
                    .orElse(xdrs.get(0));
            MediaPlan plan = splitIntoLegs(control) ? MediaPlan.ofOwnedParts(control.storedSpans(), List.of())
                    : replay(recordingId, control, xdr, analysis);
            if (plan.neverStarted() && xdr.isEntitled()) {
                xdr.withdraw(splitIntoLegs(control) ? "the transfer policy gives " + xdr.getAccountId() + " no part of this call"
                        : "account " + xdr.getAccountId() + " never started recording during the call");
            }
            plans.add(plan);
        }
        return MediaPlan.union(plans);
    }

    private MediaPlan replay(long recordingId, RecordingControl control, Xdr xdr, ConversionResult analysis) {
        DtmfCodes codes = policy.configuration(xdr.getAccountId())
                .map(c -> RecordingPolicy.decide(c, xdr.getDirection())).map(RecordingDecision::codes)
                .orElse(DtmfCodes.DEFAULTS);
        CaptureControlEvents inCapture = CaptureControlEvents.of(analysis, xdr.getDirection());
        List<ControlEvent> fromSwitch = control.audit().stream().filter(a -> a.trigger() == Trigger.SWITCH)
                .map(a -> new ControlEvent(a.at(), a.action(), a.trigger(), a.detail())).toList();
        SpanOutcome outcome = SpanPolicy.apply(xdr.getConnectTime(), xdr.getDisconnectTime(),
                control.isStartedRecorded(), control.isOnDemandAllowed(), codes, inCapture.recordHeaders(),
                inCapture.digits(), fromSwitch);
        control.replaceOutcome(outcome);
        LOG.info(() -> "recording " + recordingId + ", account " + xdr.getAccountId() + ": "
                + inCapture.recordHeaders().size() + " SIP INFO Record events, " + inCapture.digits().size()
                + " DTMF digits in the capture; " + outcome.spans().size() + " recorded spans, "
                + outcome.ignored() + " events ignored");
        List<io.callrec.media.engine.Prompt> prompts = control.announcementCues().stream()
                .map(c -> new io.callrec.media.engine.Prompt(c.at(),
                        announcements.pcm(c.action() == Action.START ? Prompt.STARTED : Prompt.STOPPED)))
                .toList();
        return MediaPlan.of(control.isStartedRecorded(), outcome.spans(), control.audit(), prompts);
    }

    /** The transfer policy gave this account leg-by-leg spans at intake. */
    private static boolean splitIntoLegs(RecordingControl control) {
        return !control.ownershipNotes().isEmpty() || control.storedSpans().stream().anyMatch(s -> s.legId() != null);
    }
}
