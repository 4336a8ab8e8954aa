package io.callrec.application.conversion;

import io.callrec.application.intake.RecordingPolicyService;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.clock.ClockAlignment;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.OwnedParts;
import io.callrec.domain.transfer.Ownership;
import io.callrec.domain.transfer.OwnershipPolicy;
import io.callrec.domain.transfer.Participant;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.announcement.Announcements;
import io.callrec.infrastructure.announcement.Prompt;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MixedPrompt;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case step before a conversion: for each account entitled to the recording, the span policy runs
 * again with the control events found in the capture (SIP INFO {@code Record:}, DTMF codes from that
 * account's side) merged with the switch's, and that account's spans, audit trail and announcement
 * cues are replaced by the result, in the caller's transaction. An account whose recording never
 * started loses its claim (its xDR says so). Accounts whose recordings hold the same audio share this
 * recording; accounts that recorded other parts of the call get a recording of their own, split off here.
 * With transfers or parking the transfer policy then runs again over the call's stored legs with
 * those fresh spans, so a recording started in-band (SIP INFO, *44) counts there too.
 *
 * <p>Everything the switch timed (each xDR's connect and disconnect, its control events, the legs) is
 * first moved onto the capture's clock by the call's {@link ClockAlignment}; the capture's own events
 * already are on it. The stored spans, audit trails and cues are on the capture's clock from then on,
 * and an audit entry says so when the clocks disagreed beyond the tolerance or could not be aligned.
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

    @Inject
    RecordingSplit split;

    public MediaPlan plan(long recordingId, ConversionResult analysis, ClockAlignment clock) {
        // Not locked (a failed attempt records its error on the row from a transaction of its own); two
        // deliveries converting at once cannot both split accounts off: RecordingControl is versioned.
        Recording recording = recordings.find(recordingId).orElseThrow();
        List<RecordingControl> all = controls.all(recording);
        List<Xdr> xdrs = recordings.xdrsOf(recording);
        if (xdrs.isEmpty()) {
            LOG.warning(() -> "recording " + recordingId + " has no xDR: no account is entitled to any of it");
            return new MediaPlan(List.of(), List.of());
        }
        if (all.isEmpty()) {
            return MediaPlan.WHOLE_CALL;
        }
        List<CallLeg> storedLegs = controls.legsOf(recording);
        List<CallLeg> legs = storedLegs.stream().map(clock::toCapture).toList();
        List<Replayed> replayed = new ArrayList<>();
        for (RecordingControl control : all) {
            Xdr xdr = xdrs.stream().filter(x -> x.getAccountId().equals(control.getAccountId())).findFirst()
                    .orElse(xdrs.get(0));
            boolean legacySplit = legs.isEmpty() && splitIntoLegs(control);
            replayed.add(legacySplit ? new Replayed(control, xdr, null, List.of(), false)
                    : replay(recordingId, control, xdr, analysis, clock));
        }
        Ownership ownership = legs.isEmpty() ? null : OwnershipPolicy.decide(legs, replayed.stream()
                .map(r -> new Participant(r.xdr().getAccountId(), true, r.redirected(), r.outcome().spans())).toList());
        List<MediaPlan> plans = new ArrayList<>();
        for (Replayed r : replayed) {
            MediaPlan plan;
            if (r.outcome() == null) {
                plan = MediaPlan.ofOwnedParts(r.control().storedSpans().stream().map(clock::toCapture).toList(),
                        List.of());
            } else if (ownership != null) {
                OwnedParts.keep(r.control(), r.xdr().getAccountId(), r.outcome().spans(), ownership);
                plan = MediaPlan.ofOwnedParts(r.control().storedSpans(), r.prompts());
            } else {
                plan = MediaPlan.of(r.control().isStartedRecorded(), r.outcome().spans(), r.control().audit(), r.prompts());
            }
            if (plan.neverStarted() && r.xdr().isEntitled()) {
                r.xdr().withdraw(ownership != null || r.outcome() == null
                        ? "the transfer policy gives " + r.xdr().getAccountId() + " no part of this call"
                        : "account " + r.xdr().getAccountId() + " never started recording during the call");
            }
            plans.add(plan);
        }
        List<List<Integer>> groups = MediaPlan.sameAudioGroups(plans);
        if (groups.size() <= 1) {
            return MediaPlan.union(plans);
        }
        for (List<Integer> group : groups.subList(1, groups.size())) {
            split.off(recording, group.stream().map(i -> replayed.get(i).control()).toList(),
                    group.stream().map(i -> replayed.get(i).xdr()).toList(), storedLegs);
        }
        return MediaPlan.union(groups.get(0).stream().map(plans::get).toList());
    }

    /**
     * One account's control after the span policy ran again with the capture's events, and whether the
     * account has "auto record redirected calls" (for the transfer policy).
     */
    private record Replayed(RecordingControl control, Xdr xdr, SpanOutcome outcome,
                            List<MixedPrompt> prompts, boolean redirected) {
    }

    private Replayed replay(long recordingId, RecordingControl control, Xdr xdr, ConversionResult analysis,
                            ClockAlignment clock) {
        Optional<EffectiveConfiguration> config = policy.configuration(xdr.getAccountId());
        DtmfCodes codes = config.map(c -> RecordingPolicy.decide(c, xdr.getDirection())).map(RecordingDecision::codes)
                .orElse(DtmfCodes.DEFAULTS);
        boolean redirected = config.map(c -> c.isOn(RecordingOption.AUTO_RECORD_REDIRECTED)).orElse(false);
        CaptureControlEvents inCapture = CaptureControlEvents.of(analysis, xdr.getDirection());
        List<ControlEvent> fromSwitch = control.switchEvents().stream().map(clock::toCapture).toList();
        SpanOutcome policy = SpanPolicy.apply(clock.toCapture(xdr.getConnectTime()),
                clock.toCapture(xdr.getDisconnectTime()), control.isStartedRecorded(), control.isOnDemandAllowed(),
                codes, inCapture.recordHeaders(), inCapture.digits(), fromSwitch);
        SpanOutcome outcome = clock.auditEntry().map(policy::withNote).orElse(policy);
        control.replaceOutcome(outcome, clock.offset());
        LOG.info(() -> "recording " + recordingId + ", account " + xdr.getAccountId() + ": "
                + inCapture.recordHeaders().size() + " SIP INFO Record events, " + inCapture.digits().size()
                + " DTMF digits in the capture; " + outcome.spans().size() + " recorded spans, "
                + outcome.ignored() + " events ignored");
        List<MixedPrompt> prompts = control.announcementCues().stream()
                .map(c -> new MixedPrompt(c.at(),
                        announcements.pcm(c.action() == Action.START ? Prompt.STARTED : Prompt.STOPPED)))
                .toList();
        return new Replayed(control, xdr, outcome, prompts, redirected);
    }

    /** Recordings stored before the legs were kept: the transfer policy's parts from intake stand. */
    private static boolean splitIntoLegs(RecordingControl control) {
        return !control.ownershipNotes().isEmpty() || control.storedSpans().stream().anyMatch(s -> s.legId() != null);
    }
}
