package io.callrec.application.intake;

import io.callrec.application.Secured;
import io.callrec.application.lifecycle.FilesReleased;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.SpanOutcome;
import io.callrec.domain.ondemand.SpanPolicy;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.OwnedParts;
import io.callrec.domain.transfer.Ownership;
import io.callrec.domain.transfer.OwnershipPolicy;
import io.callrec.domain.transfer.Participant;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.messaging.ConversionRequests;
import io.callrec.infrastructure.persistence.RecordingControls;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.CaptureSpool;
import io.callrec.infrastructure.storage.SpooledCapture;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the switch hands over a finished call with the xDRs of the accounts on it (the posting
 * account's first). In one transaction the xDRs and a PENDING recording are stored; each account's own
 * policy for its direction of the call, with its control events, says whether it is entitled to the
 * recording and which spans its recording covers (with transfers or parking the transfer policy
 * decides, over all accounts with an xDR); and a conversion is requested. An account that is neither
 * recorded nor allowed to start recording keeps its xDR without the recording and with the reason.
 * If no account is entitled, the recording is SUPPRESSED at once. If any step fails, none of it happens.
 * The intake also owns the uploaded capture: it spools it (checked, bounded) before the transaction and
 * deletes it again when the call is refused or the transaction does not commit.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed({Role.Names.SWITCH, Role.Names.ADMIN})
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

    @Inject
    Event<FilesReleased> released;

    @Inject
    CaptureSpool spool;

    @Resource
    SessionContext context;

    /** One account's xDR of the call and what the switch reported about its recording control. */
    public record AccountCall(CallRecord call, CallControl control) {
    }

    /** The call the switch posted: the accounts' xDRs (the posting account's first) and its legs. */
    public record PostedCall(List<AccountCall> accounts, List<CallLeg> legs) {
    }

    /**
     * Spools the uploaded {@code capture}, then stores the call in its own transaction
     * ({@link #accept(Caller, List, List, SpooledCapture)}, called through the container so that its
     * commit is part of the call). Outside a transaction itself: a capture refused by the spool leaves
     * nothing, and when storing fails or does not commit the spooled capture is deleted.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Accepted accept(Caller caller, PostedCall call, InputStream capture) {
        caller.require(Role.SWITCH, Role.ADMIN);
        SpooledCapture spooled = spool.receive(capture);
        try {
            return context.getBusinessObject(CallIntake.class).accept(caller, call.accounts(), call.legs(), spooled);
        } catch (RuntimeException e) {
            spool.discard(spooled);
            throw e;
        }
    }

    /**
     * {@code accounts} holds at least the posting account's xDR; {@code legs} is empty unless the switch
     * reported transfers or parking (see {@link OwnershipPolicy}). Only the switch (or an admin) posts calls.
     */
    public Accepted accept(Caller caller, List<AccountCall> accounts, List<CallLeg> legs, SpooledCapture capture) {
        caller.require(Role.SWITCH, Role.ADMIN);
        CallRecord first = accounts.get(0).call();
        String customer = first.customerId() == null ? NO_CUSTOMER : first.customerId();
        Recording recording = Recording.pending(customer, first.connectTime(), capture.path().toString(),
                clock.instant());
        recordings.add(recording);
        List<Xdr> xdrs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (AccountCall account : accounts) {
            Xdr xdr = new Xdr(account.call(), recording);
            recordings.add(xdr);
            xdrs.add(xdr);
            Claim claim = claim(account);
            claims.add(claim);
            if (!claim.entitled()) {
                xdr.withdraw(claim.basis() + " says: do not record, and on-demand recording is not allowed");
            }
        }
        Ownership ownership = legs.isEmpty() ? null : OwnershipPolicy.decide(legs, claims.stream()
                .map(c -> new Participant(c.accountId(), true, c.redirected(), c.outcome().spans())).toList());
        controls.addLegs(recording, legs);
        boolean anyone = false;
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (!claim.entitled()) {
                continue;
            }
            RecordingControl control = new RecordingControl(recording, claim.accountId(), claim.startsRecorded(),
                    claim.onDemand(), claim.mix(), claim.basis(), claim.outcome());
            if (ownership != null && !OwnedParts.keep(control, claim.accountId(), claim.outcome().spans(), ownership)) {
                xdrs.get(i).withdraw("the transfer policy gives " + claim.accountId() + " no part of this call");
            }
            controls.add(control);
            anyone = true;
        }
        if (!anyone) {
            recording.suppress(OutcomeReason.NOT_RECORDED_BY_POLICY, claims.get(0).basis()
                    + " says: do not record, and on-demand recording is not allowed", clock.instant());
            recordings.record(RecordingEvent.outcomeOf(recording));
            released.fire(new FilesReleased(recording.getId(), List.of(capture.path())));
        } else {
            conversions.request(recording.getId());
        }
        return new Accepted(recording.getId(), xdrs.get(0).getId(), xdrs.stream().map(Xdr::getId).toList(),
                recording.getState());
    }

    /**
     * One account's answer for this call: whether it starts recorded and whether its control events
     * count. An account not configured here was recorded by the switch's own choice, so it starts
     * recorded and its events count.
     */
    private Claim claim(AccountCall account) {
        CallRecord call = account.call();
        CallControl reported = account.control();
        Optional<EffectiveConfiguration> config = policy.configuration(call.accountId());
        Optional<RecordingDecision> decision = config.map(c -> RecordingPolicy.decide(c, call.direction()));
        boolean startsRecorded = decision.map(RecordingDecision::record).orElse(true);
        boolean onDemand = decision.map(RecordingDecision::onDemandAllowed).orElse(true);
        boolean mix = decision.map(d -> d.mixAnnouncementsIntoRecording(reported.announcementPlayedInBand())).orElse(false);
        boolean redirected = config.map(c -> c.isOn(RecordingOption.AUTO_RECORD_REDIRECTED)).orElse(false);
        String basis = decision.isPresent()
                ? "policy of account " + call.accountId() + " for a " + call.direction().name().toLowerCase(Locale.ROOT) + " call"
                : "account " + call.accountId() + " is not configured here: recorded as the switch sent it";
        SpanOutcome outcome = SpanPolicy.apply(call.connectTime(), call.disconnectTime(), startsRecorded, onDemand,
                reported.controlEvents());
        return new Claim(call.accountId(), startsRecorded, onDemand, mix, redirected, basis, outcome);
    }

    /** An account's policy answer for the call, before any transfer policy. */
    private record Claim(String accountId, boolean startsRecorded, boolean onDemand, boolean mix, boolean redirected,
                         String basis, SpanOutcome outcome) {
        /** Neither recorded from the start nor startable on demand: nothing of the call is this account's. */
        boolean entitled() {
            return startsRecorded || onDemand;
        }
    }

    /** Identifiers of what was created, for the caller's response: the posting account's xDR, then all. */
    public record Accepted(long recordingId, long xdrId, List<Long> xdrIds, RecordingState state) {
    }
}
