package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's service configuration pages beyond accounts, customers and dialing rules, in a real
 * browser ({@link Browser}) against the deployed EAR as the test server's admin: customer classes,
 * products and add-ons, access roles and the global settings. Each change is then read back through the
 * API, which answers from the same services. Who may open them is checked with every other console page
 * in {@link ConsolePagesIT}. Skipped with a message when chromedriver or Chromium is absent.
 */
class ConsoleServicePagesIT extends DeployedEar {

    private static final String[] ADMIN = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path profiles;

    private int browsers;

    @BeforeEach
    void browser() {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
    }

    private Browser asAdmin() {
        return new Browser(deployment, profiles.resolve("profile-" + browsers++)).login(ADMIN[0], ADMIN[1]);
    }

    @Test
    void adminCreatesACustomerClassWithTheNewRecordingNotificationAndTurnsItOff() {
        String id = "class-" + suffix;
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-classes")).click();
            b.find(By.id("class:name")).sendKeys("Gold " + suffix);
            b.find(By.id("class:save")).click();
            b.waitFor(d -> b.has(By.cssSelector("#class .field-error")) ? true : null);
            assertThat(b.find(By.cssSelector("#class .field-error")).getText()).as("the id is missing").contains("required");

            b.find(By.id("class:id")).sendKeys(id);
            b.find(By.id("class:notification")).click();
            b.find(By.id("class:save")).click();
            b.waitFor(d -> b.pageSource().contains("Customer class " + id + " is created") ? true : null);
            assertThat(b.find(By.cssSelector("tr.class-" + id + " .notification")).getText()).isEqualTo("on");
            b.screenshot("console-customer-classes");
            assertThat(ApiClient.json(api().get("customer-classes/" + id).body()).getBoolean("newRecordingNotification"))
                    .isTrue();

            b.find(By.cssSelector("button.edit-" + id)).click();
            b.settle();
            b.waitFor(d -> b.find(By.id("class:id")).getAttribute("value").equals(id) ? true : null);
            b.find(By.id("class:notification")).click();
            b.find(By.id("class:save")).click();
            b.waitFor(d -> b.pageSource().contains("Customer class " + id + " is changed") ? true : null);
            assertThat(b.find(By.cssSelector("tr.class-" + id + " .notification")).getText()).isEqualTo("off");
        }
        JsonObject stored = ApiClient.json(api().get("customer-classes/" + id).body());
        assertThat(stored.getString("name")).isEqualTo("Gold " + suffix);
        assertThat(stored.getBoolean("newRecordingNotification")).isFalse();
    }

    @Test
    void adminCreatesAProductWithItsCallRecordingOptionsAndAnAddOnWithout() {
        String product = "prod-" + suffix;
        String addOn = "addon-" + suffix;
        // More products than a page of the list holds, all listed before these (ids in order): the page
        // turns to the saved product's row.
        for (int i = 0; i < 26; i++) {
            assertThat(api().put("products/a-" + suffix + "-" + i, "{\"name\":\"filler\"}").statusCode()).isIn(200, 201);
        }
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-products")).click();
            b.find(By.id("product:id")).sendKeys(product);
            b.find(By.id("product:name")).sendKeys("Recording " + suffix);
            b.find(By.id("product:callRecording")).click();
            option(b, "autoRecordIncoming").click();
            option(b, "showToMyselfOnly").click();
            b.find(By.id("product:save")).click();
            b.waitFor(d -> b.pageSource().contains("Product " + product + " is created") ? true : null);
            assertThat(b.find(By.cssSelector("tr.product-" + product + " .options-on")).getText())
                    .contains("Record incoming calls automatically").contains("Show the call recording to myself only")
                    .doesNotContain("outgoing");

            b.find(By.id("product:id")).clear();
            b.find(By.id("product:id")).sendKeys(addOn);
            b.find(By.id("product:name")).clear();
            b.find(By.id("product:name")).sendKeys("Extra " + suffix);
            b.find(By.id("product:addOn")).click();
            b.find(By.id("product:callRecording")).click();
            b.find(By.id("product:save")).click();
            b.waitFor(d -> b.pageSource().contains("Product " + addOn + " is created") ? true : null);
            assertThat(b.find(By.cssSelector("tr.product-" + addOn + " .kind")).getText()).isEqualTo("add-on");
            assertThat(b.find(By.cssSelector("tr.product-" + addOn + " .no-recording")).getText())
                    .isEqualTo("no call recording");
            b.screenshot("console-products");
        }
        JsonObject stored = ApiClient.json(api().get("products/" + product).body());
        assertThat(stored.getBoolean("addOn")).isFalse();
        JsonObject options = stored.getJsonObject("callRecording");
        assertThat(options.getBoolean("autoRecordIncoming")).isTrue();
        assertThat(options.getBoolean("showToMyselfOnly")).isTrue();
        assertThat(options.getBoolean("autoRecordOutgoing")).isFalse();
        JsonObject extra = ApiClient.json(api().get("products/" + addOn).body());
        assertThat(extra.getBoolean("addOn")).isTrue();
        assertThat(extra.isNull("callRecording")).isTrue();
    }

    private static org.openqa.selenium.WebElement option(Browser b, String name) {
        return b.find(By.cssSelector("input[name='product:options'][value='" + name + "']"));
    }

    @Test
    void adminGivesAnAccessRoleViewAndModifyOfShowToMyselfOnlyAndViewOfEmail() {
        String role = "role-" + suffix;
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-roles")).click();
            b.find(By.id("role:id")).sendKeys(role);
            b.find(By.id("role:name")).sendKeys("Private " + suffix);
            new Select(b.find(By.cssSelector("select.level-showToMyselfOnly"))).selectByValue("MODIFY");
            new Select(b.find(By.cssSelector("select.level-sendViaEmail"))).selectByValue("VIEW");
            b.find(By.id("role:save")).click();
            b.waitFor(d -> b.pageSource().contains("Access role " + role + " is created") ? true : null);
            assertThat(b.find(By.cssSelector("tr.role-" + role + " .grant-showToMyselfOnly .level")).getText())
                    .isEqualTo("view and modify");
            assertThat(b.find(By.cssSelector("tr.role-" + role + " .grant-sendViaEmail .level")).getText()).isEqualTo("view");
            assertThat(b.has(By.cssSelector("tr.role-" + role + " .grant-autoRecordIncoming"))).isFalse();
            b.screenshot("console-access-roles");

            // Edit puts the role back in the form; taking the modify away keeps the view.
            b.find(By.cssSelector("button.edit-" + role)).click();
            // The form still holds what was saved: wait for Edit's answer to re-render it (the old elements go stale).
            b.settle();
            b.waitFor(d -> {
                try {
                    return new Select(b.find(By.cssSelector("select.level-showToMyselfOnly"))).getFirstSelectedOption()
                            .getAttribute("value").equals("MODIFY") ? true : null;
                } catch (StaleElementReferenceException e) {
                    return null;
                }
            });
            b.waitFor(d -> {
                try {
                    new Select(b.find(By.cssSelector("select.level-showToMyselfOnly"))).selectByValue("VIEW");
                    return true;
                } catch (StaleElementReferenceException e) {
                    return null;
                }
            });
            b.find(By.id("role:save")).click();
            b.waitFor(d -> b.pageSource().contains("Access role " + role + " is changed") ? true : null);
        }
        JsonObject permissions = ApiClient.json(api().get("access-roles/" + role).body()).getJsonObject("permissions");
        assertThat(permissions.getJsonArray("showToMyselfOnly").toString()).isEqualTo("[\"view\"]");
        assertThat(permissions.getJsonArray("sendViaEmail").toString()).isEqualTo("[\"view\"]");
        assertThat(permissions.getJsonArray("autoRecordIncoming")).isEmpty();
    }

    @Test
    void adminTurnsEmailDeliveryOnAndOffOnTheSettingsPage() {
        boolean before = ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled");
        try (Browser b = asAdmin()) {
            b.find(By.id("nav-settings")).click();
            assertThat(b.find(By.id("delivery:enabled")).isSelected()).isEqualTo(before);
            b.find(By.id("delivery:enabled")).click();
            b.find(By.id("delivery:save")).click();
            b.waitFor(d -> b.pageSource().contains(before ? "delivery of recordings is off" : "delivery of recordings is on")
                    ? true : null);
            assertThat(ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled")).isEqualTo(!before);
            b.find(By.id("delivery:enabled")).click();
            b.find(By.id("delivery:save")).click();
            b.waitFor(d -> b.pageSource().contains(before ? "delivery of recordings is on" : "delivery of recordings is off")
                    ? true : null);
        }
        assertThat(ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled")).isEqualTo(before);
    }

    @Test
    void adminVerifiesSftpStorageSettingsSeesEachCheckAndSavesThemWithSecretsWriteOnly() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String password = "sftp-secret-" + suffix;
        assertThat(api().put("settings/sftp-storage", """
                {"enabled":false,"host":"127.0.0.1","port":%d,"user":"nobody","password":"%s","private_key":"","private_key_passphrase":"","root_path":"/srv/a"}
                """.formatted(closed, password)).statusCode()).isEqualTo(200);
        try {
            try (Browser b = asAdmin()) {
                b.find(By.id("nav-settings")).click();
                assertThat(b.find(By.id("sftp:host")).getAttribute("value")).isEqualTo("127.0.0.1");
                assertThat(b.find(By.cssSelector(".password-state")).getText()).isEqualTo("set");
                assertThat(b.find(By.cssSelector(".private-key-state")).getText()).isEqualTo("not set");
                assertThat(b.pageSource()).as("a secret is never sent to the browser").doesNotContain(password);

                b.find(By.id("sftp:verify")).click();
                b.waitFor(d -> b.has(By.cssSelector(".check")) ? true : null);
                assertThat(b.find(By.cssSelector(".checks h2")).getText()).isEqualTo("Some checks failed.");
                assertThat(b.find(By.cssSelector(".check-connect")).getAttribute("class")).contains("check-failed");
                assertThat(b.find(By.cssSelector(".check-connect .message")).getText()).isNotBlank();
                b.screenshot("console-settings-verify");

                b.find(By.id("sftp:rootPath")).clear();
                b.find(By.id("sftp:rootPath")).sendKeys("relative/path");
                b.find(By.id("sftp:save")).click();
                b.waitFor(d -> b.has(By.cssSelector("#sftp .field-error")) ? true : null);
                assertThat(b.find(By.cssSelector("[id='sftp:rootPath'] ~ .field-error")).getText())
                        .contains("absolute path");
                assertThat(ApiClient.json(api().get("settings/sftp-storage").body()).getString("root_path")).isEqualTo("/srv/a");

                b.find(By.id("sftp:rootPath")).clear();
                b.find(By.id("sftp:rootPath")).sendKeys("/srv/" + suffix);
                b.find(By.id("sftp:removePassword")).click();
                b.find(By.id("sftp:save")).click();
                b.waitFor(d -> b.pageSource().contains("The SFTP storage settings are saved") ? true : null);
                assertThat(b.find(By.cssSelector(".password-state")).getText()).isEqualTo("not set");
                b.screenshot("console-settings");
            }
            JsonObject stored = ApiClient.json(api().get("settings/sftp-storage").body());
            assertThat(stored.getString("root_path")).isEqualTo("/srv/" + suffix);
            assertThat(stored.getString("password")).isEqualTo("not set");
            assertThat(stored.getInt("port")).isEqualTo(closed);
            assertThat(stored.getBoolean("enabled")).isFalse();
        } finally {
            api().put("settings/sftp-storage", "{\"enabled\":false}");
        }
    }
}
