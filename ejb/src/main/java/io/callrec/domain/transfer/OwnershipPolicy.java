package io.callrec.domain.transfer;

import io.callrec.domain.ondemand.RecordedSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which accounts own a recording of a call with transfers or parking, and which parts of the
 * call each one's recording holds:
 * <ul>
 * <li>only accounts with an xDR for the call can own a recording (no xDR, no recording);</li>
 * <li>an owner gets the parts of the legs it is on while its own recording runs;</li>
 * <li>after a transfer the transferor, who left, also gets the whole transferred leg when it has
 *     "auto record redirected calls" and its recording was running when it transferred; a recording
 *     started after it left is not its own;</li>
 * <li>parking is not a transfer: the parker keeps what it recorded before parking, and the party that
 *     retrieves the call only gets a recording through its own xDR;</li>
 * <li>consultation legs are calls of their own and never part of this call's recordings.</li>
 * </ul>
 */
public final class OwnershipPolicy {

    private OwnershipPolicy() {
    }

    public static Ownership decide(List<CallLeg> legs, List<Participant> participants) {
        List<CallLeg> ordered = new ArrayList<>(legs);
        ordered.sort(Comparator.comparing(CallLeg::start));
        List<Ownership.Owner> owners = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Participant p : participants) {
            if (!p.hasXdr()) {
                notes.add(p.accountId() + " has no xDR for this call: no recording");
                continue;
            }
            List<OwnedSpan> spans = new ArrayList<>();
            for (CallLeg leg : ordered) {
                if (leg.kind() == LegKind.CONSULTATION) {
                    continue;
                }
                if (leg.hasParty(p.accountId())) {
                    for (RecordedSpan s : p.spans()) {
                        addOverlap(spans, leg, s.start(), s.end());
                    }
                } else if (leg.kind() == LegKind.TRANSFERRED && p.accountId().equals(leg.handedOverBy())) {
                    if (!p.autoRecordRedirected()) {
                        notes.add(p.accountId() + " transferred " + leg.parties() + " without auto record redirected calls");
                    } else if (!p.recordingAt(leg.start())) {
                        notes.add(p.accountId() + " was not recording when it transferred " + leg.parties());
                    } else {
                        addOverlap(spans, leg, leg.start(), leg.end());
                    }
                }
            }
            if (spans.isEmpty()) {
                notes.add(p.accountId() + " recorded nothing of this call");
            } else {
                owners.add(new Ownership.Owner(p.accountId(), spans));
            }
        }
        return new Ownership(owners, notes);
    }

    private static void addOverlap(List<OwnedSpan> spans, CallLeg leg, Instant from, Instant to) {
        Instant start = from.isAfter(leg.start()) ? from : leg.start();
        Instant end = to.isBefore(leg.end()) ? to : leg.end();
        if (end.isAfter(start)) {
            spans.add(new OwnedSpan(leg.id(), leg.parties(), start, end));
        }
    }
}
