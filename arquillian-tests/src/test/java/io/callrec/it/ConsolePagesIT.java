package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The console and self-care pages in a real browser (headless Chromium through WebDriver, see
 * {@link Browser}) against the deployed EAR, on the access tests' small world ({@link AccessWorld}: an
 * owner account whose role lets its end user choose "show to myself only", a colleague, its customer's
 * user, another customer's account, and one AVAILABLE recording of the owner's call). Skipped with a
 * message when chromedriver or Chromium is absent (.ci/run installs both).
 */
class ConsolePagesIT extends DeployedEar {

    /** Every page of the console: each must refuse a non-admin, whatever the menu shows. */
    static final List<String> CONSOLE_PAGES = List.of("/console/", "/console/index.xhtml", "/console/xdrs.xhtml",
            "/console/recording.xhtml?id=1", "/console/attention.xhtml", "/console/jobs.xhtml",
            "/console/accounts.xhtml", "/console/account.xhtml?id=1", "/console/customers.xhtml",
            "/console/customer.xhtml?id=1", "/console/users.xhtml", "/console/dialing-rules.xhtml",
            "/console/customer-classes.xhtml", "/console/products.xhtml", "/console/access-roles.xhtml",
            "/console/settings.xhtml", "/console/event-handlers.xhtml");
    static final List<String> SELFCARE_PAGES = List.of("/selfcare/", "/selfcare/index.xhtml", "/selfcare/calls.xhtml",
            "/selfcare/options.xhtml", "/selfcare/recording.xhtml?id=1");

    private static AccessWorld world;

    @TempDir
    Path profiles;

    private int browsers;

    @BeforeEach
    void world() throws InterruptedException {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
        synchronized (ConsolePagesIT.class) {
            if (world == null) {
                world = AccessWorld.create(api());
            }
        }
    }

    private Browser browser() {
        return new Browser(deployment, profiles.resolve("profile-" + browsers++));
    }

    private String admin() {
        return System.getProperty("callrec.it.admin", "it-admin:it-admin-password");
    }

    private Browser asAdmin() {
        String[] admin = admin().split(":", 2);
        return browser().login(admin[0], admin[1]);
    }

    private Browser as(String login) {
        return browser().login(login, world.password(login));
    }

