package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareException;
import io.remoteassist.agent.share.ShareOptions;
import io.remoteassist.agent.share.ShareSession;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.transport.api.TransportStatus;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;

/**
 * {@code ra share SESSION} on a machine with a display: the same {@link ShareSession} as the terminal mode, with the
 * User's window ({@link ShareWindow}) asking the consent questions and offering Chat, Settings, Pause and Stop
 * sharing. The terminal still gets every line the terminal mode prints. Exit code 0 when the session ended normally.
 */
public final class WindowShare {

    private WindowShare() {
    }

    /** @return whether {@code ra share} opens the window: not {@code --headless}, and a display to open it on */
    public static boolean available(ShareOptions options) {
        return !options.headless() && !GraphicsEnvironment.isHeadless();
    }

    public static int run(ShareOptions options, PrintStream out, PrintStream err) {
        ShareWindow window = null;
        try (ShareSession session = new ShareSession(options, out, () -> false)) {
            window = ShareWindow.open(new LiveSharing(session, options.name()), session::close);
            session.start();
            window.refresh();
            Runtime.getRuntime().addShutdownHook(new Thread(session::close));
            TransportStatus ended = session.run();
            out.println(session.figures());
            return ended != null && ended.isNormal() ? 0 : 1;
        } catch (ShareException | CaptureException e) {
            err.println("ra share: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (window != null) {
                window.dispose();
            }
        }
    }
}
