package io.streampulse.api.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver: both from fixed paths (system properties
 * {@code streampulse.browser.binary} and {@code webdriver.chrome.driver}, set by the browser-tests profile), so
 * Selenium Manager never looks for a driver on the network. A fresh profile directory per browser, deleted on close.
 * Host resolution is limited to this machine: the Twitch embeds fail fast instead of reaching out.
 */
final class Browser implements AutoCloseable {

    static final String BINARY = System.getProperty("streampulse.browser.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A headless browser with a window of {@code width} x {@code height} CSS pixels. */
    static Browser start(int width, int height) {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(profile, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("streampulse-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
