package io.callrec.domain.ondemand;

import io.callrec.domain.dialing.DtmfCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a call's control events into the spans that are recorded, and an audit trail. An auto-recorded
 * call starts recorded at connect; an on-demand-only call starts unrecorded. Events are taken in time
 * order (ties in the order given); a recording still running at disconnect ends there. Nothing here
 * throws on odd input: conflicting events are ignored, counted and explained.
 * <ul>
 * <li>outside connect..disconnect: ignored;</li>
 * <li>on-demand not allowed for the account: ignored and counted apart;</li>
 * <li>start while recording, stop while not recording: ignored as repeated start / stop before start.</li>
 * </ul>
 * A start and stop at the same instant leave no span (nothing was recorded), though both are accepted.
 */
public final class SpanPolicy {

    static final String NOT_ALLOWED = "on-demand recording is not allowed for the account";

    private SpanPolicy() {
    }

    /** The whole chain for one call: SIP INFO {@code Record:} events, DTMF digits, and the switch's events. */
    public static SpanOutcome apply(Instant connect, Instant disconnect, boolean startsRecorded, boolean onDemandAllowed,
                                    DtmfCodes codes, List<ControlEvent> recordHeaders, List<DtmfDigit> digits,
                                    List<ControlEvent> switchEvents) {
        List<ControlEvent> all = new ArrayList<>(recordHeaders);
        all.addAll(DtmfSequenceMatcher.match(digits, codes));
        all.addAll(switchEvents);
        return apply(connect, disconnect, startsRecorded, onDemandAllowed, all);
    }

    public static SpanOutcome apply(Instant connect, Instant disconnect, boolean startsRecorded, boolean onDemandAllowed,
                                    List<ControlEvent> events) {
        List<ControlEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(ControlEvent::at));
        List<RecordedSpan> spans = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        int ignored = 0;
        int notAllowed = 0;
        Instant openedAt = null;
        Trigger openedBy = null;
        if (startsRecorded) {
            openedAt = connect;
            openedBy = Trigger.AUTO;
            audit.add(AuditEntry.accepted(new ControlEvent(connect, Action.START, Trigger.AUTO,
                    "auto-record option of the account"), "the call starts recorded"));
        }
        for (ControlEvent e : ordered) {
            String rejection = null;
            if (e.at().isBefore(connect) || e.at().isAfter(disconnect)) {
                rejection = "outside the call (" + connect + " to " + disconnect + ")";
            } else if (!onDemandAllowed) {
                rejection = NOT_ALLOWED;
                notAllowed++;
            } else if (e.action() == Action.START && openedAt != null) {
                rejection = "repeated start: recording is already running since " + openedAt;
            } else if (e.action() == Action.STOP && openedAt == null) {
                rejection = "stop before start: recording is not running";
            }
            if (rejection != null) {
                ignored++;
                audit.add(AuditEntry.ignored(e, rejection));
            } else if (e.action() == Action.START) {
                openedAt = e.at();
                openedBy = e.trigger();
                audit.add(AuditEntry.accepted(e, "recording started"));
            } else {
                addSpan(spans, openedAt, e.at(), openedBy);
                openedAt = null;
                audit.add(AuditEntry.accepted(e, "recording stopped"));
            }
        }
        if (openedAt != null) {
            addSpan(spans, openedAt, disconnect, openedBy);
        }
        return new SpanOutcome(spans, audit, ignored, notAllowed);
    }

    private static void addSpan(List<RecordedSpan> spans, Instant start, Instant end, Trigger startedBy) {
        if (end.isAfter(start)) {
            spans.add(new RecordedSpan(start, end, startedBy));
        }
    }
}
