package io.remoteassist.agent.share;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;

/** What the Helper console's pointer overlay shows, read from the page, and what the X server shows, read by XFixes. */
final class ConsoleCursor {

    /** Where the overlay's hot spot is, in remote screen pixels, as laid out on the page. */
    record Placed(double x, double y, long width, long height, double scale) {
    }

    private ConsoleCursor() {
    }

    /** @return the overlay's place, or {@code null} while it is hidden */
    static Placed placed(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        List<Number> v = (List<Number>) browser.executeScript(
            "const s = document.getElementById('screen'); const o = document.getElementById('remote-cursor');"
                + "if (o.hidden || !o.dataset.hot || s.width === 0) { return null; }"
                + "const sr = s.getBoundingClientRect(); const r = o.getBoundingClientRect();"
                + "const sx = sr.width / s.width; const sy = sr.height / s.height;"
                + "const [hx, hy] = o.dataset.hot.split(',').map(Number);"
                + "return [(r.left - sr.left) / sx + hx, (r.top - sr.top) / sy + hy, o.width, o.height, sx];");
        return v == null ? null : new Placed(v.get(0).doubleValue(), v.get(1).doubleValue(), v.get(2).longValue(),
            v.get(3).longValue(), v.get(4).doubleValue());
    }

    /** @return whether the overlay is hidden and the local pointer over the screen wears the remote shape */
    static boolean steppedAside(ChromeDriver browser) {
        return (Boolean) browser.executeScript("const o = document.getElementById('remote-cursor');"
            + "return o.hidden && document.getElementById('screen').style.cursor.startsWith('url(');");
    }

    /** @return whether the overlay's hot spot is within a pixel of (x, y) */
    static boolean at(ChromeDriver browser, int x, int y) {
        Placed p = placed(browser);
        return p != null && Math.abs(p.x() - x) <= 1 && Math.abs(p.y() - y) <= 1;
    }

    /** @return the overlay's pixels as straight-alpha ARGB */
    static int[] pixels(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        List<Number> v = (List<Number>) browser.executeScript(
            "const o = document.getElementById('remote-cursor');"
                + "const d = o.getContext('2d').getImageData(0, 0, o.width, o.height).data; const out = [];"
                + "for (let i = 0; i < d.length; i += 4) { out.push(d[i + 3] * 16777216 + (d[i] << 16 | d[i + 1] << 8 | d[i + 2])); }"
                + "return out;");
        return v.stream().mapToInt(Number::intValue).toArray();
    }

    /** @return the pointer's shape on the X display now */
    static CursorImage onDisplay(String display) {
        try (CursorSource source = Capture.cursorSource(display)) {
            return source.poll().image();
        }
    }

    /**
     * @return whether the overlay shows {@code image}: same size, same alpha everywhere, same colour where opaque (a
     *     canvas keeps semi-transparent colours only approximately)
     */
    static boolean shows(ChromeDriver browser, CursorImage image) {
        Placed p = placed(browser);
        if (p == null || p.width() != image.width() || p.height() != image.height()) {
            return false;
        }
        int[] shown = pixels(browser);
        for (int i = 0; i < shown.length; i++) {
            int want = image.argb()[i];
            if (shown[i] >>> 24 != want >>> 24 || want >>> 24 == 0xFF && shown[i] != want) {
                return false;
            }
        }
        return true;
    }
}
