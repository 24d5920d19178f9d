package io.remoteassist.agent.share;

import io.remoteassist.agent.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** What the browser tests of the pipeline share: sign in to the Helper console, read the canvas, run a tool. */
final class PipelineITSupport {

    private PipelineITSupport() {
    }

    /** The console sends a browser that has not signed in to the login page: sign in there. */
    static void signIn(ChromeDriver browser, String page, Credentials as) {
        browser.get(page);
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.id("username")).sendKeys(as.user());
        browser.findElement(By.id("password")).sendKeys(as.password());
        browser.findElement(By.id("sign-in")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.getCurrentUrl().contains("/login.html")
            && !browser.getCurrentUrl().contains("j_security_check"));
    }

    @SuppressWarnings("unchecked")
    static List<Long> canvasSize(ChromeDriver browser) {
        return (List<Long>) browser.executeScript(
            "const c = document.getElementById('screen'); return [c.width, c.height];");
    }

    /** The canvas sampled every {@code step} pixels, 0xRRGGBB; empty until it has the screen's size. */
    static int[] canvasGrid(ChromeDriver browser, int width, int height, int step) {
        @SuppressWarnings("unchecked")
        List<Long> values = (List<Long>) browser.executeScript("const c = document.getElementById('screen');"
            + "if (c.width < arguments[0] || c.height < arguments[1]) { return []; }"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const out = [];"
            + "for (let y = 0; y < arguments[1]; y += arguments[2]) { for (let x = 0; x < arguments[0]; x += arguments[2]) {"
            + "const o = (y * c.width + x) * 4; out.push(d[o] << 16 | d[o + 1] << 8 | d[o + 2]); } } return out;",
            width, height, step);
        return values.stream().mapToInt(Long::intValue).toArray();
    }

    static int run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Writes to two streams. */
    static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
