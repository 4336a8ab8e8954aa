package io.callrec.media.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A SIP call with recording-control signals, as a pcap: INVITE/200/ACK (PCMU and telephone-event
 * 101 on both sides; the 200 OK 20 ms before {@code startNanos} unless {@link #answeredBeforeMedia}
 * says otherwise), then from {@code startNanos} 20 ms G.711 packets both ways (caller 10.0.0.1:20000,
 * callee 10.0.0.2:30000) for the call's length, plus SIP INFO requests ({@code Record: on|off} or an
 * application/dtmf-relay signal) and RFC 4733 digits from either party at given offsets. The caller's
 * payload sample {@code n} of the call is {@link #callerByte(long)}, the callee sends silence (0xFF),
 * so the mono mix follows the caller exactly.
 */
public final class OnDemandCall {

    private static final int SAMPLES = 160;
    private static final String CALLER = "sip:caller@a.example";
    private static final String CALLEE = "sip:callee@b.example";

    private final long startNanos;
    private final int millis;
    private final List<long[]> infos = new ArrayList<>();
    private final List<String> infoValues = new ArrayList<>();
    private final List<long[]> digits = new ArrayList<>();
    private long answerLeadNanos = 20_000_000L;
    private boolean setupCaptured = true;
    private boolean signalled = true;

    public OnDemandCall(long startNanos, int millis) {
        this.startNanos = startNanos;
        this.millis = millis;
    }

    /** The 200 OK answering the INVITE is captured {@code millis} before the first RTP packet (default 20). */
    public OnDemandCall answeredBeforeMedia(int millis) {
        if (millis < 3) {
            throw new IllegalArgumentException("the INVITE and ACK need room before the first packet: " + millis);
        }
        this.answerLeadNanos = millis * 1_000_000L;
        return this;
    }

    /** The capture began after the call was set up: its INVITE, 200 OK and ACK are not in it. */
    public OnDemandCall setupNotCaptured() {
        this.setupCaptured = false;
        return this;
    }

    /** No SIP at all, only the RTP (SIP INFO requests are left out too): as a switch that captures media only writes it. */
    public OnDemandCall withoutSip() {
        this.signalled = false;
        return this;
    }

    public static byte callerByte(long sample) {
        return (byte) (sample * 7 / 3 + 11);
    }

    /** SIP INFO with {@code Record: on|off} from the caller at {@code atMillis} after the first RTP packet. */
    public OnDemandCall record(long atMillis, boolean on) {
        infos.add(new long[] {atMillis, 0, 1});
        infoValues.add(on ? "on" : "off");
        return this;
    }

    /** SIP INFO application/dtmf-relay with {@code Signal=symbol}. */
    public OnDemandCall dtmfRelay(long atMillis, char symbol, boolean fromCaller) {
        infos.add(new long[] {atMillis, 1, fromCaller ? 1 : 0});
        infoValues.add(String.valueOf(symbol));
        return this;
    }

    /** An RFC 4733 event (0-15), 60 ms long, sent by the caller or the callee on its RTP leg. */
    public OnDemandCall rfc4733(long atMillis, int event, boolean fromCaller) {
        digits.add(new long[] {atMillis, event, fromCaller ? 1 : 0});
        return this;
    }

    public void write(OutputStream out) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] frame = new byte[4096];
        byte[] payload = new byte[SAMPLES];
        byte[] rtp = new byte[SAMPLES + 12];
        try (PcapWriter pcap = new PcapWriter(out, frames.linkType(), true, true)) {
            String sdpA = SipMessageBuilder.audioSdp("10.0.0.1", 20000, "0 101", "a=rtpmap:101 telephone-event/8000");
            String sdpB = SipMessageBuilder.audioSdp("10.0.0.2", 30000, "0 101", "a=rtpmap:101 telephone-event/8000");
            if (signalled && setupCaptured) {
                long answer = startNanos - answerLeadNanos;
                sip(pcap, frames, frame, true, answer - 10_000_000L, SipMessageBuilder.request("INVITE", CALLEE)
                        .dialog("ondemand", CALLER, "tagA", CALLEE, null, 1, "INVITE").body("application/sdp", sdpA));
                sip(pcap, frames, frame, false, answer, SipMessageBuilder.response(200, "OK")
                        .dialog("ondemand", CALLER, "tagA", CALLEE, "tagB", 1, "INVITE").body("application/sdp", sdpB));
                sip(pcap, frames, frame, true, answer + Math.min(10_000_000L, answerLeadNanos / 2),
                        SipMessageBuilder.request("ACK", CALLEE).dialog("ondemand", CALLER, "tagA", CALLEE, "tagB", 1, "ACK"));
            }
            int packets = millis / 20;
            int cseq = 2;
            for (int n = 0; n < packets; n++) {
                long t = startNanos + n * 20_000_000L;
                for (int k = 0; k < SAMPLES; k++) {
                    payload[k] = callerByte((long) n * SAMPLES + k);
                }
                if (!event(pcap, frames, frame, n, true, rtp)) {
                    int len = RtpPacketBuilder.build(0, n == 0, n, (long) n * SAMPLES, 0xCA11E4L, payload, 0, SAMPLES, rtp);
                    udp(pcap, frames, frame, true, 20000, 30000, t, rtp, len);
                }
                if (!event(pcap, frames, frame, n, false, rtp)) {
                    java.util.Arrays.fill(payload, (byte) 0xFF);
                    int len = RtpPacketBuilder.build(0, n == 0, 5000 + n, 9000L + (long) n * SAMPLES, 0xCA11EEL,
                            payload, 0, SAMPLES, rtp);
                    udp(pcap, frames, frame, false, 30000, 20000, t + 1_000_000L, rtp, len);
                }
                for (int i = 0; i < infos.size() && signalled; i++) {
                    long[] info = infos.get(i);
                    if (info[0] / 20 == n) {
                        boolean caller = info[2] == 1;
                        SipMessageBuilder m = caller
                                ? SipMessageBuilder.request("INFO", CALLEE).dialog("ondemand", CALLER, "tagA", CALLEE, "tagB", cseq++, "INFO")
                                : SipMessageBuilder.request("INFO", CALLER).dialog("ondemand", CALLEE, "tagB", CALLER, "tagA", cseq++, "INFO");
                        m = info[1] == 0 ? m.header("Record", infoValues.get(i))
                                : m.body("application/dtmf-relay", "Signal=" + infoValues.get(i) + "\r\nDuration=100\r\n");
                        sip(pcap, frames, frame, caller, startNanos + info[0] * 1_000_000L, m);
                    }
                }
            }
        }
    }

    /**
     * RFC 4733 §2.3: an event takes the place of three audio packets of its party (same timestamp,
     * growing duration, the last with the E bit); returns whether slot {@code n} of that party is one.
     */
    private boolean event(PcapWriter pcap, FrameBuilder frames, byte[] frame, int n, boolean caller, byte[] rtp)
            throws IOException {
        for (long[] d : digits) {
            long first = d[0] / 20;
            if ((d[2] == 1) == caller && n >= first && n < first + 3) {
                writeEvent(pcap, frames, frame, d, n, caller, rtp);
                return true;
            }
        }
        return false;
    }

    private void writeEvent(PcapWriter pcap, FrameBuilder frames, byte[] frame, long[] d, int n, boolean caller,
                            byte[] rtp) throws IOException {
        long first = d[0] / 20;
        int step = (int) (n - first);
        int duration = (step + 1) * SAMPLES;
        byte[] event = {(byte) d[1], (byte) (step == 2 ? 0x80 | 10 : 10), (byte) (duration >>> 8), (byte) duration};
        long timestamp = first * SAMPLES + (caller ? 0 : 9000L);
        long t = startNanos + n * 20_000_000L + (caller ? 0 : 1_000_000L);
        int len = RtpPacketBuilder.build(101, step == 0, (caller ? 0 : 5000) + n, timestamp,
                caller ? 0xCA11E4L : 0xCA11EEL, event, 0, event.length, rtp);
        udp(pcap, frames, frame, caller, caller ? 20000 : 30000, caller ? 30000 : 20000,
                t, rtp, len);
    }

    private static void sip(PcapWriter pcap, FrameBuilder frames, byte[] frame, boolean fromCaller, long t,
                            SipMessageBuilder m) throws IOException {
        byte[] b = m.build();
        udp(pcap, frames, frame, fromCaller, 5060, 5060, t, b, b.length);
    }

    private static void udp(PcapWriter pcap, FrameBuilder frames, byte[] frame, boolean fromCaller, int sport,
                            int dport, long t, byte[] data, int len) throws IOException {
        String a = fromCaller ? "10.0.0.1" : "10.0.0.2";
        String b = fromCaller ? "10.0.0.2" : "10.0.0.1";
        int n = frames.udp(FrameBuilder.ip(a), sport, FrameBuilder.ip(b), dport, data, 0, len, frame);
        pcap.write(t, frame, 0, n);
    }
}
