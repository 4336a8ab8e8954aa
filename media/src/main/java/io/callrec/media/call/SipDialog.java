package io.callrec.media.call;

import io.callrec.media.sdp.MediaDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    /** CSeq number of the caller's latest initial INVITE (an authentication retry takes a new one), or -1. */
    private long initialInviteCseq = -1;
    /** CSeq numbers of the caller's re-INVITEs (requests inside the dialog, with a To tag). */
    private final Set<Long> callerReInvites = new HashSet<>();
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
    CallParty originatorOf(String fromTag, String fromUri) {
        if (callerTag != null && fromTag != null) {
            return callerTag.equals(fromTag) ? CallParty.CALLER : CallParty.CALLEE;
        }
        return Objects.equals(callerUri, fromUri) ? CallParty.CALLER : CallParty.CALLEE;
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

    /** An INVITE request of the dialog: {@code initial} when it has no To tag (RFC 3261 §12.1: it creates the dialog). */
    void invite(CallParty originator, boolean initial, long cseq) {
        if (originator != CallParty.CALLER) {
            return;
        }
        if (initial) {
            initialInviteSeen = true;
            initialInviteCseq = cseq;
        } else if (callerReInvites.size() < MAX_UPDATES) {
            callerReInvites.add(cseq);
        }
    }

    /**
     * Whether a final response to an INVITE of {@code originator} with this CSeq answers the call's
     * initial INVITE rather than a re-INVITE (RFC 3261 §8.1.3.3: a response carries its request's From
     * and CSeq): the INVITE is the caller's, and its CSeq is the initial INVITE's when that was
     * captured, else not one of a re-INVITE the capture saw.
     */
    boolean answersInitialInvite(CallParty originator, long cseq) {
        if (originator != CallParty.CALLER) {
            return false;
        }
        return initialInviteCseq >= 0 ? cseq == initialInviteCseq : !callerReInvites.contains(cseq);
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

    /**
     * When the call was answered: the capture time of the first 2xx to the caller's initial INVITE
     * (re-INVITEs of either party and forked or retransmitted 2xx after it do not count), or -1.
     */
    public long answerNanos() {
        return answerNanos;
    }

    /** When the first BYE was captured, or -1. */
    public long byeNanos() {
        return byeNanos;
    }

    /** Final status (300-699) of the initial INVITE before any answer (the last one, e.g. 401 then 603), or 0. */
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
    public List<MediaDescription> audio(CallParty side) {
        List<MediaDescription> list = new ArrayList<>();
        for (MediaUpdate u : updates) {
            if (u.side() == side) {
                list.addAll(u.audio());
            }
        }
        return list;
    }

    /** The side's most recent SDP, or null when it sent none. */
    public MediaUpdate latest(CallParty side) {
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
