package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.ImpairedCall;
import io.callrec.media.testkit.NetworkImpairment;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The console's recording page in a real browser ({@link Browser}) as the test server's admin, on a
 * fixture call whose two directions crossed a lossy network: the e-mail and export states the API's
 * recording view shows. Skipped with a message when chromedriver or Chromium is absent.
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
        JsonObject mail = api.getJsonObject("mail");
        JsonObject export = api.getJsonObject("export");
        try (Browser b = asAdmin()) {
            b.open("/console/recording.xhtml?id=" + lossy);
            assertThat(b.find(By.id("mail-state")).getText()).isEqualTo(mail.getString("state"));
            assertThat(b.find(By.id("mail-attempts")).getText()).isEqualTo(String.valueOf(mail.getInt("attempts")));
            assertThat(b.find(By.id("mail-last-error")).getText())
                    .isEqualTo(mail.isNull("lastError") ? "—" : mail.getString("lastError"));
            assertThat(b.find(By.id("mail-sent-at")).getText()).isEqualTo(mail.isNull("sentAt") ? "—" : mail.getString("sentAt"));
            assertThat(b.find(By.id("export-state")).getText()).isEqualTo(export.getString("state"));
            assertThat(b.find(By.id("export-attempts")).getText()).isEqualTo(String.valueOf(export.getInt("attempts")));
            assertThat(b.find(By.id("export-path")).getText()).isEqualTo(export.getString("path", "—"));
            b.screenshot("console-recording-deliveries");
        }
    }
}
