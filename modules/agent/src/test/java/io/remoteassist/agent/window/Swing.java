package io.remoteassist.agent.window;

import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Finds the window's components by name and works them as a person would, on the real display. */
public final class Swing {

    private Swing() {
    }

    /** Runs on the EDT and returns the value. */
    public static <T> T edt(Callable<T> task) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                value.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }

    /** The component named {@code name} in {@code root}, or nothing. */
    public static Optional<Component> find(Container root, String name) {
        if (name.equals(root.getName())) {
            return Optional.of(root);
        }
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return Optional.of(child);
            }
            if (child instanceof Container container) {
                Optional<Component> found = find(container, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> T named(Container root, String name) throws Exception {
        return (T) edt(() -> find(root, name).orElseThrow(() -> new AssertionError("no component " + name)));
    }

    /** A showing window (dialog) named {@code name}. */
    static Optional<Window> window(String name) throws Exception {
        return edt(() -> Arrays.stream(Window.getWindows()).filter(w -> name.equals(w.getName()) && w.isShowing())
            .findFirst());
    }

    /**
     * Moves the real pointer onto the middle of {@code component} and clicks the left button. The pointer first
     * leaves the component, so the window sees it arrive even when an earlier click left it on the same spot. A
     * click the X server gave to no window of ours (the window was still being mapped) is made again; one that
     * reached the component's window is never repeated.
     */
    public static void click(Component component) throws Exception {
        raiseOurWindows();
        Point at = edt(() -> {
            Point p = component.getLocationOnScreen();
            return new Point(p.x + component.getWidth() / 2, p.y + component.getHeight() / 2);
        });
        // a label takes no mouse events of its own: its window gets the press, so that is what counts
        Window target = edt(() -> SwingUtilities.getWindowAncestor(component));
        CountDownLatch pressed = new CountDownLatch(1);
        AWTEventListener listener = event -> {
            if (event.getID() == MouseEvent.MOUSE_PRESSED && event.getSource() instanceof Component source
                && (source == target || SwingUtilities.getWindowAncestor(source) == target)) {
                pressed.countDown();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.MOUSE_EVENT_MASK);
        try {
            Robot robot = new Robot();
            robot.setAutoDelay(30);
            for (int attempt = 0; attempt < 3; attempt++) {
                robot.mouseMove(Math.max(0, at.x - component.getWidth()), Math.max(0, at.y - 40));
                robot.mouseMove(at.x, at.y);
                // a press right after the move can reach the window before it has seen the pointer enter
                robot.waitForIdle();
                robot.delay(200);
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                robot.waitForIdle();
                if (pressed.await(2, TimeUnit.SECONDS)) {
                    return;
                }
                raiseOurWindows();
            }
            throw new AssertionError("three clicks at " + at + " never reached the window of " + component.getName());
        } finally {
            Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
        }
    }

    /**
     * Windows other tests left on the shared display must not take a click. There is no window manager under Xvfb,
     * so {@code Window.toFront} does nothing; raise this process's windows with XRaiseWindow through xdotool.
     */
    static void raiseOurWindows() throws Exception {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid",
            Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true).start();
        String ids = new String(search.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        search.waitFor();
        for (String id : ids.split("\\s+")) {
            if (id.matches("\\d+")) {
                new ProcessBuilder("xdotool", "windowraise", id).start().waitFor();
            }
        }
        new Robot().waitForIdle();
    }

    /** Presses and releases one key on the real keyboard. */
    static void key(int keyCode) throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
        robot.waitForIdle();
    }
}
