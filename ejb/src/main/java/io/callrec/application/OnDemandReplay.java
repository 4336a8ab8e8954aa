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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case step before a conversion: the span policy runs again with the control events found in
 * the capture (SIP INFO {@code Record:}, DTMF codes) merged with the switch's, and the recording's
 * spans, audit trail and announcement cues are replaced by the result, in the caller's transaction.
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
        Optional<RecordingControl> found = controls.of(recording);
        List<Xdr> xdrs = recordings.xdrsOf(recording);
        if (found.isEmpty() || xdrs.isEmpty()) {
            return MediaPlan.WHOLE_CALL;
        }
        if (splitIntoLegs(found.get())) {
            return MediaPlan.ofOwnedParts(found.get().storedSpans(), List.of());
        }
        RecordingControl control = found.get();
        Xdr xdr = xdrs.get(0);
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
        LOG.info(() -> "recording " + recordingId + ": " + inCapture.recordHeaders().size() + " SIP INFO Record events, "
                + inCapture.digits().size() + " DTMF digits in the capture; " + outcome.spans().size()
                + " recorded spans, " + outcome.ignored() + " events ignored");
        List<io.callrec.media.engine.Prompt> prompts = control.announcementCues().stream()
                .map(c -> new io.callrec.media.engine.Prompt(c.at(),
                        announcements.pcm(c.action() == Action.START ? Prompt.STARTED : Prompt.STOPPED)))
                .toList();
        return MediaPlan.of(control.isStartedRecorded(), outcome.spans(), control.audit(), prompts);
    }

    /** The transfer policy gave this recording leg-by-leg spans at intake. */
    private static boolean splitIntoLegs(RecordingControl control) {
        return !control.ownershipNotes().isEmpty() || control.storedSpans().stream().anyMatch(s -> s.legId() != null);
    }
}
