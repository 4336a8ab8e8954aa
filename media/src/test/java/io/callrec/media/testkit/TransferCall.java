package io.callrec.media.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture of a call whose far end changes (a transfer, a park and retrieval), as the switch writes
 * it for the party who stays on the call, A (192.0.2.10): a sequence of parts, each a pair of 20 ms
 * PCMU RTP streams between A and one peer (B, the transfer target C, or the switch's music on hold)
 * from one offset to another. A is silent (0xFF) throughout, so the mono mix of part {@code p} is exactly
 * its peer's {@link #signalByte(int, long) signal}, counted from the part's start.
 *
 * <p>A consultation call (B–C while A waits) is a call of its own with its own capture, so it is not a
 * part here; what A hears meanwhile (hold music, silence) is. Optionally ({@link #signalled()}) the
 * capture also holds the SIP: A's call (INVITE at the first part, a re-INVITE from A moving the media
 * at each later part, the peer answering with its address), and a {@link #consultation} as a dialog of
 * its own with its RTP, as a switch that captures everything on its media ports would write it.
 */
public final class TransferCall {

    public static final String A = "192.0.2.10";
    /** With {@link #signalled()}: the 200 OK answering A's INVITE is captured this long before the call's first packet. */
    public static final long ANSWER_BEFORE_MEDIA_NANOS = 2_000_000L;
    private static final int SAMPLES = 160;

    private record Part(String peer, int fromMillis, int toMillis, int signal) {
    }

    private static final String CALL_ID = "transfer-call";
    private static final String CONSULT_ID = "transfer-consultation";

    private final long startNanos;
    private final List<Part> parts = new ArrayList<>();
    private boolean signalled;
    private final List<int[]> recordInfos = new ArrayList<>();
    private Part consultation;
    private String consultant;

    /** {@code startNanos}: capture time (epoch nanoseconds) of the first packet. */
    public TransferCall(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Payload byte {@code sample} of signal {@code signal}: a distinct µ-law pattern per signal. */
    public static byte signalByte(int signal, long sample) {
        return (byte) (sample * (2 * signal + 3) + 17 * signal + 5);
    }

    /** A talks to {@code peerAddress} (IPv4) from {@code fromMillis} to {@code toMillis}; the peer sends {@code signal}. */
    public TransferCall part(String peerAddress, int fromMillis, int toMillis, int signal) {
        if (fromMillis % 20 != 0 || toMillis % 20 != 0 || toMillis <= fromMillis) {
            throw new IllegalArgumentException("a part spans whole 20 ms packets: " + fromMillis + ".." + toMillis);
        }
        parts.add(new Part(peerAddress, fromMillis, toMillis, signal));
        return this;
    }

    /** Write the SIP of A's call (and of the consultation) too. */
    public TransferCall signalled() {
        this.signalled = true;
        return this;
    }

    /**
     * A SIP INFO {@code Record: on|off} in A's dialog at {@code atMillis}, sent by the peer of the part
     * running then (B starting its recording in-band); written only when {@link #signalled()}.
     */
    public TransferCall recordInfo(int atMillis, boolean on) {
        recordInfos.add(new int[] {atMillis, on ? 1 : 0});
        return this;
    }

    /**
     * A consultation call from {@code fromAddress} (B) to {@code toAddress} (C), its own SIP dialog when
     * {@link #signalled()}: B sends {@code signal}, C is silent.
     */
    public TransferCall consultation(String fromAddress, String toAddress, int fromMillis, int toMillis, int signal) {
        part(toAddress, fromMillis, toMillis, signal);
        consultation = parts.remove(parts.size() - 1);
        consultant = fromAddress;
        return this;
    }

    public void write(OutputStream out) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] frame = new byte[2048];
        byte[] payload = new byte[SAMPLES];
        byte[] rtp = new byte[SAMPLES + 12];
        int end = parts.stream().mapToInt(Part::toMillis).max().orElse(0);
        try (PcapWriter pcap = new PcapWriter(out, frames.linkType(), false, true)) {
            for (int slot = 0; slot * 20 < end; slot++) {
                long t = startNanos + slot * 20_000_000L;
                for (int p = 0; p < parts.size(); p++) {
                    Part part = parts.get(p);
                    if (signalled && slot * 20 == part.fromMillis()) {
                        invite(pcap, frames, frame, t, p, A, part.peer(), parts.get(0).peer(), CALL_ID,
                                40000 + 2 * p);
                    }
                    packets(pcap, frames, frame, payload, rtp, t, slot, part, A, 40000 + 2 * p, p);
                    for (int i = 0; i < recordInfos.size() && signalled; i++) {
                        int[] info = recordInfos.get(i);
                        if (info[0] >= part.fromMillis() && info[0] < part.toMillis() && slot * 20 == info[0]) {
                            String a = "sip:" + A + ":5060";
                            String called = "sip:" + parts.get(0).peer() + ":5060";
                            sip(pcap, frames, frame, t, part.peer(), A, SipMessageBuilder.request("INFO", a)
                                    .dialog(CALL_ID, called, "tagB", a, "tagA", 100 + i, "INFO")
                                    .header("Record", info[1] == 1 ? "on" : "off"));
                        }
                    }
                }
                if (consultation != null) {
                    if (signalled && slot * 20 == consultation.fromMillis()) {
                        invite(pcap, frames, frame, t, 0, consultant, consultation.peer(), consultation.peer(),
                                CONSULT_ID, 45000);
                    }
                    packets(pcap, frames, frame, payload, rtp, t, slot, consultation, consultant, 45000, 15);
                }
            }
        }
    }

    /** One 20 ms packet each way in {@code slot} when the part runs then: {@code from} silent, the peer its signal. */
    private static void packets(PcapWriter pcap, FrameBuilder frames, byte[] frame, byte[] payload, byte[] rtp, long t,
                                int slot, Part part, String from, int port, int stream) throws IOException {
        if (slot * 20 < part.fromMillis() || slot * 20 >= part.toMillis()) {
            return;
        }
        int n = slot - part.fromMillis() / 20;
        java.util.Arrays.fill(payload, (byte) 0xFF);
        int len = RtpPacketBuilder.build(0, n == 0, n, 1000L + (long) n * SAMPLES, 0xA0000000L + stream, payload, 0,
                SAMPLES, rtp);
        udp(pcap, frames, frame, t, from, port, part.peer(), port + 10000, rtp, len);
        for (int k = 0; k < SAMPLES; k++) {
            payload[k] = signalByte(part.signal(), (long) n * SAMPLES + k);
        }
        len = RtpPacketBuilder.build(0, n == 0, 7000 + n, 50_000L + (long) n * SAMPLES, 0xB0000000L + stream,
                payload, 0, SAMPLES, rtp);
        udp(pcap, frames, frame, t, part.peer(), port + 10000, from, port, rtp, len);
    }

    /**
     * The offer/answer that sets up (or, {@code cseq} above 0, moves) the media 3 to 1 ms before
     * {@code t}: the caller receives at {@code port}, the peer at {@code port + 10000}; the dialog's
     * To URI names the party first called ({@code calledAddress}).
     */
    private static void invite(PcapWriter pcap, FrameBuilder frames, byte[] frame, long t, int cseq, String caller,
                               String peer, String calledAddress, String callId, int port) throws IOException {
        String from = "sip:" + caller + ":5060";
        String to = "sip:" + calledAddress + ":5060";
        String toTag = cseq == 0 ? null : "tagB";
        sip(pcap, frames, frame, t - 3_000_000L, caller, peer, SipMessageBuilder.request("INVITE", to)
                .dialog(callId, from, "tagA", to, toTag, cseq + 1, "INVITE")
                .body("application/sdp", SipMessageBuilder.audioSdp(caller, port, "0")));
        sip(pcap, frames, frame, t - ANSWER_BEFORE_MEDIA_NANOS, peer, caller, SipMessageBuilder.response(200, "OK")
                .dialog(callId, from, "tagA", to, "tagB", cseq + 1, "INVITE")
                .body("application/sdp", SipMessageBuilder.audioSdp(peer, port + 10000, "0")));
        sip(pcap, frames, frame, t - 1_000_000L, caller, peer, SipMessageBuilder.request("ACK", to)
                .dialog(callId, from, "tagA", to, "tagB", cseq + 1, "ACK"));
    }

    private static void sip(PcapWriter pcap, FrameBuilder frames, byte[] frame, long t, String from, String to,
                            SipMessageBuilder message) throws IOException {
        byte[] bytes = message.build();
        udp(pcap, frames, frame, t, from, 5060, to, 5060, bytes, bytes.length);
    }

    private static void udp(PcapWriter pcap, FrameBuilder frames, byte[] frame, long t, String from, int sport,
                            String to, int dport, byte[] data, int len) throws IOException {
        int n = frames.udp(FrameBuilder.ip(from), sport, FrameBuilder.ip(to), dport, data, 0, len, frame);
        pcap.write(t, frame, 0, n);
    }
}
