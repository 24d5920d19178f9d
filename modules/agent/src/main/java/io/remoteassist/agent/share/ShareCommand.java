package io.remoteassist.agent.share;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.transport.api.TransportStatus;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code ra share SESSION [--display :N] [--headless] [--allow-control] [--fps N] [--lossy]}: the User's agent
 * for one session. Lines typed on the terminal are sent as chat (unless headless); {@code y} answers a control
 * request. Exit code 0 when the session ended normally, 1 otherwise.
 */
public final class ShareCommand {

    private ShareCommand() {
    }

    public static int run(ShareOptions options, PrintStream out, PrintStream err) {
        BufferedReader terminal = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (ShareSession session = new ShareSession(options, out, () -> yes(terminal))) {
            session.start();
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
