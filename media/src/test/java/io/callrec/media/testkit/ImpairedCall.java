package io.callrec.media.testkit;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.codec.G711Encoder;
import io.callrec.media.dsp.SincKernel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A G.711 call whose directions cross an impaired network ({@link NetworkImpairment}) to the
 * recorder, written as the recorder's pcap, with what each direction sent kept for comparison:
 * every packet's decoded samples, whether it arrived, and where it belongs on the recorder's clock
 * (its send time plus the path delay). Each sender speaks {@link SpeechLikeSignal} from its own
 * seed, in 20 ms packets from random initial sequence numbers, timestamps and SSRC (RFC 3550
 * §5.1), and its clock may run {@code driftPpm} fast (positive) or slow: it then sends 160 ticks
 * every 20 / (1 + drift) ms of the recorder's clock. Everything derives from one seed.
 */
public final class ImpairedCall {

    /** 2023-11-14T22:13:20Z, the fixtures' epoch. */
    public static final long EPOCH_NANOS = 1_700_000_000_000_000_000L;
    private static final int SAMPLES = 160;
    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.2"};
    private static final int[] PORTS = {20000, 30000};
    /** A reference interpolator well beyond the engine's (pass band 97 % of Nyquist, 64 zero crossings). */
    private static final SincKernel REFERENCE = new SincKernel(0.97, 64);
    private static final double[] TELEPHONE = taps(new SincKernel(3400.0 / 4000, 16));

    private ImpairedCall() {
    }

    /**
     * One direction: {@code payloadType} 0 (PCMU) or 8 (PCMA), its first packet sent {@code startMillis}
     * after the epoch, its clock error, its network; {@code dtx}: silent packets are not sent
     * (silence suppression, the timestamp jumps over them, RFC 3551 §4.1).
     */
    public record Direction(int payloadType, double startMillis, double driftPpm, NetworkImpairment network,
                            boolean dtx) {
    }

    /**
     * What one direction sent: the source speech, the decoded payloads, per packet whether it was sent
     * and whether it arrived. Sample {@code n} belongs at {@link #trueNanos(double)}, nanoseconds after
     * {@link #EPOCH_NANOS} on the recorder's clock (kept relative to it: a double holds an epoch
     * timestamp to 256 ns only).
     */
    public record Sent(short[] source, short[] decoded, boolean[] sent, boolean[] arrived, double firstNanos,
                       double nanosPerSample, long ssrc) {

        public int packets() {
            return sent.length;
        }

        /** Capture-clock time (ns after {@link #EPOCH_NANOS}) where sample {@code n} of the direction belongs. */
        public double trueNanos(double n) {
            return firstNanos + n * nanosPerSample;
        }

        public int samplesPerPacket() {
            return SAMPLES;
        }

        /**
         * The source speech as the recorder should hear it: {@code length} samples at {@code rate} from
         * capture time {@code originNanos}, band-limited interpolation where the sender's samples do
         * not fall on the recorder's (drift, a fractional start).
         */
        public double[] heard(long originNanos, int rate, int length) {
            long origin = originNanos - EPOCH_NANOS;
            double[] out = new double[length];
            int pad = 2 * REFERENCE.halfWidth();
            float[] padded = new float[source.length + 2 * pad];
            for (int i = 0; i < source.length; i++) {
                padded[i + pad] = source[i];
            }
            for (int i = 0; i < length; i++) {
                double at = (origin + i * 1e9 / rate - firstNanos) / nanosPerSample;
                long whole = (long) Math.floor(at);
                double frac = at - whole;
                if (whole < -REFERENCE.halfWidth() || whole >= source.length + REFERENCE.halfWidth()) {
                    continue;
                }
                if (frac < 1e-6 || frac > 1 - 1e-6) {
                    long k = Math.round(at);
                    out[i] = k >= 0 && k < source.length ? source[(int) k] : 0;
                } else {
                    out[i] = REFERENCE.apply(padded, (int) whole + pad, frac);
                }
            }
            return out;
        }
    }

    /** Writes the call ({@code seconds} per direction) to {@code pcap}; direction i goes from host i to the other. */
    public static List<Sent> write(Path pcap, long seed, double seconds, Direction... directions) throws IOException {
        try (OutputStream out = Files.newOutputStream(pcap)) {
            return write(out, seed, seconds, directions);
        }
    }

