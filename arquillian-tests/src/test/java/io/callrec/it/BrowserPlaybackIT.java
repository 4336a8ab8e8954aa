package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.testkit.BrowserPlayback;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xDR's signed play URL plays in a browser without credentials: headless Chromium (Debian's
 * package) loads the served recording through its own HTTP requests (range requests included) and
 * finds the whole duration.
 * Skipped with a message when no Chromium is installed (.ci/run installs it).
 */
class BrowserPlaybackIT extends DeployedEar {

    @TempDir
    Path work;

    @Test
    void thePlayLinkOfAnAvailableRecordingPlaysInABrowser() throws Exception {
        Path browser = BrowserPlayback.chromium();
        Assumptions.assumeTrue(browser != null, "no chromium installed: browser playback not checked");
        long id = post(callJson("it-browser-" + UUID.randomUUID().toString().substring(0, 8)), Captures.twoLegCall());
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        // The signed play URL: a browser has no credentials, as an <audio src> or a link in an e-mail.
        String link = recording.getJsonArray("xdrs").getJsonObject(0).getString("playUrl");

        Map<Object, Double> played = BrowserPlayback.durations(browser, List.of(api().url(link)), work);

        assertThat(played.get(api().url(link))).as(api().url(link))
                .isCloseTo(recording.getJsonNumber("durationMillis").longValue() / 1000.0, within(0.05));
    }
}
