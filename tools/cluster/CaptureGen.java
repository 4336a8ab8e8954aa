import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a two-leg G.711 call capture (classic pcap, Ethernet/IPv4/UDP/RTP) for the cluster check and
 * the migration check, with no dependency on the project's own code: leg A sends PCMU from
 * 192.0.2.10:40000, leg B answers with PCMA from 192.0.2.20:50000, 20 ms packets, a tone per leg whose
 * pitch depends on the seed so captures differ.
 *
 * <pre>
 * java tools/cluster/CaptureGen.java OUT.pcap SECONDS SEED
 * java tools/cluster/CaptureGen.java --many DIR COUNT MIN_SECONDS MAX_SECONDS [START_EPOCH_SECONDS]
 *     DIR/call-0001.pcap ... with lengths spread evenly, call i starting i ms after START, and
 *     DIR/calls.tsv: number, file, seconds, first packet and end (ISO-8601) per call
 * </pre>
 */
public final class CaptureGen {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--many")) {
            int count = Integer.parseInt(args[2]);
            int min = Integer.parseInt(args[3]);
            int max = Integer.parseInt(args[4]);
            long epoch = args.length > 5 ? Long.parseLong(args[5]) : DEFAULT_EPOCH;
            try (PrintWriter index = new PrintWriter(args[1] + "/calls.tsv", StandardCharsets.UTF_8)) {
                for (int i = 1; i <= count; i++) {
                    int seconds = min + (int) ((long) (max - min) * ((i * 7919L) % count) / Math.max(1, count - 1));
                    String file = String.format("%s/call-%04d.pcap", args[1], i);
                    long start = write(file, seconds, i, epoch);
                    Instant first = Instant.EPOCH.plus(start, ChronoUnit.MICROS);
                    index.printf("%d\t%s\t%d\t%s\t%s%n", i, file, seconds, first, first.plusSeconds(seconds));
                }
            }
        } else {
            write(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2]), DEFAULT_EPOCH);
        }
    }

    private static final long DEFAULT_EPOCH = 1_764_150_000L;

    /** Writes the capture; returns its first packet's time in epoch microseconds. */
    static long write(String out, int seconds, long seed, long epochSeconds) throws IOException {
        long start = epochSeconds * 1_000_000L + (seed % 100_000) * 1000; // microseconds
        int packets = seconds * 50;
        try (DataOutputStream pcap = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(out)))) {
            pcap.writeInt(0xa1b2c3d4); // big-endian classic pcap, microsecond timestamps
            pcap.writeShort(2);
            pcap.writeShort(4);
            pcap.writeInt(0);
            pcap.writeInt(0);
            pcap.writeInt(65535);
            pcap.writeInt(1); // LINKTYPE_ETHERNET
            for (int i = 0; i < packets; i++) {
                long t = start + i * 20_000L;
                packet(pcap, t, new byte[]{(byte) 192, 0, 2, 10}, 40000, new byte[]{(byte) 192, 0, 2, 20}, 50000,
                        rtp(0, i, 0x11110000L + seed, tone(i, 300 + seed % 500, true)));
                packet(pcap, t + 3000, new byte[]{(byte) 192, 0, 2, 20}, 50000, new byte[]{(byte) 192, 0, 2, 10}, 40000,
                        rtp(8, i, 0x22220000L + seed, tone(i, 500 + seed % 700, false)));
            }
        }
        return start;
    }

    /** 160 G.711 samples of a sine at {@code hz}: µ-law or A-law. */
    static byte[] tone(int packet, long hz, boolean ulaw) {
        byte[] out = new byte[160];
        for (int k = 0; k < 160; k++) {
            double s = 8000 * Math.sin(2 * Math.PI * hz * (packet * 160 + k) / 8000.0);
            out[k] = ulaw ? ulaw((int) s) : alaw((int) s);
        }
        return out;
    }

    static byte[] rtp(int payloadType, int seq, long ssrc, byte[] payload) {
        byte[] p = new byte[12 + payload.length];
        p[0] = (byte) 0x80;
        p[1] = (byte) (payloadType | (seq == 0 ? 0x80 : 0));
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        long ts = 1000L + seq * 160L;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (ts >> (24 - 8 * i));
            p[8 + i] = (byte) (ssrc >> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, p, 12, payload.length);
        return p;
    }

    static void packet(DataOutputStream pcap, long micros, byte[] src, int sport, byte[] dst, int dport, byte[] rtp)
            throws IOException {
        int udpLen = 8 + rtp.length;
        int ipLen = 20 + udpLen;
        int frameLen = 14 + ipLen;
        pcap.writeInt((int) (micros / 1_000_000L));
        pcap.writeInt((int) (micros % 1_000_000L));
        pcap.writeInt(frameLen);
        pcap.writeInt(frameLen);
        pcap.write(new byte[]{0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x08, 0x00});
        byte[] ip = new byte[20];
        ip[0] = 0x45;
        ip[2] = (byte) (ipLen >> 8);
        ip[3] = (byte) ipLen;
        ip[8] = 64;
        ip[9] = 17;
        System.arraycopy(src, 0, ip, 12, 4);
        System.arraycopy(dst, 0, ip, 16, 4);
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += ((ip[i] & 0xff) << 8) | (ip[i + 1] & 0xff);
        }
        sum = ~((sum & 0xffff) + (sum >> 16)) & 0xffff;
        ip[10] = (byte) (sum >> 8);
        ip[11] = (byte) sum;
        pcap.write(ip);
        pcap.writeShort(sport);
        pcap.writeShort(dport);
        pcap.writeShort(udpLen);
        pcap.writeShort(0); // no UDP checksum (allowed over IPv4)
        pcap.write(rtp);
    }

    /** ITU-T G.711 µ-law compression of a 16-bit sample. */
    static byte ulaw(int sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(sample), 32635) + 0x84;
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent + 3)) & 0x0f;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    /** ITU-T G.711 A-law compression of a 16-bit sample. */
    static byte alaw(int sample) {
        int sign = sample >= 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(sample), 32767) >> 3;
        int code;
        if (magnitude < 32) {
            code = magnitude >> 1;
        } else {
            int exponent = 1;
            while (magnitude >= (64 << (exponent - 1)) && exponent < 7) {
                exponent++;
            }
            code = (exponent << 4) | ((magnitude >> exponent) & 0x0f);
        }
        return (byte) ((sign | code) ^ 0x55);
    }
}
