package io.remoteassist.capture.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A second X server started without XFIXES: the pointer falls back to {@code java.awt.MouseInfo}, position only. (AWT
 * reads the pointer of this JVM's own display, {@code $DISPLAY}.)
 */
@Tag("x11")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class CursorFallbackIT {

    @Test
    void withoutXFixesThePointerIsAPositionWithoutShape() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "needs Xvfb");
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-extension", "XFIXES", "-nolisten",
                "tcp", "-screen", "0", "640x480x24").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(number).as("Xvfb prints its display number when ready").matches("\\d+");
            String display = ":" + number;

            assertThatThrownBy(() -> X11CursorSource.open(display)).isInstanceOf(CaptureException.class)
                    .hasMessageContaining("XFIXES extension absent");
            try (CursorSource cursor = Capture.cursorSource(display)) {
                assertThat(cursor.name()).isEqualTo("awt-mouseinfo");
                CursorState state = cursor.poll();
                assertThat(state.image()).isNull();
                assertThat(state.x()).isNotNegative();
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
