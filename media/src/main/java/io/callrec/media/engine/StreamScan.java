package io.callrec.media.engine;

import io.callrec.media.call.CallSignalling;
import io.callrec.media.call.SignallingCollector;
import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.rtp.RtpStreamDetector;
import io.callrec.media.rtp.SipSignature;
import io.callrec.media.rtp.StreamInfo;
import io.callrec.media.sdp.RtpMap;
import io.callrec.media.timeline.TimestampStalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * First pass over the capture: find the RTP streams and when each starts, and collect the SIP
 * signalling (calls, SDP, INFO events). Knowing every leg's start and role before decoding lets
 * the second pass place audio on a common origin while streaming. Also gathers the evidence for
 * guessing Opus on unbound dynamic payload types ({@link OpusGuess}) and finds senders that pause
 * without advancing their timestamps ({@link TimestampStalls}).
 */
final class StreamScan {

    /** {@code stalls}: per stream, where its sender paused without advancing its timestamps. */
    record Result(Map<FlowKey, StreamInfo> streams, boolean truncated, long frames, CallSignalling signalling,
                  long ignoredStreams, OpusGuess opusGuess, Map<StreamInfo, TimestampStalls> stalls) {
    }

    private StreamScan() {
    }

    static Result run(Path capture) throws IOException {
        RtpStreamDetector detector = new RtpStreamDetector();
        RtpHeader h = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        SignallingCollector sip = new SignallingCollector();
        OpusGuess opus = new OpusGuess();
        Map<StreamInfo, TimestampStalls> stalls = new IdentityHashMap<>();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            reader.tcpListener(new SipOverTcp(sip));
            while (reader.next(d)) {
                if (SipSignature.isSip(d.data(), d.payloadOffset(), d.payloadLength())) {
                    sip.datagram(d.data(), d.payloadOffset(), d.payloadLength(), d.timestampNanos());
                } else if (RtpStreamDetector.isCandidate(d.data(), d.payloadOffset(), d.payloadLength(),
                        d.sourcePort(), d.destinationPort(), h)) {
                    StreamInfo s = detector.offer(d.sourceAddressHigh(), d.sourceAddressLow(), d.sourcePort(),
                            d.destinationAddressHigh(), d.destinationAddressLow(), d.destinationPort(), d.timestampNanos(), h);
                    if (s != null) {
                        opus.offer(s, d.timestampNanos(), h, d.data());
                        stalls.computeIfAbsent(s, k -> new TimestampStalls()).offer(d.timestampNanos(), h.ssrc(),
                                h.sequence(), h.timestamp(), staticAudioClock(h.payloadType()));
                    }
                }
            }
            stalls.values().forEach(TimestampStalls::finish);
            return new Result(detector.accepted(), reader.truncated(), reader.frames(), sip.result(),
                    detector.ignoredStreams(), opus, stalls);
        }
    }

    /**
     * The RTP clock of a static audio payload type (RFC 3551 Table 4), 0 for comfort noise and for
     * dynamic types, whose clock is not known in this pass: stalls are looked for in static codecs only.
     */
    private static int staticAudioClock(int payloadType) {
        RtpMap map = payloadType == 13 ? null : RtpMap.ofStatic(payloadType);
        return map == null ? 0 : map.clockRate();
    }
}