    public static List<Sent> write(OutputStream out, long seed, double seconds, Direction... directions)
            throws IOException {
        Random random = new Random(seed);
        int packets = (int) Math.round(seconds * 50);
        List<Sent> sent = new ArrayList<>();
        List<long[]> events = new ArrayList<>();
        List<byte[][]> rtp = new ArrayList<>();
        for (int d = 0; d < directions.length; d++) {
            Direction dir = directions[d];
            short[] source = telephoneBand(SpeechLikeSignal.generate(8000, (long) packets * SAMPLES, random.nextLong()));
            short[] decoded = new short[source.length];
            byte[][] wire = new byte[packets][];
            boolean[] talking = new boolean[packets];
            double[] sendNanos = new double[packets];
            double scale = 1 + dir.driftPpm() * 1e-6;
            int seq = random.nextInt(65536);
            long ts = random.nextLong() & 0xFFFF_FFFFL;
            long ssrc = random.nextLong() & 0xFFFF_FFFFL;
            boolean quiet = true;
            G711Decoder decoder = dir.payloadType() == 8 ? G711Decoder.alaw() : G711Decoder.ulaw();
            for (int k = 0; k < packets; k++) {
                byte[] payload = new byte[SAMPLES];
                double energy = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    short v = source[k * SAMPLES + i];
                    payload[i] = dir.payloadType() == 8 ? G711Encoder.alaw(v) : G711Encoder.ulaw(v);
                    energy += (double) v * v;
                }
                decoder.decode(payload, 0, SAMPLES, decoded, k * SAMPLES);
                talking[k] = !dir.dtx() || energy / SAMPLES > 60 * 60;
                sendNanos[k] = dir.startMillis() * 1e6 + k * 20e6 / scale;
                wire[k] = new byte[12 + SAMPLES];
                RtpPacketBuilder.build(dir.payloadType(), talking[k] && quiet, (seq + k) & 0xFFFF, ts + (long) SAMPLES * k,
                        ssrc, payload, 0, SAMPLES, wire[k]);
                quiet = !talking[k];
            }
            NetworkImpairment.Delivery delivery = dir.network().deliver(sendNanos, talking, random);
            boolean[] arrived = new boolean[packets];
            for (int k = 0; k < packets; k++) {
                arrived[k] = delivery.first()[k] >= 0;
                if (arrived[k]) {
                    events.add(new long[] {delivery.first()[k], d, k});
                }
                if (delivery.second()[k] >= 0) {
                    events.add(new long[] {delivery.second()[k], d, k});
                }
            }
            rtp.add(wire);
            sent.add(new Sent(source, decoded, talking, arrived,
                    (dir.startMillis() + dir.network().delayMillis()) * 1e6, 125_000 / scale, ssrc));
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        writePcap(out, events, rtp);
        return sent;
    }

    /**
     * The speech as a telephone's send path leaves it: band-limited to 3.4 kHz (ITU-T G.712's pass
     * band), so what is compared later is the band every G.711 path carries.
     */
    private static short[] telephoneBand(short[] in) {
        int half = TELEPHONE.length / 2;
        short[] out = new short[in.length];
        for (int i = 0; i < in.length; i++) {
            double v = 0;
            for (int k = Math.max(-half, -i); k <= half && i + k < in.length; k++) {
                v += in[i + k] * TELEPHONE[k + half];
            }
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return out;
    }

    /** The taps of {@code kernel} at whole-sample offsets, -half..half. */
    private static double[] taps(SincKernel kernel) {
        int half = kernel.halfWidth();
        float[] impulse = new float[4 * half + 1];
        impulse[2 * half] = 1;
        double[] taps = new double[2 * half + 1];
        for (int k = -half; k <= half; k++) {
            taps[k + half] = kernel.apply(impulse, 2 * half - k, 0);
        }
        return taps;
    }

    private static void writePcap(OutputStream out, List<long[]> events, List<byte[][]> rtp) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        byte[] frame = new byte[2048];
        PcapWriter pcap = new PcapWriter(out, frames.linkType(), false, true);
        for (long[] e : events) {
            int d = (int) e[1];
            byte[] packet = rtp.get(d)[(int) e[2]];
            int from = d % 2;
            int n = frames.udp(FrameBuilder.ip(ADDRESSES[from]), PORTS[from], FrameBuilder.ip(ADDRESSES[1 - from]),
                    PORTS[1 - from], packet, 0, packet.length, frame);
            // microsecond pcap, as real recorders write
            pcap.write(EPOCH_NANOS + Math.round(e[0] / 1000.0) * 1000, frame, 0, n);
        }
        pcap.close();
    }

    /** Fraction of {@code s}'s sent packets that arrived. */
    public static double arrivedShare(Sent s) {
        int sent = 0;
        int arrived = 0;
        for (int k = 0; k < s.packets(); k++) {
            sent += s.sent()[k] ? 1 : 0;
            arrived += s.arrived()[k] ? 1 : 0;
        }
        return sent == 0 ? 0 : (double) arrived / sent;
    }
}
