package io.callrec.media.codec.testing;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.RtpHeader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: the RTP payloads of one payload type in a capture, in file order, via the project's readers. */
public final class RtpPayloads {

    /** One RTP packet's payload with its sequence number. */
    public record Packet(int sequence, long timestamp, byte[] payload) {
    }

    private RtpPayloads() {
    }

    public static List<Packet> read(Path capture, int payloadType) throws IOException {
        List<Packet> packets = new ArrayList<>();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (d.sourcePort() < 1024 || d.destinationPort() < 1024 || d.sourcePort() == 5060 || d.destinationPort() == 5060) {
                    continue;
                }
                if (rtp.parse(d.data(), d.payloadOffset(), d.payloadLength()) && rtp.payloadType() == payloadType
                        && rtp.payloadLength() > 0) {
                    byte[] p = Arrays.copyOfRange(d.data(), rtp.payloadOffset(), rtp.payloadOffset() + rtp.payloadLength());
                    packets.add(new Packet(rtp.sequence(), rtp.timestamp(), p));
                }
            }
        }
        return packets;
    }
}
