package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static io.callrec.media.testing.CaptureFixture.B;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.Signals;
import io.callrec.media.testing.WavFile;
import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.PcapngWriter;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same two-leg call stored in each supported container / link layer decodes to identical audio. */
class CaptureEncodingTest {

    @TempDir
    Path dir;

    private short[] convert(Path capture) throws Exception {
        Path out = dir.resolve(capture.getFileName() + ".wav");
        new MediaEngine().convert(capture, out, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
        return WavFile.read(out).samples();
    }

    private Path pcap(String name, int linkType, int tags, boolean nanos, boolean littleEndian) throws IOException {
        Path p = dir.resolve(name);
        try (CaptureFixture f = CaptureFixture.create(p, linkType, tags, nanos, littleEndian)) {
            for (int k = 0; k < 8; k++) {
                f.rtp(A, k * 20_000L, 0, k, 160L * k, 1, Signals.ulawPacket(Signals.level(k)));
                f.rtp(B, 2_500 + k * 20_000L, 8, k, 160L * k, 2, Signals.alawPacket(Signals.level(k + 8)));
            }
        }
        return p;
    }

    private Path pcapng(ByteOrder order) throws IOException {
        FrameBuilder frames = new FrameBuilder(FrameBuilder.ETHERNET, 0);
        Path p = dir.resolve("call-" + order + ".pcapng");
        byte[] rtp = new byte[200];
        byte[] frame = new byte[300];
        try (PcapngWriter f = new PcapngWriter(Files.newOutputStream(p), order)) {
            f.interfaceDescription(1, 9, 0);
            for (int k = 0; k < 8; k++) {
                for (CaptureFixture.Leg leg : new CaptureFixture.Leg[] {A, B}) {
                    boolean a = leg == A;
                    byte[] payload = a ? Signals.ulawPacket(Signals.level(k)) : Signals.alawPacket(Signals.level(k + 8));
                    int len = RtpPacketBuilder.build(a ? 0 : 8, false, k, 160L * k, a ? 1 : 2, payload, 0, 160, rtp);
                    int n = frames.udp(FrameBuilder.ip(leg.source()), leg.sourcePort(), FrameBuilder.ip(leg.destination()),
                            leg.destinationPort(), rtp, 0, len, frame);
                    f.enhancedPacket(0, CaptureFixture.EPOCH_NANOS + (a ? 0 : 2_500_000L) + k * 20_000_000L, frame, 0, n);
                }
            }
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource({"be-micros,1,0,false,false", "le-nanos,1,0,true,true", "vlan,1,1,false,true",
        "qinq,1,2,false,true", "sll,113,0,false,true"})
    void everyClassicPcapVariantMatchesTheReference(String name, int linkType, int tags, boolean nanos,
                                                    boolean littleEndian) throws Exception {
        short[] reference = convert(pcap("reference.pcap", 1, 0, false, true));
        assertThat(reference).hasSize(2 * (20 + 8 * 160));
        assertThat(convert(pcap(name + ".pcap", linkType, tags, nanos, littleEndian))).isEqualTo(reference);
    }

    @Test
    void pcapngInBothByteOrdersMatchesTheReference() throws Exception {
        short[] reference = convert(pcap("reference.pcap", 1, 0, false, true));
        assertThat(convert(pcapng(ByteOrder.LITTLE_ENDIAN))).isEqualTo(reference);
        assertThat(convert(pcapng(ByteOrder.BIG_ENDIAN))).isEqualTo(reference);
    }
}
