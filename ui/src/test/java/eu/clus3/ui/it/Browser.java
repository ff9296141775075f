package eu.clus3.ui.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium driven through {@code /usr/bin/chromedriver}, with a fresh profile each
 * time, and the few Vaadin-aware steps the tests share (wait until Flow is idle, sign in, create an
 * API token). One instance is one browser window; close it to quit Chromium and delete its profile.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("clus3.it.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("clus3.it.chromedriver", "/usr/bin/chromedriver");
    /** Generous: the first page of a freshly started server takes 10-15 s on two busy cores. */
    // generous: the first page of a freshly started server on a busy two-core machine can take a minute
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** Flow's client reports whether a server round trip is in progress; idle means the page is settled. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients).filter(c => typeof c.isActive === 'function');
            return clients.length > 0 && clients.every(c => !c.isActive());
            """;

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URI base, int width, int height) {
        this.base = base;
        Path scratch = TestEnvironment.scratch();
        try {
            this.profile = Files.createTempDirectory(scratch, "clus3-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        if (width < 500) {
            // Chromium will not make a window narrower than 500 px: emulate the small screen instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // Chromium's own temporary files go to the scratch directory too, not /tmp.
                .withEnvironment(Map.of("TMPDIR", scratch.toString()))
                .build();
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        this.driver = started;
        // Vaadin redraws elements freely: an element found a moment ago may be replaced; look again.
        this.wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized window. */
    public static Browser open(URI base) {
        return new Browser(base, 1280, 900);
    }

    /** A window of the given size, e.g. 360 px wide like a small phone. */
    public static Browser open(URI base, int width, int height) {
        return new Browser(base, width, height);
    }

    /** Loads a path of the application (relative, e.g. {@code "login"}) and waits until Vaadin is idle. */
    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        waitForVaadin();
        return this;
    }

    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks an element once it can be clicked: shown, enabled, scrolled to the middle of the window and
     * not covered. A page still settling (a grid filling, a notification sliding in) can cover it for a
     * moment; a covered click reaches nothing, so it is simply tried again.
     */
    public void click(By by) {
        wait.until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                return null;
            }
        });
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Types into a Vaadin text field (the native input slotted inside it). */
    public void type(WebElement vaadinField, String text) {
        WebElement input = vaadinField.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Fills the login page's form and submits it; does not wait for the outcome. */
    public void submitLogin(String username, String password) {
        go("login");
        WebElement user = visible(By.cssSelector("#vaadinLoginUsername input"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = find(By.cssSelector("#vaadinLoginPassword input"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    /** The value of a cookie of the current site, or null. */
    public String cookie(String name) {
        var c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    /** Signs in and waits for the dashboard. */
    public void signIn(String username, String password) {
        submitLogin(username, password);
        visible(By.id("dashboard"));
        waitForVaadin();
    }

    /**
     * Creates a personal API token the way a user does (API tokens page, "New token", name, "Create")
     * and returns its value from the dialog that shows it once.
     */
    public String createApiToken(String name) {
        go("account/tokens");
        visible(By.id("new-token")).click();
        WebElement create = visible(By.id("create-token"));
        WebElement nameField = find(By.cssSelector("vaadin-dialog-overlay vaadin-text-field"));
        type(nameField, name);
        waitForVaadin();
        create.click();
        WebElement value = visible(By.cssSelector("#token-value input"));
        waitForVaadin();
        return waitUntil(d -> {
            String v = value.getDomProperty("value");
            return v != null && !v.isBlank() ? v : null;
        });
    }

    /**
     * What axe-core (Deque's accessibility rules, run in this browser on the page as it is now) finds of impact
     * "serious" or "critical": one line per rule with the elements it names; empty when there is nothing.
     */
    public List<String> seriousAccessibilityViolations() {
        // legacy mode: one axe.run in the page itself (no frames here), instead of a helper window of its own
        Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + currentPath() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + ", " + r.getHelp() + "): "
                        + r.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).toList())
                .toList();
    }

    /** Signs in through the login page and creates a token: the only way a first API token comes to be. */
    public static String signInAndCreateToken(URI base, String username, String password, String tokenName) {
        try (Browser browser = open(base)) {
            browser.signIn(username, password);
            return browser.createApiToken(tokenName);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile under target/ is harmless; the next clean removes it
        }
    }
}
