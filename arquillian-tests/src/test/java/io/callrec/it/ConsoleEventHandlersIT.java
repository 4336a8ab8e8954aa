package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, the console's web event handlers page ({@code /console/event-handlers.xhtml}) in a real browser
 * ({@link Browser}) as the test server's admin, against a real receiver on a free loopback port
 * ({@link EventReceiver}, allowed through WebEvents.AllowedHosts as in {@link WebEventsIT}): a URL that is
 * not http or https and a host outside the allow-list are refused next to the URL field, no event ticked
 * next to the events, and nothing is stored;
 * a saved handler is listed, a call's outcome reaches the receiver and shows in the handler's deliveries,
 * Replay sends the same event id again; a handler whose receiver keeps failing is shown FAILING (the test
 * server counts a handler failing after 2 s of failures, {@code callrec.webevents.failing-after-ms} in
 * arquillian.xml) with since when and the last error, and is deleted after a confirmation. Everything is read
 * back through the API. Who may open the page is checked with every console page in {@link ConsolePagesIT}.
 * Skipped with a message when chromedriver or Chromium is absent.
 */
class ConsoleEventHandlersIT extends DeployedEar {

    private static final String[] ADMIN = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);

    private static EventReceiver receiver;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String secret = "whsec-" + UUID.randomUUID();

    @TempDir
    Path profiles;

    private int browsers;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new EventReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @BeforeEach
    void browserAndAllowList() {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
        boolean mail = ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled");
        HttpResponse<String> put = api().put("settings", "{\"RecordsDelivery.Enabled\":" + mail
                + ",\"WebEvents.AllowedHosts\":\"127.0.0.1\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    private Browser asAdmin() {
        return new Browser(deployment, profiles.resolve("profile-" + browsers++)).login(ADMIN[0], ADMIN[1]);
    }

    @Test
    void adminRegistersAHandlerSeesItsDeliveryAndReplaysTheSameEvent() throws Exception {
        String customer = customer();
        String handler = "ch-" + suffix;
        String path = "/console-" + suffix;
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-handlers")).click();
            b.find(By.id("handler:id")).sendKeys(handler);
            b.find(By.id("handler:url")).sendKeys("ftp://127.0.0.1/hook");
            b.find(By.id("handler:secret")).sendKeys(secret);
            b.find(By.id("handler:customer")).sendKeys(customer);
            assertThat(b.find(By.cssSelector("#handler .secret-state")).getText()).isEqualTo("Stored secret: not set");
            save(b);
            assertThat(urlError(b)).contains("must be http or https, not 'ftp'");

            b.find(By.id("handler:url")).clear();
            b.find(By.id("handler:url")).sendKeys("http://10.1.2.3/hook");
            b.find(By.id("handler:secret")).sendKeys(secret);
            save(b);
            assertThat(urlError(b)).contains("'10.1.2.3' is not in the allow-list WebEvents.AllowedHosts");
            assertThat(api().get("event-handlers/" + handler).statusCode()).as("nothing was stored").isEqualTo(404);
            b.screenshot("console-event-handlers-refused");

            b.find(By.id("handler:url")).clear();
            b.find(By.id("handler:url")).sendKeys(receiver.url(path));
            b.find(By.id("handler:secret")).sendKeys(secret);
            save(b);
            assertThat(b.find(By.xpath("//*[@id='handler:events']/following-sibling::*[contains(@class,'field-error')]"))
                    .getText()).contains("must name at least one of");
            assertThat(b.has(By.xpath("//input[@id='handler:url']/following-sibling::*[contains(@class,'field-error')]")))
                    .as("the URL is accepted now").isFalse();

            event(b, "NewCallRecordingIsAvailable").click();
            event(b, "CallRecordingFailed").click();
            b.find(By.id("handler:secret")).sendKeys(secret);
            b.find(By.id("handler:save")).click();
            b.waitFor(d -> b.pageSource().contains("Web event handler " + handler + " is created") ? true : null);
            String row = "tr.handler-" + handler;
            assertThat(b.find(By.cssSelector(row + " td.url")).getText()).contains(receiver.url(path));
            assertThat(b.find(By.cssSelector(row + " .customer")).getText()).isEqualTo(customer);
            assertThat(b.find(By.cssSelector(row + " .state")).getText()).isEqualTo("active");
            assertThat(b.find(By.cssSelector(row + " .last-delivered")).getText()).isEqualTo("never");
            assertThat(b.find(By.cssSelector(row + " .events")).getText()).contains("NewCallRecordingIsAvailable")
                    .contains("CallRecordingFailed");
            assertThat(b.find(By.cssSelector("#handler .secret-state")).getText()).isEqualTo("Stored secret: set");
            assertThat(b.find(By.id("handler:secret")).getAttribute("value")).as("write-only").isEmpty();

            JsonObject stored = ApiClient.json(api().get("event-handlers/" + handler).body());
            assertThat(stored.getString("url")).isEqualTo(receiver.url(path));
            assertThat(stored.getString("customer")).isEqualTo(customer);
            assertThat(stored.getString("secret")).isEqualTo("set");
            assertThat(stored.getJsonArray("events").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .containsExactlyInAnyOrder("NewCallRecordingIsAvailable", "CallRecordingFailed");

            // A call's outcome reaches the receiver; the page shows the delivery and replays the event.
            long recording = postCall(customer);
            awaitFinal(recording);
            await("the receiver got the recording's event", () -> receiver.at(path).stream().anyMatch(r -> r.answered() == 200
                    && ApiClient.json(r.body()).getJsonObject("data").getJsonNumber("recordingId").longValue() == recording));
            long eventId = ApiClient.json(receiver.at(path).get(0).body()).getJsonNumber("id").longValue();
            await("the API shows the handler delivered", () -> ApiClient.json(api().get("event-handlers/" + handler).body())
                    .containsKey("lastDeliveredAt"));

            b.find(By.id("handlers:refresh")).click();
            b.waitFor(d -> b.find(By.cssSelector(row + " .last-delivered")).getText().equals("never") ? null : true);
            assertThat(b.find(By.cssSelector(row + " .waiting")).getText()).isEqualTo("0");
            b.find(By.cssSelector("button.deliveries-" + handler)).click();
            WebElement attempt = b.find(By.cssSelector("tr.delivery-event-" + eventId));
            assertThat(attempt.findElement(By.cssSelector(".status")).getText()).isEqualTo("HTTP 200");
            assertThat(attempt.findElement(By.cssSelector("td.reply")).getText()).contains("thanks");
            assertThat(b.unlabelledControls()).as("controls without a label").isEmpty();
            assertThat(b.sidewaysOverflow())
                    .as("no sideways scrolling on a desktop").isLessThanOrEqualTo(0);
            b.screenshot("console-event-handlers");
            b.script("document.getElementById('deliveries').scrollIntoView();");
            b.screenshot("console-event-handlers-deliveries");

            int before = receiver.at(path).size();
            b.find(By.cssSelector("button.replay-" + eventId)).click();
            b.waitFor(d -> b.pageSource().contains("Event " + eventId + " was sent again: HTTP 200") ? true : null);
            assertThat(receiver.at(path)).hasSize(before + 1);
            assertThat(ApiClient.json(receiver.at(path).get(before).body()).getJsonNumber("id").longValue())
                    .as("the same event id again").isEqualTo(eventId);
            b.waitFor(d -> d.findElements(By.cssSelector("tr.delivery-event-" + eventId)).size() == 2 ? true : null);
            assertThat(b.find(By.cssSelector("tr.delivery-event-" + eventId + " .replay-mark")).getText()).contains("replay");

            // Changing it: Edit fills the form, the empty secret field keeps the stored secret.
            b.find(By.cssSelector("button.edit-" + handler)).click();
            b.settle();
            b.waitFor(d -> b.find(By.id("handler:id")).getAttribute("value").equals(handler) ? true : null);
            event(b, "CallRecordingFailed").click();
            b.find(By.id("handler:save")).click();
            b.waitFor(d -> b.pageSource().contains("Web event handler " + handler + " is changed") ? true : null);
            assertThat(b.find(By.cssSelector(row + " .events")).getText()).doesNotContain("CallRecordingFailed");
            assertThat(ApiClient.json(api().get("event-handlers/" + handler).body()).getJsonArray("events").toString())
                    .isEqualTo("[\"NewCallRecordingIsAvailable\"]");
            assertThat(api().post("event-handlers/" + handler + "/deliveries/" + eventId + "/replay").statusCode()).isEqualTo(200);
            assertThat(signedWith(receiver.at(path).get(receiver.at(path).size() - 1), secret))
                    .as("the secret was kept").isTrue();

            b.resize(390, 844);
            assertThat(b.sidewaysOverflow())
                    .as("no sideways scrolling at a phone's width").isLessThanOrEqualTo(0);
            assertThat(b.unlabelledControls()).as("controls without a label at a phone's width").isEmpty();
            b.script("arguments[0].scrollIntoView();", b.find(By.cssSelector(row)));
            b.screenshot("console-event-handlers-phone");
            b.script("document.getElementById('deliveries').scrollIntoView();");
            b.screenshot("console-event-handlers-deliveries-phone");
        }
        JsonObject newest = ApiClient.json(api().get("event-handlers/" + handler + "/deliveries?limit=1").body())
                .getJsonArray("items").getJsonObject(0);
        assertThat(newest.getJsonNumber("eventId").longValue()).isEqualTo(
                ApiClient.json(receiver.at(path).get(0).body()).getJsonNumber("id").longValue());
        assertThat(newest.getBoolean("replay")).isTrue();
        assertThat(newest.getInt("status")).isEqualTo(200);
        assertThat(ApiClient.json(api().get("event-handlers/" + handler).body()).getString("state")).isEqualTo("OK");
    }

    @Test
    void aHandlerWhoseReceiverKeepsFailingIsShownFailingAndIsDeletedAfterAConfirmation() throws Exception {
        String customer = customer();
        String handler = "cf-" + suffix;
        String path = "/failing-" + suffix;
        receiver.fail(path, true);
        try {
            HttpResponse<String> put = api().put("event-handlers/" + handler, "{\"url\":\"" + receiver.url(path)
                    + "\",\"secret\":\"" + secret + "\",\"events\":[\"NewCallRecordingIsAvailable\"],\"customer\":\""
                    + customer + "\"}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            awaitFinal(postCall(customer));
            await("the API shows the handler FAILING", () -> ApiClient.json(api().get("event-handlers/" + handler).body())
                    .getString("state").equals("FAILING"));

            try (Browser b = asAdmin()) {
                b.open("/console/event-handlers.xhtml");
                String row = "tr.handler-" + handler;
                assertThat(b.find(By.cssSelector(row)).getAttribute("class")).contains("handler-failing");
                assertThat(b.find(By.cssSelector(row + " .state")).getText()).startsWith("FAILING since ")
                        .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
                assertThat(b.find(By.cssSelector(row + " .last-error")).getText()).isEqualTo("Last error: HTTP 500");
                assertThat(b.find(By.cssSelector(row + " .waiting")).getText()).isEqualTo("1");
                assertThat(b.find(By.cssSelector(row + " .last-delivered")).getText()).isEqualTo("never");
                b.screenshot("console-event-handlers-failing");

                b.find(By.cssSelector("button.delete-" + handler)).click();
                ConsoleAdminPagesIT.answer(b, "confirm:no");
                b.waitFor(d -> b.find(By.id("confirm:no")).isDisplayed() ? null : true);
                assertThat(api().get("event-handlers/" + handler).statusCode()).as("kept after No").isEqualTo(200);
                b.find(By.cssSelector("button.delete-" + handler)).click();
                ConsoleAdminPagesIT.answer(b, "confirm:yes");
                b.waitFor(d -> b.pageSource().contains("Web event handler " + handler + " is deleted") ? true : null);
                assertThat(b.has(By.cssSelector(row))).isFalse();
            }
            assertThat(api().get("event-handlers/" + handler).statusCode()).isEqualTo(404);
        } finally {
            receiver.fail(path, false);
        }
    }

    /** Whether the request's Callrec-Signature is the HMAC-SHA256 of "t.body" with {@code key}. */
    private static boolean signedWith(EventReceiver.Received r, String key) throws Exception {
        String t = r.signature().replaceAll(".*t=(\\d+).*", "$1");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + r.body())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return r.signature().endsWith("v1=" + expected);
    }

    private static WebElement event(Browser b, String type) {
        return b.find(By.cssSelector("input[name='handler:events'][value='" + type + "']"));
    }

    /** Saves the form and waits for its answer (the form is rendered again, the old elements go stale). */
    private static void save(Browser b) {
        b.script("document.getElementById('handler:save').setAttribute('data-stale', 'true');");
        b.find(By.id("handler:save")).click();
        b.waitFor(d -> b.has(By.cssSelector("[id='handler:save'][data-stale]")) ? null : true);
    }

    /** The refusal shown next to the URL field (the message right after its input). */
    private static String urlError(Browser b) {
        return b.find(By.xpath("//input[@id='handler:url']/following-sibling::*[contains(@class,'field-error')]")).getText();
    }

    /** A customer with a recording product; its first account has the customer's id. */
    private String customer() {
        String id = "ceh-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().put("customers/" + id, "{\"name\":\"console web events\"}"));
        ok(api().put("products/" + id, "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
        ok(api().put("accounts/" + id, "{\"customer\":\"" + id + "\",\"product\":\"" + id + "\"}"));
        return id;
    }

    private long postCall(String customer) {
        HttpResponse<String> posted = api().postCall(callJson(customer, Instant.now().minus(Duration.ofHours(1)), customer,
                "outgoing"), Captures.twoLegCall());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return ApiClient.json(posted.body()).getJsonNumber("recordingId").longValue();
    }
}
