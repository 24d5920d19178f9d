package io.remoteassist.capture.source;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.SourceSelection;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the fastest screen source that works here: X11 with XDamage + MIT-SHM, degraded inside
 * {@link X11ShmDamageSource} to full SHM frames or {@code XGetImage} when an extension is missing, then
 * {@link RobotSource}. Logs and returns which one it picked and why.
 */
public final class ScreenSources {

    private static final System.Logger LOG = System.getLogger(ScreenSources.class.getName());

    private ScreenSources() {
    }

    /**
     * Opens the best source for {@code display} ({@code null} for {@code $DISPLAY}).
     *
     * @throws CaptureException listing every attempt when none works
     */
    public static SourceSelection best(String display) {
        List<String> attempts = new ArrayList<>();
        String name = display != null ? display : System.getenv("DISPLAY");
        if (name == null || name.isBlank()) {
            attempts.add("x11: no display named and DISPLAY unset");
        } else {
            try {
                X11ShmDamageSource x11 = X11ShmDamageSource.open(name);
                attempts.addAll(x11.notes());
                String reason = x11.name() + " on " + name
                        + (x11.notes().isEmpty() ? ": all of MIT-SHM, DAMAGE and XFIXES present" : ": " + x11.notes());
                return picked(new SourceSelection(x11, reason, attempts));
            } catch (CaptureException | UnsatisfiedLinkError | NoClassDefFoundError e) {
                attempts.add("x11 on " + name + ": " + e.getMessage());
            }
        }
        try {
            RobotSource robot = RobotSource.open();
            return picked(new SourceSelection(robot, "robot: no usable X11 path", attempts));
        } catch (CaptureException e) {
            attempts.add("robot: " + e.getMessage());
        }
        throw new CaptureException("no screen source works: " + attempts);
    }

    private static SourceSelection picked(SourceSelection selection) {
        LOG.log(Level.INFO, "screen source {0} ({1})", selection.source().name(), selection.reason());
        return selection;
    }
}
