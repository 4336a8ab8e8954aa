package io.callrec.media.codec.g7231;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.rtp.RtpHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares our decode with ffmpeg's g723_1 decoder on the corpus captures, on freshly encoded
 * speech and on random valid frames. Skipped (with the reason) when ffmpeg or the corpus is absent;
 * {@link G7231ReferenceFixtureTest} covers the same comparison from checked-in fixtures.
 */
class G7231FfmpegComparisonTest {

    private static final String TEXT = "Please hold while your call is being recorded. Seven, eight, nine, "
        + "the meeting starts at half past three on Thursday.";

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsFfmpeg() {
        assumeTrue(ExternalTools.installed("ffmpeg"), "ffmpeg not installed: ffmpeg comparison skipped");
    }

    private static double compare(String label, G7231Decoder decoder, short[] decoded, short[] reference) {
        int n = Math.min(decoded.length, reference.length);
        double snr = PcmCompare.snrDb(reference, decoded, n);
        System.out.printf("G.723.1 vs ffmpeg, %s: %d frames, SNR %.1f dB, identical samples %.2f%%, "
                + "frames 6.3=%d 5.3=%d sid=%d untransmitted=%d concealed=%d errors=%d%n",
            label, n / 240, snr, 100 * PcmCompare.identicalShare(reference, decoded, n),
            decoder.highRateFrames(), decoder.lowRateFrames(), decoder.sidFrames(),
            decoder.untransmittedFrames(), decoder.concealedFrames(), decoder.errors());
        assertThat(decoded.length).isEqualTo(reference.length);
        return snr;
    }

    @ParameterizedTest
    @ValueSource(strings = {"g723-6k3-dirA-rtpproxy.pcap", "g723-6k3-dirB-rtpproxy.pcap"})
    void corpusCaptureDecodesLikeFfmpeg(String file) throws Exception {
        String dir = System.getProperty("callrec.corpus.dir", "");
        Path capture = Path.of(dir.isEmpty() ? "/nonexistent" : dir, file);
        assumeTrue(Files.isRegularFile(capture), "corpus capture absent (callrec.corpus.dir): " + capture);
        List<byte[]> payloads = rtpPayloads(capture, 4);
        assertThat(payloads).isNotEmpty();

        G7231Decoder decoder = new G7231Decoder();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        short[] decoded = new short[0];
        short[] packet = new short[decoder.maxSamples(64)];
        for (byte[] p : payloads) {
            stream.writeBytes(p);
            int n = decoder.decode(p, 0, p.length, packet, 0);
            int at = decoded.length;
            decoded = java.util.Arrays.copyOf(decoded, at + n);
            System.arraycopy(packet, 0, decoded, at, n);
        }
        short[] reference = ExternalTools.ffmpegDecode(stream.toByteArray(), tmp);
        assertThat(compare(file, decoder, decoded, reference)).isGreaterThanOrEqualTo(20.0);
        assertThat(decoder.highRateFrames() + decoder.errors()).isEqualTo(payloads.size());
    }

    @Test
    void encodedSpeechAt6k3DecodesLikeFfmpeg() throws Exception {
        assumeTrue(ExternalTools.installed("espeak-ng") && ExternalTools.installed("sox"),
            "espeak-ng or sox not installed");
        byte[] frames = ExternalTools.speechAt6k3(TEXT, tmp);
        G7231Decoder decoder = new G7231Decoder();
        short[] decoded = PcmCompare.decodeStream(decoder, frames);
        double snr = compare("espeak speech, ffmpeg-encoded 6.3", decoder, decoded,
            ExternalTools.ffmpegDecode(frames, tmp));
        assertThat(snr).isGreaterThanOrEqualTo(20.0);
        assertThat(decoder.highRateFrames()).isEqualTo(frames.length / 24);
    }

    @Test
    void speechRepackedAt5k3DecodesLikeFfmpeg() throws Exception {
        assumeTrue(ExternalTools.installed("espeak-ng") && ExternalTools.installed("sox"),
            "espeak-ng or sox not installed");
        byte[] frames = G7231FixtureWriter.lowRate(ExternalTools.speechAt6k3(TEXT, tmp));
        G7231Decoder decoder = new G7231Decoder();
        short[] decoded = PcmCompare.decodeStream(decoder, frames);
        double snr = compare("espeak speech, repacked 5.3", decoder, decoded,
            ExternalTools.ffmpegDecode(frames, tmp));
        assertThat(snr).isGreaterThanOrEqualTo(20.0);
        assertThat(decoder.lowRateFrames()).isEqualTo(frames.length / 20);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomValidFramesOfAllKindsDecodeLikeFfmpeg(long seed) throws Exception {
        byte[] frames = G7231FrameWriter.randomValidStream(seed, 400);
        G7231Decoder decoder = new G7231Decoder();
        short[] decoded = PcmCompare.decodeStream(decoder, frames);
        double snr = compare("random valid frames, seed " + seed, decoder, decoded,
            ExternalTools.ffmpegDecode(frames, tmp));
        assertThat(snr).isGreaterThanOrEqualTo(20.0);
        assertThat(decoder.errors()).isZero();
    }

    static List<byte[]> rtpPayloads(Path capture, int payloadType) throws IOException {
        List<byte[]> out = new ArrayList<>();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (rtp.parse(d.data(), d.payloadOffset(), d.payloadLength()) && rtp.payloadType() == payloadType) {
                    out.add(java.util.Arrays.copyOfRange(d.data(), rtp.payloadOffset(),
                        rtp.payloadOffset() + rtp.payloadLength()));
                }
            }
        }
        return out;
    }
}
