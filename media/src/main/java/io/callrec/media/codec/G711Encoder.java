package io.callrec.media.codec;

/**
 * Linear 16-bit PCM to G.711 A-law / µ-law (ITU-T G.711 §3, Tables 1a/2a), via 64 Ki-entry tables
 * built once from the decision levels of the decoding tables in {@link G711}: each code covers
 * the inputs nearest to its reconstruction value, which is what the law's segments and steps
 * describe. Used for WAV G.711 output.
 */
public final class G711Encoder {

    private static final byte[] ALAW = build(G711.ALAW);
    private static final byte[] ULAW = build(G711.ULAW);

    private G711Encoder() {
    }

    public static byte alaw(short linear) {
        return ALAW[linear & 0xFFFF];
    }

    public static byte ulaw(short linear) {
        return ULAW[linear & 0xFFFF];
    }

    /** For every 16-bit input, the code whose decoded value is nearest (ties to the smaller magnitude). */
    private static byte[] build(short[] decode) {
        Integer[] codes = new Integer[256];
        for (int c = 0; c < 256; c++) {
            codes[c] = c;
        }
        // By decoded value; equal values (µ-law -0 0x7F, +0 0xFF) keep the higher code, the positive zero.
        java.util.Arrays.sort(codes, (a, b) -> decode[a] != decode[b] ? Short.compare(decode[a], decode[b])
                : Integer.compare(a, b));
        byte[] table = new byte[65536];
        int k = 0;
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            while (k + 1 < 256 && nearer(decode[codes[k + 1]], decode[codes[k]], v)) {
                k++;
            }
            table[v & 0xFFFF] = (byte) (int) codes[k];
        }
        return table;
    }

    private static boolean nearer(int next, int current, int v) {
        if (next == current) {
            return true;
        }
        int dn = Math.abs(next - v);
        int dc = Math.abs(current - v);
        return dn < dc || (dn == dc && Math.abs(next) < Math.abs(current));
    }
}
