package io.callrec.media.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.LegStatistics;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * G.722 (PT 9: RTP clock 8000, 16 kHz audio) and Opus (SDP opus/48000) captures of the corpus
 * convert to WAVs spanning the RTP media within one packet time: 16 kHz, except for narrowband
 * Opus, decoded natively at 8 kHz. Captures
 * without SIP get their SDP from a side file, as a recorder that knows the call would pass it.
 *
 * <p>Spans from {@code tshark -o rtp.heuristic_rtp:TRUE -Y rtp.p_type==N -T fields
 * -e frame.time_epoch -e udp.srcport -e rtp.ssrc -e rtp.timestamp}: end = first capture time +
 * (last timestamp - first timestamp + one 20 ms packet) / clock; span = latest end - earliest start.
 */
class WidebandCorpusConformanceTest {

    @TempDir
    Path dir;

    private static Path corpusFile(String name) {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path file = configured.isEmpty() ? null : Path.of(configured, name);
        Assumptions.assumeTrue(file != null && Files.exists(file), "corpus file " + name + " not found; skipped");
        return file;
    }

    /** A side file whose callee receives at {@code callee} with {@code rtpmap} lines, the caller at {@code caller}. */
    private Path sideFile(String caller, int callerPort, String callee, int calleePort, String pts, String rtpmaps)
            throws Exception {
        String calleeSdp = "v=0\\r\\nc=IN IP4 " + callee + "\\r\\nm=audio " + calleePort + " RTP/AVP " + pts + "\\r\\n"
                + rtpmaps;
        String callerSdp = "v=0\\r\\nc=IN IP4 " + caller + "\\r\\nm=audio " + callerPort + " RTP/AVP " + pts + "\\r\\n"
                + rtpmaps;
        return Files.writeString(dir.resolve("side.json"), "{\"callId\":\"corpus\",\"caller\":{\"sdp\":\"" + callerSdp
                + "\"},\"callee\":{\"sdp\":\"" + calleeSdp + "\"}}");
    }

    /** {@code spanMillis} &lt; 0: span not checked. */
    private ConversionResult convert(Path capture, ConversionOptions options, long spanMillis) throws Exception {
        return convert(capture, options, spanMillis, 16000);
    }

    /**
     * With the output rate expected: the Asterisk Opus captures are SILK narrowband (TOC config 1), decoded
     * natively at 8 kHz, so their leg is narrowband and so is the output.
     */
    private ConversionResult convert(Path capture, ConversionOptions options, long spanMillis, int rate) throws Exception {
        Path out = dir.resolve(capture.getFileName() + ".wav");
        ConversionResult r = new MediaEngine().convert(capture, out, options);
        WavFile wav = WavFile.read(out);
        long wavMillis = wav.dataSize() / 2 / wav.channels() * 1000 / wav.sampleRate();
        System.out.printf("%s: %d ms (span %d), %d Hz, lost %d, concealed %d ms, RMS %.0f%n", capture.getFileName(),
                wavMillis, spanMillis, wav.sampleRate(), r.totalLost(),
                r.legs().stream().mapToLong(LegStatistics::concealedMillis).sum(), rms(wav.samples()));
        assertThat(wav.sampleRate()).isEqualTo(rate);
        assertThat(r.sampleRate()).isEqualTo(rate);
        if (spanMillis >= 0) {
            assertThat(wavMillis).isCloseTo(spanMillis, within(20L));
        }
        assertThat(r.durationMillis()).isEqualTo(wavMillis);
        assertThat(r.legs()).allSatisfy(l -> assertThat(l.unsupported()).isZero());
        for (int c = 0; c < wav.channels(); c++) {
            assertThat(rms(wav.channel(c))).as("channel %d is audible", c).isGreaterThan(30);
        }
        return r;
    }

