package io.callrec.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's headless Chromium driven by Selenium WebDriver through
 * Debian's chromedriver ({@code chromium-driver}); nothing is downloaded. One browser is one user's
 * session (its own profile, so its own cookies). Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));

    private final ChromeDriver driver;
    private final String root;

    /** Whether the browser tests can run here; they are skipped with a message otherwise. */
    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && CHROMIUM.stream().anyMatch(Files::isExecutable);
    }

    Browser(URL deployment, Path profile) {
        this.root = deployment.toString().replaceAll("/+$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--window-size=1366,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    /** Opens a path of the server (e.g. {@code /console/}). */
    Browser open(String path) {
        driver.get(root + path);
        return this;
    }

    /** Logs in on the login page and waits for the role's first page. */
    Browser login(String login, String password) {
        open("/login.xhtml");
        find(By.id("login:username")).sendKeys(login);
        find(By.id("login:password")).sendKeys(password);
        find(By.id("login:submit")).click();
        waitFor(d -> d.getCurrentUrl().contains("/console/") || d.getCurrentUrl().contains("/selfcare/")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        return this;
    }

    void logout() {
        find(By.id("session:logout")).click();
        waitFor(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }

    WebElement find(By by) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // An Ajax answer re-renders what a condition was reading: a stale element means "look again".
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Waits until PrimeFaces has no Ajax request queued or running (the page shows every answer). */
    void settle() {
        waitFor(d -> Boolean.TRUE.equals(script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")) ? true : null);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** The HTTP status this browser's session gets for a path (same origin, its cookies, redirects not followed). */
    long status(String path) {
        return ((Number) asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'})"
                + ".then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));", root + path)).longValue();
    }

    /** Visible controls without an accessible name, as "tag#id" (empty when every control has one). */
    private static final String UNLABELLED = """
            const named = el => {
              if ((el.getAttribute('aria-label') || '').trim()) return true;
              const by = el.getAttribute('aria-labelledby');
              if (by && by.split(/\\s+/).some(id => document.getElementById(id)
                  && document.getElementById(id).textContent.trim())) return true;
              if ((el.getAttribute('title') || '').trim()) return true;
              if (el.labels && Array.from(el.labels).some(l => l.textContent.trim())) return true;
              if (el.tagName === 'BUTTON' && el.textContent.trim()) return true;
              if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value.trim()) return true;
              return false;
            };
            const shown = el => { const r = el.getBoundingClientRect();
              return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden'; };
            return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
              .filter(shown).filter(el => !named(el)).map(el => el.tagName.toLowerCase() + '#' + (el.id || el.name));
            """;

    /** The innermost elements whose right edge is past the window's, as "tag.class: text" (for the failure message). */
    private static final String PAST_THE_EDGE = """
            return Array.from(document.querySelectorAll('main *, header *'))
              .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter(el => !Array.from(el.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
              .slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className + ': '
                + el.textContent.trim().slice(0, 60)).join(' | ');
            """;

    /** Pixels the page is wider than the window (0 or less: nothing scrolls sideways). */
    long sidewaysOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** What reaches past the window's right edge, for a failure message. */
    String pastTheEdge() {
        return String.valueOf(script(PAST_THE_EDGE));
    }

    /** Visible controls without an accessible name, as "tag#id"; empty when every control has one. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>) script(UNLABELLED);
    }

    /** The WebDriver itself, for keyboard actions. */
    WebDriver driver() {
        return driver;
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
