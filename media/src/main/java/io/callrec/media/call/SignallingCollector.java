package io.callrec.media.call;

import io.callrec.media.sip.SipMessage;
import io.callrec.media.sip.SipParser;
import io.callrec.media.sip.SipStreamFramer;
import java.util.HashMap;
import java.util.Map;

/**
 * Feeds SIP from a capture into a {@link DialogTracker}: whole UDP datagrams, or TCP payload bytes
 * per connection direction (framed by {@link SipStreamFramer}). Counts messages, SIP-looking
 * payloads that do not parse, and truncated messages; never logs per packet.
 */
public final class SignallingCollector {

    private static final int MAX_CONNECTIONS = 1024;

    private final DialogTracker tracker = new DialogTracker();
    private final Map<String, SipStreamFramer> connections = new HashMap<>();
    private long messages;
    private long malformed;
    private long truncated;
    private long streamNanos;
    /** Closed connections that had to skip bytes, so that {@link #result} still counts them. */
    private long closedSkipped;

    /** A UDP payload that looks like SIP (see {@code SipSignature}). */
    public void datagram(byte[] b, int offset, int length, long captureNanos) {
        SipMessage m = SipParser.parse(b, offset, length);
        if (m == null) {
            malformed++;
        } else {
            accept(m, captureNanos);
        }
    }

    /** In-order TCP payload bytes of one connection direction, named by "src -> dst". */
    public void streamBytes(String connection, byte[] b, int offset, int length, long captureNanos) {
        SipStreamFramer framer = connections.get(connection);
        if (framer == null) {
            if (connections.size() >= MAX_CONNECTIONS) {
                return;
            }
            framer = new SipStreamFramer();
            connections.put(connection, framer);
        }
        streamNanos = captureNanos;
        framer.feed(b, offset, length, this::acceptStream);
    }

    /** The reassembler lost bytes of this connection direction: drop the partial message. */
    public void streamGap(String connection) {
        SipStreamFramer framer = connections.get(connection);
        if (framer != null) {
            framer.reset();
        }
    }

    /** The connection direction ended (FIN/RST): its framer and any partial message are dropped. */
    public void streamClosed(String connection) {
        SipStreamFramer framer = connections.remove(connection);
        if (framer != null) {
            closedSkipped += framer.skippedBytes() > 0 ? 1 : 0;
        }
    }

    private void acceptStream(SipMessage m) {
        accept(m, streamNanos);
    }

    private void accept(SipMessage m, long captureNanos) {
        messages++;
        if (m.truncated()) {
            truncated++;
        }
        tracker.accept(m, captureNanos);
    }

    /** Dialogs so far; malformed counts unparseable datagrams plus connections that skipped garbage. */
    public CallSignalling result() {
        long skipped = connections.values().stream().filter(f -> f.skippedBytes() > 0).count();
        return tracker.result(messages, malformed + skipped + closedSkipped, truncated);
    }
}