    @Test
    void anonymousConsoleAndSelfCarePagesShowTheLoginPage() {
        try (Browser b = browser()) {
            for (String page : concat(CONSOLE_PAGES, SELFCARE_PAGES)) {
                b.open(page);
                assertThat(b.has(By.id("login:username"))).as(page + " shows the login form").isTrue();
                assertThat(b.pageSource()).as(page).doesNotContain("xdr-" + world.xdrId);
            }
            b.open("/login.xhtml");
            b.screenshot("login");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhy() {
        try (Browser b = browser()) {
            b.login("u-" + world.owner, "not-the-password");
            assertThat(b.url()).doesNotContain("/selfcare/");
            assertThat(b.find(By.cssSelector(".ui-messages-error")).getText()).contains("Invalid login or password");
            b.login("no-such-login-" + world.suffix, "whatever-password");
            assertThat(b.find(By.cssSelector(".ui-messages-error")).getText()).contains("Invalid login or password");
        }
    }

    @Test
    void adminPlaysTheRecordingFromTheXdrPanelAndSeeksInIt() {
        JsonObject recording = ApiClient.json(api().get("recordings/" + world.recording).body());
        double seconds = recording.getJsonNumber("durationMillis").longValue() / 1000.0;
        try (Browser b = asAdmin()) {
            assertThat(b.url()).contains("/console/xdrs.xhtml");
            b.find(By.id("search:account")).sendKeys(world.owner);
            submit(b);
            b.waitFor(d -> b.has(By.cssSelector("tr.xdr-" + world.xdrId)) ? true : null);
            b.screenshot("console-xdr-panel");

            b.find(By.cssSelector("button.play-" + world.xdrId)).click();
            b.find(By.id("audio"));
            assertThat(b.script("return document.getElementById('audio').getAttribute('src')").toString())
                    .contains("/api/v1/recordings/" + world.recording + "/audio?").contains("sig=");
            double duration = ((Number) b.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    const a = document.getElementById('audio');
                    const report = () => done(a.duration);
                    if (a.readyState >= 1) { report(); } else { a.addEventListener('loadedmetadata', report); a.load(); }
                    """)).doubleValue();
            assertThat(duration).isCloseTo(seconds, within(0.05));

            // Seeking: the browser asks for the byte range of the new position (the audio resource honours Range).
            @SuppressWarnings("unchecked")
            Map<String, Object> seek = (Map<String, Object>) b.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    const a = document.getElementById('audio');
                    a.addEventListener('seeked', () => done({at: a.currentTime,
                        seekableEnd: a.seekable.length ? a.seekable.end(a.seekable.length - 1) : -1}), {once: true});
                    a.currentTime = arguments[0];
                    """, seconds / 2);
            assertThat(((Number) seek.get("at")).doubleValue()).isCloseTo(seconds / 2, within(0.1));
            assertThat(((Number) seek.get("seekableEnd")).doubleValue()).isCloseTo(seconds, within(0.05));
            b.screenshot("console-xdr-panel-player");

            b.find(By.cssSelector("a.details-" + world.xdrId)).click();
            b.find(By.id("fact-sha256"));
            assertThat(b.find(By.id("fact-sha256")).getText()).isEqualTo(recording.getString("sha256"));
            assertThat(b.find(By.id("fact-state")).getText()).isEqualTo("AVAILABLE");
            assertThat(b.find(By.id("fact-size")).getText()).isEqualTo(recording.getJsonNumber("sizeBytes").toString());
            assertThat(b.find(By.cssSelector(".legs .codecs")).getText()).isNotBlank();
            assertThat(b.has(By.id("audio"))).isTrue();
            b.screenshot("console-recording");
        }
    }

    @Test
    void theXdrPanelSearchesByState() {
        try (Browser b = asAdmin()) {
            b.find(By.id("search:account")).sendKeys(world.owner);
            new org.openqa.selenium.support.ui.Select(b.find(By.id("search:state"))).selectByValue("FAILED");
            submit(b);
            b.waitFor(d -> b.pageSource().contains("No calls match") ? true : null);
            assertThat(b.has(By.cssSelector("tr.xdr-" + world.xdrId))).isFalse();
            new org.openqa.selenium.support.ui.Select(b.find(By.id("search:state"))).selectByValue("AVAILABLE");
            submit(b);
            b.waitFor(d -> b.has(By.cssSelector("tr.xdr-" + world.xdrId)) ? true : null);
        }
    }

    @Test
    void customerAndAccountUsersCannotOpenAnyConsolePage() {
        for (String login : List.of("u-" + world.customerA, "u-" + world.owner)) {
            try (Browser b = as(login)) {
                assertThat(b.url()).as(login).contains("/selfcare/calls.xhtml");
                for (String page : CONSOLE_PAGES) {
                    assertThat(b.status(page)).as(login + " " + page).isEqualTo(403);
                    b.open(page);
                    assertThat(b.has(By.id("forbidden"))).as(login + " " + page).isTrue();
                    assertThat(b.pageSource()).as(login + " " + page).doesNotContain("search:state");
                }
                b.screenshot("forbidden");
            }
        }
    }

    @Test
    void theAdminCannotOpenTheSelfCarePages() {
        try (Browser b = asAdmin()) {
            for (String page : SELFCARE_PAGES) {
                assertThat(b.status(page)).as(page).isEqualTo(403);
            }
        }
    }

    @Test
    void anEndUserCannotOpenAnotherAccountsCallByEditingTheUrl() {
        String page = "/selfcare/recording.xhtml?id=" + world.recording;
        try (Browser owner = as("u-" + world.owner)) {
            owner.open(page);
            assertThat(owner.find(By.id("fact-state")).getText()).isEqualTo("AVAILABLE");
            assertThat(owner.has(By.id("audio"))).isTrue();
            owner.screenshot("selfcare-recording");
        }
        for (String login : List.of("u-" + world.colleague, "u-" + world.other)) {
            try (Browser b = as(login)) {
                assertThat(b.status(page)).as(login).isEqualTo(404);
                b.open(page);
                assertThat(b.has(By.id("not-found"))).as(login).isTrue();
                assertThat(b.has(By.id("audio"))).as(login).isFalse();
                assertThat(b.pageSource()).as(login).doesNotContain("sig=");
                b.screenshot("selfcare-recording-not-found");
            }
        }
    }

    @Test
    void theOwnerKeepsTheRecordingToItselfAndTheCustomerNoLongerListsItWhileTheAdminStillDoes() {
        try (Browser customer = as("u-" + world.customerA)) {
            customer.find(By.id("search:account")).sendKeys(world.owner);
            submit(customer);
            customer.waitFor(d -> customer.has(By.cssSelector("tr.xdr-" + world.xdrId)) ? true : null);
            customer.find(By.cssSelector("button.play-" + world.xdrId));
            customer.screenshot("selfcare-calls-customer");
        }
        try {
            try (Browser owner = as("u-" + world.owner)) {
                owner.find(By.id("nav-options")).click();
                owner.find(By.cssSelector("fieldset.option-showToMyselfOnly input[value='ON']")).click();
                owner.find(By.id("options:save")).click();
                owner.waitFor(d -> owner.pageSource().contains("Your recording options are saved") ? true : null);
                assertThat(owner.find(By.cssSelector("fieldset.option-showToMyselfOnly .effective-value")).getText())
                        .isEqualTo("on");
                owner.screenshot("selfcare-options");
                owner.find(By.id("nav-calls")).click();
                owner.find(By.cssSelector("button.play-" + world.xdrId));
                owner.resize(390, 844);
                owner.screenshot("selfcare-calls-phone");
            }
            try (Browser customer = as("u-" + world.customerA)) {
                assertThat(customer.pageSource()).doesNotContain("xdr-" + world.xdrId);
                customer.open("/selfcare/options.xhtml?account=" + world.owner);
                assertThat(customer.find(By.cssSelector("fieldset.option-showToMyselfOnly input[value='ON']"))
                        .isEnabled()).as("a customer user may not change the owner's privacy choice").isFalse();
                customer.open("/selfcare/recording.xhtml?id=" + world.recording);
                assertThat(customer.has(By.id("not-found"))).isTrue();
            }
            try (Browser admin = asAdmin()) {
                admin.find(By.id("search:account")).sendKeys(world.owner);
                submit(admin);
                admin.waitFor(d -> admin.has(By.cssSelector("button.play-" + world.xdrId)) ? true : null);
            }
        } finally {
            world.ownerKeepsRecordingsPrivate(false);
        }
    }

    @Test
    void myCallsAreSearchedByNumberAndDate() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        try (Browser b = as("u-" + world.owner)) {
            search(b, "14155550199", null, null);
            b.waitFor(d -> b.has(By.cssSelector("tr.xdr-" + world.xdrId)) ? true : null);
            search(b, "19995550000", null, null);
            b.waitFor(d -> b.pageSource().contains("No calls match") ? true : null);
            // The call connected an hour ago: it is not in "from tomorrow", it is in "yesterday to today".
            search(b, "", tomorrow, "");
            b.waitFor(d -> b.pageSource().contains("No calls match") ? true : null);
            search(b, "", java.time.LocalDate.parse(today).minusDays(1).toString(), today);
            b.waitFor(d -> b.has(By.cssSelector("tr.xdr-" + world.xdrId)) ? true : null);
        }
    }

    /**
     * Submits the search form and waits until Ajax has replaced the list: the list shown before may hold the
     * row looked for too, and an element found in it goes stale under the test's hands.
     */
    private static void submit(Browser b) {
        b.find(By.id("search:submit"));
        b.script("document.getElementById('calls:table').setAttribute('data-stale', 'true');"
                + "document.getElementById('search:submit').click();");
        b.waitFor(d -> b.has(By.cssSelector("[id='calls:table'][data-stale]")) ? null : true);
    }

    /** Fills the search form (null leaves a field as it is) and submits it; the list is replaced by Ajax. */
    private static void search(Browser b, String number, String from, String to) {
        b.find(By.id("search:submit"));
        b.script("""
                const set = (id, v) => { if (v !== null) { document.getElementById(id).value = v; } };
                set('search:number', arguments[0]); set('search:from', arguments[1]); set('search:to', arguments[2]);
                document.getElementById('calls:table').setAttribute('data-stale', 'true');
                document.getElementById('search:submit').click();
                """, number, from, to);
        b.waitFor(d -> b.has(By.cssSelector("[id='calls:table'][data-stale]")) ? null : true);
    }

    @Test
    void pageLoginsCountFailuresAsTheApiDoesAndTheContainersLoginUrlIsNotServed() throws Exception {
        String login = "locked-" + world.suffix;
        String password = world.password(login);
        HttpResponse<String> created = api().put("users/" + login, "{\"role\":\"account\",\"account\":\"" + world.owner
                + "\",\"password\":\"" + password + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try (Browser b = browser()) {
            for (int i = 0; i < 5; i++) {
                b.login(login, "wrong-password-" + i);
            }
            b.login(login, password);
            assertThat(b.url()).as("locked for this address after 5 failures").doesNotContain("/selfcare/");
            assertThat(b.find(By.cssSelector(".ui-messages-error")).getText()).contains("Invalid login or password");
        }
        assertThat(api().anonymous().as(login, password).get("users/me").statusCode())
                .as("the API's Basic login from the same address is locked too").isEqualTo(401);

        // The container's own form login would skip the locks: it is not served.
        HttpResponse<String> direct = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(deployment.toString().replaceAll("/+$", "") + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("j_username=" + login + "&j_password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(404);
    }

    @Test
    void logoutEndsTheSession() {
        try (Browser b = as("u-" + world.owner)) {
            b.logout();
            b.open("/selfcare/calls.xhtml");
            assertThat(b.has(By.id("login:username"))).isTrue();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
