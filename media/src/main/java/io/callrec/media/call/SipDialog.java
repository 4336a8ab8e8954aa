package io.callrec.media.call;

import io.callrec.media.sdp.MediaDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything signalling told about one call (one Call-ID). Caller is the From party of the initial
 * INVITE; when the INVITE was not captured, the From party of the first dialog message stands in
 * and {@link #initialInviteSeen()} is false. Times are capture times in ns since the epoch, -1 when
 * unknown. Grows through {@link DialogTracker}; bounded so a flood of re-INVITEs or INFOs stays small.
 */
public final class SipDialog {

    static final int MAX_UPDATES = 256;
    static final int MAX_EVENTS = 4096;

    private final String callId;
    private final String callerUri;
    private final String calleeUri;
    private final String callerTag;
    private final long firstNanos;
    boolean initialInviteSeen;
    long answerNanos = -1;
    long byeNanos = -1;
    int failureStatus;
    private final List<MediaUpdate> updates = new ArrayList<>();
    private final List<SipInfoEvent> events = new ArrayList<>();

    SipDialog(String callId, String callerUri, String callerTag, String calleeUri, long firstNanos) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.callerUri = callerUri;
        this.callerTag = callerTag;
        this.calleeUri = calleeUri;
        this.firstNanos = firstNanos;
    }

    /** Which party sent a request with these From values (RFC 3261 §12: the From tag names it). */
    Role originatorOf(String fromTag, String fromUri) {
        if (callerTag != null && fromTag != null) {
            return callerTag.equals(fromTag) ? Role.CALLER : Role.CALLEE;
        }
        return Objects.equals(callerUri, fromUri) ? Role.CALLER : Role.CALLEE;
    }

    /** Adds one side's SDP unless it repeats that side's previous one (a retransmission). */
    void addUpdate(MediaUpdate update) {
        for (int i = updates.size() - 1; i >= 0; i--) {
            MediaUpdate previous = updates.get(i);
            if (previous.side() == update.side()) {
                if (previous.audio().equals(update.audio())) {
                    return;
                }
                break;
            }
        }
        if (updates.size() < MAX_UPDATES) {
            updates.add(update);
        }
    }

    void addEvent(SipInfoEvent event) {
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        }
    }

    public String callId() {
        return callId;
    }

    public String callerUri() {
        return callerUri;
    }

    public String calleeUri() {
        return calleeUri;
    }

    public boolean initialInviteSeen() {
        return initialInviteSeen;
    }

    public long firstNanos() {
        return firstNanos;
    }

    /** When the first 2xx to an INVITE was captured, or -1. */
    public long answerNanos() {
        return answerNanos;
    }

    /** When the first BYE was captured, or -1. */
    public long byeNanos() {
        return byeNanos;
    }

    /** Final status (300-699) that rejected the initial INVITE, or 0. */
    public int failureStatus() {
        return failureStatus;
    }

    /** Every SDP of either side in capture order. */
    public List<MediaUpdate> updates() {
        return Collections.unmodifiableList(updates);
    }

    public List<SipInfoEvent> infoEvents() {
        return Collections.unmodifiableList(events);
    }

    /** Every audio m= line one side announced over the call, oldest first (re-INVITEs add more). */
    public List<MediaDescription> audio(Role side) {
        List<MediaDescription> list = new ArrayList<>();
        for (MediaUpdate u : updates) {
            if (u.side() == side) {
                list.addAll(u.audio());
            }
        }
        return list;
    }

    /** The side's most recent SDP, or null when it sent none. */
    public MediaUpdate latest(Role side) {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (updates.get(i).side() == side) {
                return updates.get(i);
            }
        }
        return null;
    }

    public boolean hasMedia() {
        return !updates.isEmpty();
    }

    @Override
    public String toString() {
        return "SipDialog[" + callId + " " + callerUri + " -> " + calleeUri + ", " + updates.size() + " SDPs]";
    }
}