    @Test
    void g722WithSipConvertsAt16Kilohertz() throws Exception {
        ConversionResult r = convert(corpusFile("g722-sip-wireshark.pcap"), ConversionOptions.defaults(), 8_500);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("G722");
            assertThat(l.clockRate()).isEqualTo(8000);
            assertThat(l.packets()).isEqualTo(425);
        });
    }

    @Test
    void g722SiprecTwoStreamsGoLeftAndRightByTheirMLines() throws Exception {
        // By RTP time stream 0x19473744 (first m= line, caller) runs 0 - 52 380 ms and 0x04AD37B4 ends
        // at 48 708 ms: their senders pause without advancing the timestamps (tshark: arrival gaps of
        // 20 ms - 1 s where the timestamp moves 20 ms). The pauses are put back as silence where they
        // were captured (the caller's stream ends 1 043 ms later against its timestamps than it starts,
        // the callee's 4 715 ms), which leaves both streams' arrival delay flat within the sender's
        // own +-4 ms: no drift worth the name. Each stream's first four packets came in a burst, 41 and
        // 49 ms late against the rest (capture time minus timestamp), so both legs start 41 ms before
        // their first packet was captured, and the call lasts from there to the last packets at
        // 53 363 ms + 20 ms of audio: 53 424 ms.
        ConversionResult r = convert(corpusFile("g722-siprec-dual-stream-sip-miarec.pcap"),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO), 53_424);
        assertThat(r.legs()).hasSize(2).allSatisfy(l -> assertThat(l.codecs()).containsExactly("G722"));
        assertThat(r.legs()).extracting(LegStatistics::role).containsExactly("caller", "callee");
        assertThat(r.legs().get(0).stallMillis()).isBetween(1000L, 1060L);
        assertThat(r.legs().get(1).stallMillis()).isBetween(4650L, 4750L);
        assertThat(r.legs()).allSatisfy(l -> assertThat(Math.abs(l.driftPpm())).as("drift left after the stalls")
                .isLessThan(150));
    }

    @Test
    void opusWithSdpConvertsAt16Kilohertz() throws Exception {
        ConversionResult r = convert(corpusFile("opus-48k-fullband-sip-wireshark.pcap"), ConversionOptions.defaults(), 8_500);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus");
            assertThat(l.clockRate()).isEqualTo(48000);
        });
    }

    @Test
    void opusWithoutSipConvertsWithTheSdpOfASideFile() throws Exception {
        Path side = sideFile("10.24.17.53", 12668, "10.24.17.123", 16596, "107", "a=rtpmap:107 opus/48000/2\\r\\n");
        ConversionResult r = convert(corpusFile("opus-nb-fec-60s-asterisk.pcapng"),
                ConversionOptions.defaults().withSideFile(side), 60_000, 8000);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus");
            assertThat(l.lost()).isZero();
        });
    }

    @Test
    void opusLossIsRebuiltFromInBandFecOrConcealed() throws Exception {
        Path side = sideFile("10.24.17.53", 12668, "10.24.17.123", 16596, "107", "a=rtpmap:107 opus/48000/2\\r\\n");
        ConversionResult r = convert(corpusFile("opus-nb-fec-60s-29lost-asterisk.pcapng"),
                ConversionOptions.defaults().withSideFile(side), 60_000, 8000);
        // 29 single packets removed: 29 x 20 ms made up, each from the next packet's in-band FEC.
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.lost()).isEqualTo(29);
            assertThat(l.concealedMillis()).isEqualTo(29 * 20);
            assertThat(l.fecRecovered()).isEqualTo(29);
        });
    }

    @Test
    void opusSuperWidebandWithDtmfConvertsAndKeepsTheDigits() throws Exception {
        Path side = sideFile("10.0.0.51", 4002, "10.0.0.45", 12906, "96 101",
                "a=rtpmap:96 opus/48000/2\\r\\na=rtpmap:101 telephone-event/48000\\r\\n");
        ConversionResult r = convert(corpusFile("opus-swb-dtmf-sll-asterisk.pcap"),
                ConversionOptions.defaults().withSideFile(side), 15_233);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus", "telephone-event");
            assertThat(l.digits()).isEqualTo("2013785496");
        });
    }

    @Test
    void opusWithoutSdpIsGuessedFromItsMeasuredClockAndFraming() throws Exception {
        // PT 99, no SIP: the clock measured against the capture is 48000 and every payload is a valid Opus packet.
        ConversionResult r = convert(corpusFile("opus-48k-fullband-nosip-wireshark.pcap"), ConversionOptions.defaults(), 8_500);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus (guessed)");
            assertThat(l.clockRate()).isEqualTo(48000);
        });
    }

    @Test
    void opusNarrowbandWithoutSdpIsGuessed() throws Exception {
        ConversionResult r = convert(corpusFile("opus-nb-fec-60s-asterisk.pcapng"), ConversionOptions.defaults(), 60_000, 8000);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus (guessed)");
            assertThat(l.lost()).isZero();
        });
    }

    @Test
    void guessedOpusRebuildsLossFromInBandFecOrConceals() throws Exception {
        ConversionResult r = convert(corpusFile("opus-nb-fec-60s-29lost-asterisk.pcapng"), ConversionOptions.defaults(), 60_000, 8000);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus (guessed)");
            assertThat(l.lost()).isEqualTo(29);
            assertThat(l.concealedMillis()).isEqualTo(29 * 20);
            assertThat(l.fecRecovered()).as("every lost packet rebuilt from the next one's LBRR").isEqualTo(29);
        });
    }

    @Test
    void guessedOpusKeepsItsRfc4733Digits() throws Exception {
        ConversionResult r = convert(corpusFile("opus-swb-dtmf-sll-asterisk.pcap"), ConversionOptions.defaults(), 15_233);
        assertThat(r.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("opus (guessed)", "telephone-event");
            assertThat(l.digits()).isEqualTo("2013785496");
        });
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }
}
