package io.callrec.media.bench;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.RtpHeader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The RTP payloads of one payload type in a capture, in file order: a clip that benchmarks loop. */
final class PayloadClip {

    private PayloadClip() {
    }

    static List<byte[]> read(Path capture, int payloadType) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (d.sourcePort() >= 1024 && d.destinationPort() >= 1024 && d.sourcePort() != 5060 && d.destinationPort() != 5060
                        && rtp.parse(d.data(), d.payloadOffset(), d.payloadLength())
                        && rtp.payloadType() == payloadType && rtp.payloadLength() > 0) {
                    payloads.add(Arrays.copyOfRange(d.data(), rtp.payloadOffset(), rtp.payloadOffset() + rtp.payloadLength()));
                }
            }
        }
        return payloads;
    }

    /** The clip repeated until it covers {@code seconds} of audio of {@code packetMillis} each. */
    static List<byte[]> loop(List<byte[]> clip, long seconds, int packetMillis) {
        long count = seconds * 1000 / packetMillis;
        List<byte[]> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            out.add(clip.get((int) (i % clip.size())));
        }
        return out;
    }
}
