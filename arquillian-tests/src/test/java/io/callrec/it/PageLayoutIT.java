package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The quality of every console and self-care page in a real browser: at a phone's width (390 px) and a
 * desktop's (1366 px) nothing makes the page scroll sideways, every visible control has a label a screen
 * reader can say (its label element, aria-label, aria-labelledby, title, or a button's text), and a person
 * can log in and move through a page with the keyboard alone. Pages are opened with the ids of the access
 * tests' world ({@link AccessWorld}), so lists, the player and the forms have content.
 */
class PageLayoutIT extends DeployedEar {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1366;

    private static AccessWorld world;

    @TempDir
    Path profiles;

    private int browsers;

    @BeforeEach
    void world() throws InterruptedException {
        Assumptions.assumeTrue(Browser.available(),
                "no " + Browser.CHROMEDRIVER + " or chromium installed: the pages are not checked in a browser");
        synchronized (PageLayoutIT.class) {
            if (world == null) {
                world = AccessWorld.create(api());
            }
        }
    }

    private Browser login(String login, String password) {
        return new Browser(deployment, profiles.resolve("profile-" + browsers++)).login(login, password);
    }

    private List<String> consolePages() {
        return ConsolePagesIT.CONSOLE_PAGES.stream().map(p -> p.replace("recording.xhtml?id=1", "recording.xhtml?id=" + world.recording)
                .replace("account.xhtml?id=1", "account.xhtml?id=" + world.owner)
                .replace("customer.xhtml?id=1", "customer.xhtml?id=" + world.customerA)).toList();
    }

    private List<String> selfCarePages() {
        return ConsolePagesIT.SELFCARE_PAGES.stream()
                .map(p -> p.replace("recording.xhtml?id=1", "recording.xhtml?id=" + world.recording)).toList();
    }

    @Test
    void everyConsolePageFitsAPhoneAndADesktopAndLabelsEveryControl() {
        String[] admin = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);
        try (Browser b = login(admin[0], admin[1])) {
            for (String page : consolePages()) {
                check(b, page, "console");
            }
        }
    }

    @Test
    void everySelfCarePageFitsAPhoneAndADesktopAndLabelsEveryControl() {
        for (String login : List.of("u-" + world.owner, "u-" + world.customerA)) {
            try (Browser b = login(login, world.password(login))) {
                for (String page : selfCarePages()) {
                    check(b, page, "selfcare-" + (login.equals("u-" + world.owner) ? "account" : "customer"));
                }
            }
        }
    }

    @Test
    void anEndUserLogsInAndReachesTheOptionsWithTheKeyboardAlone() {
        String login = "u-" + world.owner;
        try (Browser b = new Browser(deployment, profiles.resolve("profile-" + browsers++))) {
            b.open("/login.xhtml");
            b.find(By.id("login:username")).click();
            b.find(By.id("login:username")).sendKeys(login + Keys.TAB);
            assertThat(b.script("return document.activeElement.id")).as("Tab moves to the password").isEqualTo("login:password");
            b.find(By.id("login:password")).sendKeys(world.password(login) + Keys.ENTER);
            b.waitFor(d -> d.getCurrentUrl().contains("/selfcare/") ? true : null);

            // Tab walks the page from the top: the menu's "My recording options" is reached and Enter follows it.
            for (int i = 0; i < 40 && !"nav-options".equals(b.script("return document.activeElement.id")); i++) {
                new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            }
            assertThat(b.script("return document.activeElement.id")).as("Tab reaches the options link").isEqualTo("nav-options");
            new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
            b.waitFor(d -> d.getCurrentUrl().contains("/selfcare/options.xhtml") ? true : null);
        }
    }

    private void check(Browser b, String page, String who) {
        for (int width : new int[] {PHONE, DESKTOP}) {
            b.resize(width, width == PHONE ? 844 : 900);
            b.open(page);
            b.find(By.id("main"));
            long overflow = b.sidewaysOverflow();
            assertThat(overflow).as(page + " at " + width + " px scrolls sideways by " + overflow + " px; reaching past the edge: "
                    + b.pastTheEdge()).isLessThanOrEqualTo(0);
            assertThat(b.unlabelledControls()).as(page + " at " + width + " px: controls without a label").isEmpty();
            if (width == PHONE) {
                b.screenshot("phone-" + who + page.replaceAll("[^a-z]+", "-"));
            }
        }
    }
}
