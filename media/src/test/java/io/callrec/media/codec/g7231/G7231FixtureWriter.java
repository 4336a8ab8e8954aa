package io.callrec.media.codec.g7231;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes the frame fixtures of src/test/resources/g7231 (see the README there) from an
 * ffmpeg-encoded 6.3 kbit/s stream. Arguments: input .tco, first frame, frame count, output folder.
 */
public final class G7231FixtureWriter {

    private G7231FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        byte[] in = Files.readAllBytes(Path.of(args[0]));
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        byte[] high = java.util.Arrays.copyOfRange(in, first * 24, (first + count) * 24);
        Files.write(dir.resolve("speech-6k3.tco"), high);
        Files.write(dir.resolve("speech-5k3.tco"), lowRate(high));
        Files.write(dir.resolve("speech-sid-cng.tco"), withComfortNoise(high));
    }

    /** Every 6.3 frame re-packed as a 5.3 frame (same LSP, pitch and gains). */
    static byte[] lowRate(byte[] high) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameParams p = new FrameParams();
        for (int pos = 0; pos + 24 <= high.length; pos += 24) {
            if (p.unpack(high, pos, 24)) {
                out.writeBytes(G7231FrameWriter.lowRateFrom(p));
            }
        }
        return out.toByteArray();
    }

    /**
     * Speech, a talk spurt end with a SID, untransmitted frames, a second SID at a lower level, more
     * untransmitted frames, then speech again (Annex A transitions in both directions).
     */
    static byte[] withComfortNoise(byte[] high) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int frames = high.length / 24;
        int half = frames / 2;
        out.write(high, 0, half * 24);
        out.writeBytes(G7231FrameWriter.sid(40, 60, 80, 30));
        for (int i = 0; i < 10; i++) {
            out.writeBytes(G7231FrameWriter.untransmitted());
        }
        out.writeBytes(G7231FrameWriter.sid(10, 20, 30, 18));
        for (int i = 0; i < 5; i++) {
            out.writeBytes(G7231FrameWriter.untransmitted());
        }
        out.write(high, half * 24, (frames - half) * 24);
        return out.toByteArray();
    }
}
