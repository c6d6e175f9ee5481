package org.geoparks.catalogue.webmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven by Debian's chromium-driver: a fresh profile per browser, no
 * network but loopback (no background services, updates or sync), the driver named explicitly so
 * that Selenium never looks for or downloads one. Missing packages fail the test with the command
 * that installs them ({@code ./catalogue test} installs them when run as root).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CATALOGUE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CATALOGUE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "webmap-screenshots");
    static final int PHONE_MAX_WIDTH = 600;

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser window of this size whose preferred languages are these (Accept-Language and navigator.languages). */
    public static Browser open(int width, int height, String languages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "). Install them with: sudo apt-get install -y chromium chromium-driver (./catalogue test does it when run as root).");
        }
        try {
            Path profile = Files.createTempDirectory("webmap-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--mute-audio",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + languages.split(",")[0]);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            if (width < PHONE_MAX_WIDTH) {
                // a desktop window is never narrower than about 500 px: a phone's screen is emulated
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
            }
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page and waits until its scripts have drawn it. */
    public Browser visit(String url) {
        driver.get(url);
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")), "the page is ready (" + url + ")");
        return this;
    }

    /** Waits up to 30 s; on time-out, the message says what the page's status lines said, and a screenshot is saved. */
    public <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100)).withMessage(what)
                    .ignoring(StaleElementReferenceException.class).until(condition::apply);
        } catch (TimeoutException e) {
            Path shot = screenshot("timed-out-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            Object said = script("return [...document.querySelectorAll('[role=status], [role=alert], .error')]"
                    + ".map(e => e.textContent.trim()).filter(t => t).join(' | ')");
            throw new TimeoutException("waiting for " + what + "; the page said: " + said + "; screenshot " + shot, e);
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /**
     * What the page wrote to the console as errors since the last call: failed loads, what the
     * Content-Security-Policy refused, uncaught exceptions. One answer is not an error: the guide's
     * 404 for a place without narration, which the page asks for and shows as "no audio guide yet"
     * (Chromium logs every 4xx answer to a script's request).
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(message -> !NO_NARRATION.matcher(message).find()).toList();
    }

    private static final Pattern NO_NARRATION = Pattern.compile(
            "^\\S+/api/v1/places/[a-z0-9-]+/guide\\?lang=[A-Za-z-]+ - Failed to load resource: the server responded with a status of 404");

    /**
     * Visible texts whose colour against their background is below WCAG AA (4.5:1, or 3:1 for large
     * text: 24 px, or 18.66 px bold), as "text (ratio)". Backgrounds are the first opaque ones behind
     * the text, translucent ones blended over it; texts over pictures (markers, tiles) are not judged.
     */
    @SuppressWarnings("unchecked")
    public List<String> lowContrastTexts() {
        return (List<String>) script(CONTRAST);
    }

    private static final String CONTRAST = """
            const rgba = c => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
            const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
            const background = el => {
              if (!el || el.nodeType !== 1) return [255, 255, 255, 1];
              const style = getComputedStyle(el);
              if (style.backgroundImage !== 'none') return null;
              const own = rgba(style.backgroundColor);
              if (own[3] >= 1) return own;
              const behind = background(el.parentElement);
              return behind === null ? null : own[3] === 0 ? behind : over(own, behind);
            };
            const problems = [];
            for (const el of document.querySelectorAll('body *')) {
              const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
              if (!text || !el.checkVisibility || !el.checkVisibility()) continue;
              const rect = el.getBoundingClientRect();
              if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > innerHeight) continue;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || Number(style.opacity) === 0 || rect.width <= 1) continue;
              const back = background(el);
              if (back === null) continue;
              const fore = over(rgba(style.color), back);
              const [a, b] = [lum(fore), lum(back)].sort((x, y) => y - x);
              const ratio = (a + 0.05) / (b + 0.05);
              const size = parseFloat(style.fontSize);
              const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
              if (ratio < (large ? 3 : 4.5)) problems.push(text.slice(0, 40) + ' (' + ratio.toFixed(2) + ')');
            }
            return problems;
            """;

    /** Saves what the page shows now as target/webmap-screenshots/NAME.png, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's position, as a phone's GPS would give it. */
    public void placeAt(String origin, double lat, double lon) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 10));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
