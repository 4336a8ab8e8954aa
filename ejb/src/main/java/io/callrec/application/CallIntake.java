package io.callrec.application;

import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.Ownership;
import io.callrec.domain.transfer.OwnershipPolicy;
import io.callrec.domain.transfer.Participant;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.SpooledCapture;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
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

    /** {@code legs} is empty unless the switch reported transfers or parking (see {@link OwnershipPolicy}). */
    public Accepted accept(CallRecord call, CallControl callControl, List<CallLeg> legs, SpooledCapture capture) {
        String customer = call.customerId() == null ? NO_CUSTOMER : call.customerId();
        Recording recording = Recording.pending(customer, call.connectTime(), capture.path().toString(),
                clock.instant());
        Xdr xdr = new Xdr(call, recording);
        recordings.add(recording, xdr);
        controls.add(control(call, callControl, legs, recording));
        conversions.request(recording.getId());
        return new Accepted(recording.getId(), xdr.getId());
    }

    /**
     * The account's answer for this call decides whether it starts recorded and whether its control
     * events count; a call of an account not configured here was recorded by the switch's own choice,
     * so it starts recorded and its events count.
     */
    private RecordingControl control(CallRecord call, CallControl reported, List<CallLeg> legs, Recording recording) {
        Optional<EffectiveConfiguration> config = policy.configuration(call.accountId());
        Optional<RecordingDecision> decision = config.map(c -> RecordingPolicy.decide(c, call.direction()));
        boolean startsRecorded = decision.map(RecordingDecision::record).orElse(true);
        boolean onDemand = decision.map(RecordingDecision::onDemandAllowed).orElse(true);
        boolean mix = decision.map(d -> d.mixAnnouncementsIntoRecording(reported.announcementPlayedInBand())).orElse(false);
        String basis = decision.isPresent()
                ? "policy of account " + call.accountId() + " for a " + call.direction().name().toLowerCase(Locale.ROOT) + " call"
                : "account " + call.accountId() + " is not configured here: recorded as the switch sent it";
        SpanOutcome outcome = SpanPolicy.apply(call.connectTime(), call.disconnectTime(), startsRecorded, onDemand,
                reported.controlEvents());
        RecordingControl control = new RecordingControl(recording, startsRecorded, onDemand, mix, basis, outcome);
        if (!legs.isEmpty()) {
            keepOwnedParts(control, call.accountId(), config, legs, outcome.spans());
        }
        return control;
    }

    /**
     * With transfers or parking the recording holds what the transfer policy gives the posting account
     * (which has an xDR: it is this one), leg by leg. An account not configured here has no
     * "auto record redirected calls", so it never keeps a transferred leg.
     */
    private static void keepOwnedParts(RecordingControl control, String account, Optional<EffectiveConfiguration> config,
                                       List<CallLeg> legs, List<RecordedSpan> own) {
        boolean redirected = config.map(c -> c.isOn(RecordingOption.AUTO_RECORD_REDIRECTED)).orElse(false);
        Ownership ownership = OwnershipPolicy.decide(legs, List.of(new Participant(account, true, redirected, own)));
        List<StoredSpan> owned = ownership.of(account).map(owner -> owner.spans().stream()
                .map(s -> new StoredSpan(new RecordedSpan(s.start(), s.end(), s.startedBy(own)), s.legId(), s.parties()))
                .toList()).orElse(List.of());
        control.keepOnly(owned, ownership.notes());
    }

    /** Identifiers of what was created, for the caller's response. */
    public record Accepted(long recordingId, long xdrId) {
    }
}
