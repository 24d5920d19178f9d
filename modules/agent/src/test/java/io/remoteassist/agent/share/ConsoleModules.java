package io.remoteassist.agent.share;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The Helper console's JavaScript modules, straight from the server's sources, loaded into headless Chromium on a
 * page of their own ({@code window.ra} holds them), so a test can call them against the Java side.
 */
final class ConsoleModules implements AutoCloseable {

    static final Path CONSOLE = Path.of("../server/src/main/resources/META-INF/resources/console").toAbsolutePath()
        .normalize();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String PAGE = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><script type="module">
        import * as srp from './srp.js';
        import * as invitation from './invitation.js';
        import * as crypto from './crypto.js';
        import * as wire from './wire.js';
        window.b64 = (bytes) => btoa(String.fromCharCode(...bytes));
        window.unb64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
        window.ra = { srp, invitation, crypto, wire };
        </script></head><body></body></html>""";

    private final HttpServer http;
    final ChromeDriver browser;

    ConsoleModules(Path profile) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body;
            String type;
            if (name.equals("test.html")) {
                body = PAGE.getBytes(StandardCharsets.UTF_8);
                type = "text/html";
            } else if (name.matches("[a-z]+\\.js") && Files.isRegularFile(CONSOLE.resolve(name))) {
                body = Files.readAllBytes(CONSOLE.resolve(name));
                type = "text/javascript";
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        browser = chromium(profile);
        // localhost is a secure context: WebCrypto is there
        browser.get(URI.create("http://localhost:" + http.getAddress().getPort() + "/test.html").toString());
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> browser.executeScript("return !!window.ra"));
    }

    static ChromeDriver chromium(Path profile, String... more) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile, "--window-size=1600,1000");
        options.addArguments(more);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Runs an async script body: {@code done} is the callback; a thrown error comes back as {@code "error: …"}.
     */
    Object run(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1]; const args = arguments;"
            + "(async () => { " + body + " })().then(done, (e) => done('error: ' + e.message));";
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser.executeAsyncScript(script, args);
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] unb64(Object text) {
        return Base64.getDecoder().decode((String) text);
    }

    @Override
    public void close() {
        browser.quit();
        http.stop(0);
    }
}
