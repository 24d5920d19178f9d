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
     * click the X server gave to no window of ours (the window was still being mapped) is made again (at most
     * four times); one that reached the component's window is never repeated.
     */
    public static void click(Component component) throws Exception {
        raiseOurWindows();
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
            Point at = null;
            for (int attempt = 0; attempt < 4; attempt++) {
                at = settledMiddle(component);
                robot.mouseMove(Math.max(0, at.x - component.getWidth()), Math.max(0, at.y - 40));
                robot.mouseMove(at.x, at.y);
                // a press right after the move can reach the window before it has seen the pointer enter
                robot.waitForIdle();
                robot.delay(200);
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                robot.waitForIdle();
                if (pressed.await(5, TimeUnit.SECONDS)) {
                    return;
                }
                raiseOurWindows();
            }
            throw new AssertionError("four clicks at " + at + " never reached the window of " + component.getName()
                + " (" + edt(target::getBounds) + "); the X server has there: " + xdotool("getmouselocation")
                + ", our windows: " + ourWindowIds());
        } finally {
            Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
        }
    }

    /**
     * The middle of {@code component} on the screen, from where the X server has its window: on a loaded machine
     * without a window manager, a window just shown can believe it is at 0,0 while the X server shows it elsewhere.
     */
    private static Point settledMiddle(Component component) throws Exception {
        Window window = edt(() -> SwingUtilities.getWindowAncestor(component));
        Point offset = edt(() -> SwingUtilities.convertPoint(component, component.getWidth() / 2,
            component.getHeight() / 2, window));
        java.awt.Rectangle bounds = edt(window::getBounds);
        for (String id : ourWindowIds()) {
            java.util.Map<String, Integer> geometry = new java.util.HashMap<>();
            for (String line : xdotool("getwindowgeometry", "--shell", id).split("\n")) {
                String[] pair = line.split("=", 2);
                if (pair.length == 2 && pair[1].matches("-?\\d+")) {
                    geometry.put(pair[0], Integer.parseInt(pair[1]));
                }
            }
            if (geometry.getOrDefault("WIDTH", -1) == bounds.width && geometry.getOrDefault("HEIGHT", -1)
                == bounds.height && geometry.containsKey("X") && geometry.containsKey("Y")) {
                return new Point(geometry.get("X") + offset.x, geometry.get("Y") + offset.y);
            }
        }
        return new Point(bounds.x + offset.x, bounds.y + offset.y);
    }

    private static java.util.List<String> ourWindowIds() throws Exception {
        return Arrays.stream(xdotool("search", "--onlyvisible", "--pid", Long.toString(ProcessHandle.current().pid()))
            .split("\\s+")).filter(id -> id.matches("\\d+")).toList();
    }

    /**
     * Windows other tests left on the shared display must not take a click. There is no window manager under Xvfb,
     * so {@code Window.toFront} does nothing; raise this process's windows with XRaiseWindow through xdotool.
     */
    static void raiseOurWindows() throws Exception {
        for (String id : ourWindowIds()) {
            xdotool("windowraise", id);
        }
        new Robot().waitForIdle();
    }

    private static String xdotool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "xdotool";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return out.strip();
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
