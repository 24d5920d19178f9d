package io.remoteassist.server;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Starts the system's headless Chromium through its chromedriver, or says there is none. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** The chromedriver on the PATH (or where Debian puts it), if any. */
    public static Optional<Path> driver() {
        return executable("chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    /** A new headless browser with a fresh profile in {@code profile}. */
    public static ChromeDriver start(Path profile) {
        Path driver = driver().orElseThrow(() -> new IllegalStateException("no chromedriver"));
        ChromeOptions options = new ChromeOptions();
        executable("chromium", "/usr/bin/chromium", "/usr/lib/chromium/chromium")
            .ifPresent(binary -> options.setBinary(binary.toFile()));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens {@code page}, which sends a browser that has not signed in to the login page, signs in there as
     * {@code name} and waits to be back on {@code page}.
     */
    public static void signIn(org.openqa.selenium.WebDriver browser, String page, String name, String password) {
        browser.get(page);
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15));
        wait.until(d -> d.getCurrentUrl().contains("/login.html"));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(name);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.id("sign-in")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.html") && !d.getCurrentUrl().contains("j_security_check"));
    }

    public static Path profile() {
        try {
            return Files.createTempDirectory("ra-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> executable(String name, String... fallbacks) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                    .map(d -> Path.of(d, name)), Stream.of(fallbacks).map(Path::of))
            .filter(Files::isExecutable)
            .findFirst();
    }
}
