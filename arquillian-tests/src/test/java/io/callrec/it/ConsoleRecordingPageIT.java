package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.testkit.ImpairedCall;
import io.callrec.media.testkit.NetworkImpairment;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's recording page in a real browser ({@link Browser}) as the test server's admin, on a
 * fixture call whose two directions crossed a lossy network: the e-mail and export states the API's
 * recording view shows, and the quality map under the player (a mark per recorded span and per leg,
 * the lossy legs marked as such, a legend and a text list) whose marks seek the audio. Skipped with a
 * message when chromedriver or Chromium is absent.
 */
class ConsoleRecordingPageIT extends DeployedEar {

    private static final String[] ADMIN = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);
    private static Long lossy;

    @TempDir
    Path profiles;

    @BeforeEach
    void lossyRecording() throws Exception {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
        synchronized (ConsoleRecordingPageIT.class) {
            if (lossy == null) {
                String customer = "it-console3-" + UUID.randomUUID().toString().substring(0, 8);
                assertThat(api().put("customers/" + customer, "{\"name\":\"Lossy\"}").statusCode()).isEqualTo(201);
                NetworkImpairment network = NetworkImpairment.lossy(0.08, 0);
                long id = post(callJson(customer), Captures.written(out -> ImpairedCall.write(out, 14, 6,
                        new ImpairedCall.Direction(0, 0, 0, network, false),
                        new ImpairedCall.Direction(8, 10, 0, network.withDelay(30), false))));
                assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
                lossy = id;
            }
        }
    }

    private Browser asAdmin() {
        return new Browser(deployment, profiles.resolve("profile")).login(ADMIN[0], ADMIN[1]);
    }

    @Test
    void theRecordingPageShowsTheMailAndExportStatesAsTheApiDoes() {
        JsonObject api = recording(lossy);
        List<JsonObject> mails = api.getJsonArray("mails").getValuesAs(JsonObject.class);
        JsonObject export = api.getJsonObject("export");
        try (Browser b = asAdmin()) {
            b.open("/console/recording.xhtml?id=" + lossy);
            b.find(By.id("mails"));
            List<WebElement> rows = b.waitFor(d -> d.findElements(By.cssSelector("#mails tbody tr")));
            if (mails.isEmpty()) {
                assertThat(rows).singleElement().satisfies(r -> assertThat(r.getText()).contains("No e-mail for this recording"));
            }
            for (int i = 0; i < mails.size(); i++) {
                JsonObject mail = mails.get(i);
                WebElement row = rows.get(i);
                assertThat(row.findElement(By.className("mail-account")).getText()).isEqualTo(mail.getString("account"));
                assertThat(row.findElement(By.className("mail-state")).getText()).isEqualTo(mail.getString("state"));
                assertThat(row.findElement(By.className("mail-attempts")).getText())
                        .isEqualTo(String.valueOf(mail.getInt("attempts")));
                assertThat(row.findElement(By.className("mail-last-error")).getText())
                        .isEqualTo(mail.isNull("lastError") ? "—" : mail.getString("lastError"));
                assertThat(row.findElement(By.className("mail-sent-at")).getText())
                        .isEqualTo(mail.isNull("sentAt") ? "—" : mail.getString("sentAt"));
            }
            assertThat(rows).hasSize(Math.max(1, mails.size()));
            assertThat(b.find(By.id("export-state")).getText()).isEqualTo(export.getString("state"));
            assertThat(b.find(By.id("export-attempts")).getText()).isEqualTo(String.valueOf(export.getInt("attempts")));
            assertThat(b.find(By.id("export-path")).getText()).isEqualTo(export.getString("path", "—"));
            b.screenshot("console-recording-deliveries");
        }
    }

    @Test
    void theQualityMapMarksTheLossyLegsAndAMarkSeeksTheAudio() {
        JsonObject api = recording(lossy);
        long lost = api.getJsonObject("statistics").getJsonArray("legs").stream()
                .mapToLong(l -> l.asJsonObject().getJsonNumber("lost").longValue()).sum();
        assertThat(lost).as("the fixture's network lost packets").isPositive();
        double seconds = api.getJsonNumber("durationMillis").longValue() / 1000.0;
        try (Browser b = asAdmin()) {
            b.open("/console/recording.xhtml?id=" + lossy);
            b.find(By.cssSelector("#quality-map .map-rows"));
            assertThat(b.has(By.cssSelector("#quality-map .mark.span"))).as("the recorded span").isTrue();
            List<WebElement> lossyLegs = b.waitFor(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#quality-map .mark.leg.loss"));
                return found.isEmpty() ? null : found;
            });
            assertThat(lossyLegs.get(0).getAttribute("aria-label")).contains("packets lost");
            assertThat(b.find(By.cssSelector("#quality-map .map-legend")).getText()).contains("Recorded").contains("packets lost");
            assertThat(b.find(By.cssSelector("#quality-map details.map-text")).getAttribute("textContent"))
                    .contains("packets lost");
            for (WebElement control : b.waitFor(d -> d.findElements(By.cssSelector("#quality-map button")))) {
                assertThat(control.getAttribute("aria-label")).as("every mark has a name").startsWith("Play from");
            }
            b.screenshot("console-recording-quality-map");

            // A mark plays the recording from its time: with the audio in the middle, a lossy leg's mark moves it
            // back to where that leg starts.
            b.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    const a = document.getElementById('audio');
                    if (a.readyState >= 1) { done(); } else { a.addEventListener('loadedmetadata', () => done()); a.load(); }
                    """);
            WebElement last = lossyLegs.get(lossyLegs.size() - 1);
            double at = Double.parseDouble(last.getAttribute("data-at"));
            b.script("document.getElementById('audio').currentTime = arguments[0];", seconds / 2);
            last.click();
            double now = ((Number) b.waitFor(d -> {
                Number t = (Number) b.script("return document.getElementById('audio').currentTime;");
                return Math.abs(t.doubleValue() - at) < 0.05 ? t : null;
            })).doubleValue();
            assertThat(now).isCloseTo(at, within(0.05));
        }
    }
}
