package io.callrec.media.codec.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: the Opus packets of an Ogg Opus file (RFC 3533 pages, RFC 7845 headers), with the
 * OpusHead pre-skip and channel count. One logical stream is assumed (what ffmpeg writes).
 */
public final class OggOpus {

    public final List<byte[]> packets = new ArrayList<>();
    public int preSkip;
    public int channels;

    public static OggOpus read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        OggOpus ogg = new OggOpus();
        List<byte[]> all = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int pos = 0;
        while (pos + 27 <= b.length) {
            if (b[pos] != 'O' || b[pos + 1] != 'g' || b[pos + 2] != 'g' || b[pos + 3] != 'S') {
                throw new IOException("lost Ogg page sync at " + pos);
            }
            int segments = b[pos + 26] & 0xFF;
            int data = pos + 27 + segments;
            for (int i = 0; i < segments; i++) {
                int lace = b[pos + 27 + i] & 0xFF;
                current.write(b, data, lace);
                data += lace;
                if (lace < 255) {
                    all.add(current.toByteArray());
                    current.reset();
                }
            }
            pos = data;
        }
        byte[] head = all.get(0);
        if (!new String(head, 0, 8).equals("OpusHead")) {
            throw new IOException("not Ogg Opus");
        }
        ogg.channels = head[9] & 0xFF;
        ogg.preSkip = (head[10] & 0xFF) | (head[11] & 0xFF) << 8;
        ogg.packets.addAll(all.subList(2, all.size()));
        return ogg;
    }
}
