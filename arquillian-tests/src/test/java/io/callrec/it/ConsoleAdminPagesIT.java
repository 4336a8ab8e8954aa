package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.OnDemandCall;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's admin pages beyond the xDR panel, in a real browser ({@link Browser}) against the deployed
 * EAR, as the test server's admin: recordings needing attention (requeue one, bulk requeue, each row's
 * outcome), jobs (run now, their reports and last runs), the dashboard, and the service configuration's
 * accounts and customers (the issue's test: an option the admin changes is what the recording policy then
 * answers the switch), users with their switch tokens, and dialing rules. Who may open them is checked with every other console page in {@link ConsolePagesIT}.
 * Skipped with a message when chromedriver or Chromium is absent.
 */
class ConsoleAdminPagesIT extends DeployedEar {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "it-console2-" + suffix;

    @TempDir
    Path profiles;

    private int browsers;

    @BeforeEach
    void browserAndCustomer() {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
        assertThat(api().put("customers/" + customer, "{\"name\":\"Console\"}").statusCode()).isEqualTo(201);
    }

    private static final String[] ADMIN = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);

    private Browser asAdmin() {
        return new Browser(deployment, profiles.resolve("profile-" + browsers++)).login(ADMIN[0], ADMIN[1]);
    }

    @Test
    void theAdminRequeuesFailedRecordingsAndSeesWhyAPartialOneIsRefused() throws Exception {
        long failed = post(callJson(customer), Captures.signallingOnly());
        long alsoFailed = post(callJson(customer), Captures.signallingOnly());
        long partial = partialRecording();
        assertThat(awaitFinal(failed).getString("state")).isEqualTo("FAILED");
        assertThat(awaitFinal(alsoFailed).getString("state")).isEqualTo("FAILED");
        assertThat(awaitFinal(partial).getString("state")).isEqualTo("PARTIAL");

        try (Browser b = asAdmin()) {
            b.find(By.id("nav-attention")).click();
            b.find(By.cssSelector("tr.recording-" + partial));
            assertThat(b.find(By.cssSelector("tr.recording-" + failed)).getText()).contains("NO_RTP_STREAMS");
            assertThat(b.find(By.cssSelector("tr.recording-" + partial)).getText()).contains("SPANS_OUTSIDE_CAPTURE");
            b.screenshot("console-attention");

            // One: asks first; "No" leaves it as it is, "Yes" queues it.
            b.find(By.cssSelector("button.requeue-" + failed)).click();
            answer(b, "confirm:no");
            assertThat(recording(failed).getString("state")).isEqualTo("FAILED");
            b.waitFor(d -> b.find(By.id("confirm:no")).isDisplayed() ? null : true);
            b.find(By.cssSelector("button.requeue-" + failed)).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.has(By.cssSelector("tr.recording-" + failed + " .outcome-requeued")) ? true : null);
            b.screenshot("console-attention-confirm-done");

            // Bulk: the other FAILED one is queued, the PARTIAL one is refused with the service's reason.
            b.find(By.cssSelector("input.pick-" + alsoFailed)).click();
            b.find(By.cssSelector("input.pick-" + partial)).click();
            b.find(By.id("attention:requeueSelected")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.has(By.cssSelector("tr.recording-" + partial + " .outcome-refused")) ? true : null);
            assertThat(b.find(By.cssSelector("tr.recording-" + partial + " .outcome-refused")).getText())
                    .contains("PARTIAL").contains("only FAILED recordings can be queued again");
            assertThat(b.find(By.cssSelector("tr.recording-" + alsoFailed + " .outcome-requeued")).getText())
                    .contains("requeued");
            b.screenshot("console-attention-bulk");
        }
        // The services did it: both were converted again (and failed again, the capture has no RTP).
        for (long id : new long[] {failed, alsoFailed}) {
            JsonObject r = await(id, j -> j.getString("state").equals("FAILED") && j.getInt("requeues", 0) >= 1);
            assertThat(r.getInt("requeues", 0)).as(r.toString()).isEqualTo(1);
        }
        assertThat(recording(partial).getString("state")).isEqualTo("PARTIAL");
    }

    @Test
    void theAdminRunsJobsNowAndSeesWhatTheyDidAndTheirLastRun() {
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-jobs")).click();
            for (String job : new String[] {"retention-purge", "reconciliation", "orphan-sweep"}) {
                assertThat(b.find(By.cssSelector("section.job-" + job + " button.run-" + job)).getAttribute("aria-label"))
                        .startsWith("Run now");
            }
            b.find(By.cssSelector("button.run-reconciliation")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.has(By.cssSelector(".report-reconciliation")) ? true : null);
            assertThat(b.find(By.cssSelector(".report-reconciliation")).getText())
                    .containsPattern("\\d+ stuck recordings handled|another instance is running");
            assertThat(b.find(By.cssSelector(".job-reconciliation .last-manual-run")).getText())
                    .as("the run just made is the last one the audit log has").contains("by " + ADMIN[0]);

            b.find(By.cssSelector("button.run-orphan-sweep")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.has(By.cssSelector(".report-orphan-sweep")) ? true : null);
            assertThat(b.find(By.cssSelector(".report-orphan-sweep")).getText()).contains("orphan files deleted")
                    .contains("recordings are missing their audio");
            assertThat(b.find(By.cssSelector(".job-orphan-sweep .last-holder")).getText()).isNotEqualTo("never run");
            b.screenshot("console-jobs");
        }
        assertThat(ApiClient.json(api().get("audit?user=" + ADMIN[0]).body()).toString()).contains("maintenance-job");
    }

    @Test
    void theDashboardCountsRecordingsByStateTheQueueFailuresStorageAndConversionsPerHour() throws Exception {
        long failed = post(callJson(customer), Captures.signallingOnly());
        long available = post(callJson(customer), Captures.twoLegCall());
        assertThat(awaitFinal(failed).getString("state")).isEqualTo("FAILED");
        assertThat(awaitFinal(available).getString("state")).isEqualTo("AVAILABLE");

        try (Browser b = asAdmin()) {
            b.find(By.id("nav-dashboard")).click();
            b.find(By.id("dashboard:conversions"));
            assertThat(Long.parseLong(b.find(By.cssSelector("tbody td.today-AVAILABLE")).getText().replaceAll("\\D", "")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(Long.parseLong(b.find(By.cssSelector("tbody td.week-FAILED")).getText().replaceAll("\\D", "")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(b.find(By.cssSelector("[id='dashboard:reasons']")).getText()).contains("NO_RTP_STREAMS");
            assertThat(b.find(By.id("queue-waiting")).getText()).matches("\\d+");
            assertThat(b.find(By.id("storage-used")).getText()).matches("[\\d.]+ (B|kB|MB|GB|TB|PB)");
            assertThat(b.find(By.cssSelector("[id='dashboard:storage-free']")).getText()).contains("free of");
            // The chart is drawn (a canvas) from the same figures the table beside it lists, hour by hour.
            b.waitFor(d -> b.has(By.cssSelector("[id='dashboard:conversions'] canvas")) ? true : null);
            long converted = (Long) b.script("""
                    return Array.from(document.querySelectorAll("[id='dashboard:hours'] tbody tr"))
                        .map(tr => Number(tr.cells[1].textContent) + Number(tr.cells[2].textContent))
                        .reduce((a, n) => a + n, 0);""");
            assertThat(converted).isGreaterThanOrEqualTo(2);
            b.screenshot("console-dashboard");
        }
    }

    @Test
    void adminChangesAnAccountOptionAndTheRecordingPolicyAnswersAccordingly() {
        String account = accountOnOwnProduct(customer, "policy-" + suffix, "{\"autoRecordOutgoing\":true}");
        String switchLogin = "sw-" + suffix;
        String switchPassword = "switch-password-" + suffix;
        assertThat(api().put("users/" + switchLogin, "{\"role\":\"switch\",\"password\":\"" + switchPassword + "\"}")
                .statusCode()).isEqualTo(201);
        ApiClient sbc = api().anonymous().as(switchLogin, switchPassword);
        assertThat(policy(sbc, account, "incoming").getBoolean("record")).as("inherits off from its product").isFalse();

        try (Browser b = asAdmin()) {
            b.find(By.id("nav-accounts")).click();
            b.find(By.id("search:text")).sendKeys(account);
            b.find(By.id("search:submit")).click();
            b.waitFor(d -> b.has(By.cssSelector("tr.account-" + account)) && !b.has(By.cssSelector("tbody tr:nth-child(2)"))
                    ? true : null);
            b.screenshot("console-accounts");
            b.find(By.cssSelector("a.edit-" + account)).click();
            assertThat(b.find(By.cssSelector("fieldset.option-autoRecordIncoming .effective-value")).getText()).isEqualTo("off");
            assertThat(b.find(By.cssSelector("fieldset.option-autoRecordOutgoing .effective-value")).getText()).isEqualTo("on");

            // A wrong e-mail address is refused next to its field, and nothing is saved.
            b.find(By.id("account:email")).sendKeys("not-an-address");
            b.find(By.cssSelector("fieldset.option-autoRecordIncoming input[value='ON']")).click();
            b.find(By.id("account:save")).click();
            b.waitFor(d -> b.has(By.cssSelector(".field-error")) ? true : null);
            assertThat(b.find(By.cssSelector(".field-error")).getText()).contains("e-mail address");
            assertThat(policy(sbc, account, "incoming").getBoolean("record")).isFalse();
            b.screenshot("console-account-invalid");

            b.find(By.id("account:email")).clear();
            b.find(By.id("account:email")).sendKeys("owner@example.com");
            b.find(By.id("account:save")).click();
            b.waitFor(d -> b.pageSource().contains("Account " + account + " is saved") ? true : null);
            assertThat(b.find(By.cssSelector("fieldset.option-autoRecordIncoming .effective-value")).getText()).isEqualTo("on");
            b.screenshot("console-account");
        }
        assertThat(policy(sbc, account, "incoming").getBoolean("record")).as("the option the admin turned on").isTrue();
        JsonObject stored = ApiClient.json(api().get("accounts/" + account).body());
        assertThat(stored.getString("email")).isEqualTo("owner@example.com");
        assertThat(stored.getJsonObject("serviceConfiguration").getString("autoRecordIncoming")).isEqualTo("on");
    }

    @Test
    void adminChangesACustomersOutputFormatAndItsRetentionAfterAConfirmation() {
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-customers")).click();
            b.open("/console/customer.xhtml?id=" + customer);
            new Select(b.find(By.id("customer:outputFormat"))).selectByValue("mp3");
            b.find(By.id("customer:save")).click();
            b.waitFor(d -> b.pageSource().contains("Customer " + customer + " is saved") ? true : null);

            b.find(By.id("retention:days")).sendKeys("2000");
            b.find(By.id("retention:save")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.pageSource().contains("from 1 to 1095") ? true : null);
            b.settle();
            b.find(By.id("retention:days")).clear();
            b.find(By.id("retention:days")).sendKeys("30");
            b.waitFor(d -> "30".equals(b.find(By.id("retention:days")).getAttribute("value")) ? true : null);
            b.find(By.id("retention:save")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.pageSource().contains("The retention of customer " + customer + " is set") ? true : null);
            assertThat(b.find(By.cssSelector(".retention-in-force")).getText()).contains("30 days");
            b.screenshot("console-customer");
            b.open("/console/customers.xhtml");
            b.find(By.cssSelector("tr.customer-" + customer));
            b.screenshot("console-customers");
        }
        assertThat(ApiClient.json(api().get("customers/" + customer).body()).getString("outputFormat")).isEqualTo("mp3");
        assertThat(ApiClient.json(api().get("customers/" + customer + "/retention").body()).getInt("days")).isEqualTo(30);
    }

    @Test
    void adminCreatesASwitchUserIssuesAndRevokesItsTokenAndDeletesIt() {
        String login = "sw-page-" + suffix;
        String bearer;
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-users")).click();
            b.find(By.id("user:login")).sendKeys(login);
            new Select(b.find(By.id("user:role"))).selectByValue("SWITCH");
            b.find(By.id("user:password")).sendKeys("short");
            b.find(By.id("user:save")).click();
            b.waitFor(d -> b.has(By.cssSelector("#user .field-error")) ? true : null);
            assertThat(b.find(By.cssSelector("#user .field-error")).getText()).contains("at least 10 characters");
            assertThat(api().get("users/" + login).statusCode()).isEqualTo(404);

            b.find(By.id("user:password")).sendKeys("a long switch password");
            b.find(By.id("user:save")).click();
            b.waitFor(d -> b.pageSource().contains("User " + login + " is created") ? true : null);
            b.find(By.cssSelector("button.tokens-" + login)).click();
            b.find(By.id("tokens:name")).sendKeys("pbx1");
            b.find(By.id("tokens:issue")).click();
            bearer = b.find(By.id("issued-bearer")).getText();
            b.screenshot("console-users");
            assertThat(api().anonymous().bearer(bearer).get("users/me").statusCode()).as("the issued token works").isEqualTo(200);

            b.find(By.cssSelector("button[class*='revoke-']")).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.pageSource().contains("is revoked") ? true : null);
            assertThat(api().anonymous().bearer(bearer).get("users/me").statusCode()).as("revoked").isEqualTo(401);

            b.find(By.cssSelector("button.delete-" + login)).click();
            answer(b, "confirm:yes");
            b.waitFor(d -> b.pageSource().contains("User " + login + " is deleted") ? true : null);
        }
        assertThat(api().get("users/" + login).statusCode()).isEqualTo(404);
    }

    @Test
    void adminCreatesADialingRuleAndAWrongCodeIsRefusedNextToItsField() {
        String rule = "rule-" + suffix;
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-rules")).click();
            b.find(By.id("rule:id")).sendKeys(rule);
            b.find(By.id("rule:name")).sendKeys("PBX " + suffix);
            b.find(By.id("rule:startCode")).sendKeys("*4x");
            b.find(By.id("rule:save")).click();
            b.waitFor(d -> b.has(By.cssSelector("#rule .field-error")) ? true : null);
            assertThat(api().get("dialing-rules/" + rule).statusCode()).isEqualTo(404);

            b.find(By.id("rule:startCode")).clear();
            b.find(By.id("rule:startCode")).sendKeys("*77");
            b.find(By.id("rule:save")).click();
            b.waitFor(d -> b.pageSource().contains("Dialing rule " + rule + " is created") ? true : null);
            b.find(By.cssSelector("tr.rule-" + rule));
            b.screenshot("console-dialing-rules");
        }
        JsonObject stored = ApiClient.json(api().get("dialing-rules/" + rule).body());
        assertThat(stored.toString()).contains("*77").contains("*45");
    }

    private static JsonObject policy(ApiClient sbc, String account, String direction) {
        var answer = sbc.get("recording-policy?account=" + account + "&direction=" + direction);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.json(answer.body());
    }

    /** Clicks a button of the confirmation dialog once it shows. */
    static void answer(Browser b, String button) {
        b.waitFor(d -> {
            WebElement e = d.findElement(By.id(button));
            return e.isDisplayed() ? e : null;
        }).click();
    }

    /**
     * A PARTIAL recording: an on-demand call whose capture holds neither its INVITE nor its answer, so the
     * switch's span (17 s to 22 s of a 20 s capture) is partly outside the captured call.
     */
    private long partialRecording() {
        String account = accountOnOwnProduct(customer, "partial-" + suffix, "{\"allowManualStartStop\":true}");
        Instant firstPacket = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).plusMillis(480);
        Instant connect = firstPacket.plusSeconds(12);
        String call = """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"%s",
                 "callingNumber":"100","calledNumber":"200","direction":"outgoing",
                 "connectTime":"%s","disconnectTime":"%s","controlEvents":[
                 {"at":"%s","action":"start","source":"*44"},{"at":"%s","action":"stop","source":"*45"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), account, customer, connect, connect.plusSeconds(20),
                connect.plusSeconds(5), connect.plusSeconds(10));
        long nanos = firstPacket.getEpochSecond() * 1_000_000_000L + firstPacket.getNano();
        return post(call, Captures.written(new OnDemandCall(nanos, 20_000).setupNotCaptured()
                .dtmfRelay(1000, '5', true)::write));
    }
}
