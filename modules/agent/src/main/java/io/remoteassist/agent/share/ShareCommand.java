package io.remoteassist.agent.share;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.transport.api.TransportStatus;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code ra share SESSION [--display :N] [--headless] [--allow-control] [--fps N] [--lossy]}: the User's agent
 * for one session. Lines typed on the terminal are sent as chat (unless headless); {@code y} answers a control
 * request. Exit code 0 when the session ended normally, 1 otherwise.
 */
public final class ShareCommand {

    private ShareCommand() {
    }

    /** What the User sees of a share besides the terminal lines, opened over the session before it starts. */
    public interface View {

        /** The terminal alone. */
        View NONE = new View() {
        };

        /** The session has started. */
        default void started() {
        }

        /** The session is over and closed. */
        default void dispose() {
        }
    }

    public static int run(ShareOptions options, PrintStream out, PrintStream err) {
        BufferedReader terminal = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return run(options, () -> yes(terminal), session -> View.NONE, out, err);
    }

    /**
     * Runs one session to its end and prints its figures.
     *
     * @param askUser answers a control request the session itself has to ask about
     * @param show    opens the User's view over the session, before it starts
     * @return 0 when the session ended normally, 1 otherwise
     */
    public static int run(ShareOptions options, BooleanSupplier askUser, Function<ShareSession, View> show,
                          PrintStream out, PrintStream err) {
        View view = View.NONE;
        try (ShareSession session = new ShareSession(options, out, askUser)) {
            view = show.apply(session);
            session.start();
            view.started();
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
            view.dispose();
        }
    }

    private static boolean yes(BufferedReader terminal) {
        try {
            String line = terminal.readLine();
            return line != null && line.trim().toLowerCase().startsWith("y");
        } catch (IOException e) {
            return false;
        }
    }
}
