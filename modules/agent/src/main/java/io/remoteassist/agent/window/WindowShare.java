package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareCommand;
import io.remoteassist.agent.share.ShareOptions;
import io.remoteassist.agent.share.ShareSession;

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
        return ShareCommand.run(options, () -> false, session -> {
            ShareWindow window = ShareWindow.open(new LiveSharing(session, options.name()), session::close);
            return new ShareCommand.View() {
                @Override
                public void started() {
                    window.refresh();
                }

                @Override
                public void dispose() {
                    window.dispose();
                }
            };
        }, out, err);
    }
}
