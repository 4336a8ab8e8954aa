package io.callrec.media.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testkit.BrowserPlayback;
import io.callrec.media.testkit.OnDemandCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output format plays in a browser (headless Chromium, Debian's package) for as long as the
 * engine says: PCM WAV at 8 and 16 kHz, G.711 WAV, MP3 mono and stereo. Skipped with a message when
 * no Chromium is installed (.ci/run installs it).
 */
class BrowserPlaybackTest {

    @TempDir
    Path dir;

    @Test
    void everyOutputFormatPlaysInABrowserForItsWholeDuration() throws Exception {
        Path browser = BrowserPlayback.chromium();
        Assumptions.assumeTrue(browser != null, "no chromium installed: browser playback not checked");
        Path pcap = dir.resolve("call.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new OnDemandCall(1_764_000_000_000_000_000L, 4000).write(out);
        }
        MediaEngine engine = new MediaEngine();
        Map<Path, ConversionResult> made = new LinkedHashMap<>();
        List<ConversionOptions> variants = List.of(ConversionOptions.defaults(),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO), new ConversionOptions(OutputFormat.WAV_ALAW, Channels.MONO),
                new ConversionOptions(OutputFormat.WAV_ULAW, Channels.MONO), new ConversionOptions(OutputFormat.MP3, Channels.MONO),
                new ConversionOptions(OutputFormat.MP3, Channels.STEREO));
        for (int i = 0; i < variants.size(); i++) {
            ConversionOptions o = variants.get(i);
            Path file = dir.resolve("out" + i + "." + (o.format() == OutputFormat.MP3 ? "mp3" : "wav"));
            made.put(file, engine.convert(pcap, file, o));
        }

        Map<Object, Double> played = BrowserPlayback.durations(browser, new ArrayList<>(made.keySet()), dir);

        made.forEach((file, result) -> assertThat(played.get(file)).as(file.getFileName().toString())
                .isCloseTo(result.durationMillis() / 1000.0, within(0.05)));
    }

    @Test
    void aFileThatIsNoAudioIsReportedAsAMediaError() throws Exception {
        Path browser = BrowserPlayback.chromium();
        Assumptions.assumeTrue(browser != null, "no chromium installed: browser playback not checked");
        Path garbage = dir.resolve("garbage.wav");
        Files.write(garbage, "RIFF but not really a wave file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Map<Object, Double> played = BrowserPlayback.durations(browser, List.of(garbage), dir);

        assertThat(played.get(garbage)).as("MEDIA_ERR_SRC_NOT_SUPPORTED or MEDIA_ERR_DECODE").isIn(-4.0, -3.0);
    }
}
