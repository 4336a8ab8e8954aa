package io.callrec.domain.clock;

import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.transfer.CallLeg;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The offset between the call record's clock and the capture's, measured at the call's connect:
 * {@code connect} and {@code disconnect} are the call's as its xDRs say (the earliest connect, the
 * latest disconnect), {@code anchorAt} the capture's own time of the connect (null without an anchor).
 * Every time the switch reported (xDR times, control events, legs) moves by {@link #offset()} onto the
 * capture's timeline; times found in the capture (SIP INFO, DTMF) are already there. An offset within
 * {@code tolerance} is ordinary skew between two hosts and is corrected silently; a larger one (a time
 * zone, a switch reporting local time, a wrong date) is corrected too, and reported.
 */
public record ClockAlignment(AnchorKind anchor, Instant anchorAt, Instant connect, Instant disconnect,
                             Duration tolerance) {

    public ClockAlignment {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(disconnect, "disconnect");
        Objects.requireNonNull(tolerance, "tolerance");
        if ((anchor == AnchorKind.NONE) != (anchorAt == null)) {
            throw new IllegalArgumentException("an anchor of kind " + anchor + " at " + anchorAt);
        }
    }

    /**
     * The alignment when the capture's first RTP packet is the only mark of the connect: trusted unless
     * the capture's media ({@code firstMedia} to {@code lastMedia}) outlasts the call record's connect to
     * disconnect by more than {@code tolerance}. Then the first packets came before the answer (early
     * media: ringback, an announcement) and anchoring on them would move every span by the ringing
     * time; the end is the better mark, so the connect is placed the call record's duration before the
     * last packet. Media shorter than the call record (a silent end, a capture cut short) keeps the start.
     */
    public static ClockAlignment fromMedia(Instant firstMedia, Instant lastMedia, Instant connect, Instant disconnect,
                                           Duration tolerance) {
        Duration media = Duration.between(firstMedia, lastMedia);
        Duration call = Duration.between(connect, disconnect);
        if (media.minus(call).compareTo(tolerance) > 0) {
            return new ClockAlignment(AnchorKind.LAST_MEDIA, lastMedia.minus(call), connect, disconnect, tolerance);
        }
        return new ClockAlignment(AnchorKind.FIRST_MEDIA, firstMedia, connect, disconnect, tolerance);
    }

    public boolean anchored() {
        return anchorAt != null;
    }

    /** Capture time minus call-record time; zero without an anchor (nothing can be moved). */
    public Duration offset() {
        return anchored() ? Duration.between(connect, anchorAt) : Duration.ZERO;
    }

    /** The offset in whole milliseconds (towards zero), as the statistics report it. */
    public long offsetMillis() {
        return offset().toMillis();
    }

    /** The clocks disagree by more than ordinary skew: the correction is reported. */
    public boolean beyondTolerance() {
        return offset().abs().compareTo(tolerance) > 0;
    }

    /** A call-record time on the capture's timeline. */
    public Instant toCapture(Instant recordTime) {
        return recordTime.plus(offset());
    }

    public ControlEvent toCapture(ControlEvent e) {
        return new ControlEvent(toCapture(e.at()), e.action(), e.trigger(), e.detail());
    }

    public CallLeg toCapture(CallLeg leg) {
        return new CallLeg(leg.id(), leg.kind(), leg.partyA(), leg.partyB(), toCapture(leg.start()),
                toCapture(leg.end()), leg.handedOverBy());
    }

    public StoredSpan toCapture(StoredSpan s) {
        RecordedSpan span = s.span();
        return new StoredSpan(new RecordedSpan(toCapture(span.start()), toCapture(span.end()), span.startedBy()),
                s.legId(), s.parties());
    }

    /** The end of the call (its latest xDR disconnect) on the capture's timeline. */
    public Instant callEnd() {
        return toCapture(disconnect);
    }

    /**
     * The audit trail's entry about the clocks, when there is something to say: the correction beyond
     * the tolerance (accepted, at the anchor), or that no anchor existed (not accepted, at the call
     * record's connect).
     */
    public Optional<AuditEntry> auditEntry() {
        String detail = "xDR connectTime " + connect + "; capture: " + anchor.description()
                + (anchored() ? " at " + anchorAt : "");
        if (!anchored()) {
            return Optional.of(new AuditEntry(connect, Action.ALIGN, Trigger.CLOCK, detail, false, describe()));
        }
        if (beyondTolerance()) {
            return Optional.of(new AuditEntry(anchorAt, Action.ALIGN, Trigger.CLOCK, detail, true, describe()));
        }
        return Optional.empty();
    }

    /** One sentence on what was done with the call record's times, for audit entries and reasons. */
    public String describe() {
        if (!anchored()) {
            return "the capture has no anchor for the xDR's clock (it holds the call's signalling but neither "
                    + "its INVITE nor the answer: it began after the call was set up), so the xDR's times, "
                    + "control events and legs were used as they are";
        }
        Duration offset = offset();
        String relation = offset.isZero() ? "the xDR's clock agrees with the capture's"
                : "the xDR's clock is " + human(offset.abs()) + (offset.isNegative() ? " ahead of" : " behind")
                + " the capture's";
        return relation + " at " + anchor.description() + (offset.isZero() ? ""
                : " (" + (beyondTolerance() ? "more than" : "within") + " the " + human(tolerance)
                + " tolerance): the xDR's times, control events and legs were moved by "
                + (offset.isNegative() ? "" : "+") + offsetMillis() + " ms onto the capture's clock");
    }

    /** E.g. "2 h 0 min 0.020 s", "3.000 s". */
    static String human(Duration d) {
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        String seconds = d.toSecondsPart() + "." + String.format("%03d", d.toMillisPart()) + " s";
        if (days > 0) {
            return days + " d " + hours + " h " + minutes + " min " + seconds;
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min " + seconds;
        }
        return minutes > 0 ? minutes + " min " + seconds : seconds;
    }
}
