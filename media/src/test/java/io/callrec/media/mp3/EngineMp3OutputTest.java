package io.callrec.media.mp3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testkit.SyntheticCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine renders a call to MP3 when asked, with the call's duration in the tag. */
class EngineMp3OutputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Channels.class)
    void engineWritesMp3WhenFormatIsMp3(Channels channels) throws Exception {
        Path capture = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(capture)) {
            SyntheticCall.write(out, 10, 1500);
        }
        Path mp3 = dir.resolve("call.mp3");
        ConversionResult r = new MediaEngine().convert(capture, mp3, new ConversionOptions(OutputFormat.MP3, channels));
        Mp3FrameScan scan = Mp3FrameScan.of(mp3);
        int count = channels == Channels.STEREO ? 2 : 1;
        System.out.printf("engine %s: call %d ms, MP3 %d bytes, tag says %.4f s%n", channels, r.durationMillis(),
                Files.size(mp3), scan.gaplessSeconds());
        assertThat(scan.sampleRate).isEqualTo(8000);
        assertThat(scan.channels).isEqualTo(count);
        assertThat(scan.bitrateKbps).isEqualTo(Mp3Settings.defaults(8000, count).bitrateKbps());
        assertThat(scan.gaplessSeconds()).isCloseTo(r.durationMillis() / 1000.0, within(0.001));
        assertThat(r.audioBytes()).isEqualTo(Math.round(scan.gaplessSeconds() * 8000) * 2 * count);
    }

    @org.junit.jupiter.api.Test
    void engineUsesTheConfiguredBitRate() throws Exception {
        Path capture = fourSecondCall();
        Path mp3 = dir.resolve("call16.mp3");
        new MediaEngine().convert(capture, mp3, new ConversionOptions(OutputFormat.MP3, Channels.MONO).withMp3Kbps(16));
        assertThat(Mp3FrameScan.of(mp3).bitrateKbps).isEqualTo(16);
    }

    @org.junit.jupiter.api.Test
    void engineUsesTheConfiguredLameQuality() throws Exception {
        Path capture = fourSecondCall();
        Path standard = dir.resolve("q-default.mp3");
        Path fast = dir.resolve("q7.mp3");
        ConversionOptions mp3 = new ConversionOptions(OutputFormat.MP3, Channels.MONO);
        new MediaEngine().convert(capture, standard, mp3);
        new MediaEngine().convert(capture, fast, mp3.withMp3Quality(7));
        // The tag's indicator falls by the algorithm quality's number: 3 by default, 7 as configured.
        int byDefault = Mp3FrameScan.of(standard).qualityIndicator;
        assertThat(byDefault).isPositive();
        assertThat(Mp3FrameScan.of(fast).qualityIndicator).isEqualTo(byDefault - (7 - Mp3Settings.DEFAULT_QUALITY));
    }

    private Path fourSecondCall() throws Exception {
        Path capture = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(capture)) {
            SyntheticCall.write(out, 4, 0);
        }
        return capture;
    }

    @ParameterizedTest
    @EnumSource(Channels.class)
    void engineStillWritesWavByDefault(Channels channels) throws Exception {
        Path capture = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(capture)) {
            SyntheticCall.write(out, 2, 0);
        }
        Path wav = dir.resolve("call.wav");
        ConversionResult r = new MediaEngine().convert(capture, wav, new ConversionOptions(OutputFormat.WAV, channels));
        assertThat(Files.size(wav)).isEqualTo(44 + r.audioBytes());
        assertThat(new String(Files.readAllBytes(wav), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    }
}
