package io.remoteassist.capture.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.capture.api.KeyAction;
import io.remoteassist.capture.api.MouseButton;
import io.remoteassist.capture.api.PointerButton;
import io.remoteassist.capture.api.PointerMove;
import io.remoteassist.capture.api.PointerWheel;
import org.junit.jupiter.api.Test;

class InputGateTest {

    private final RecordingInjector desktop = new RecordingInjector();
    private final InputGate gate = new InputGate(desktop);

    @Test
    void eventsAreDroppedAndCountedUntilControlIsShared() {
        assertThat(gate.inject(new PointerMove(10, 10))).isFalse();
        assertThat(gate.inject(KeyAction.press("KeyA"))).isFalse();

        assertThat(desktop.events).isEmpty();
        assertThat(gate.droppedCount()).isEqualTo(2);
    }

    @Test
    void eventsPassWhileControlIsShared() {
        gate.setControlShared(true);

        gate.inject(new PointerMove(5, 6));
        gate.inject(new PointerWheel(-2));

        assertThat(desktop.events).containsExactly(new PointerMove(5, 6), new PointerWheel(-2));
        assertThat(gate.droppedCount()).isZero();
    }

    @Test
    void theHelpersEscapeReachesTheDesktopAndNeverRevokesControl() {
        gate.setControlShared(true);

        assertThat(gate.inject(KeyAction.press("Escape"))).isTrue();
        gate.inject(KeyAction.release("Escape"));

        assertThat(gate.isControlShared()).isTrue();
        assertThat(desktop.events).containsExactly(KeyAction.press("Escape"), KeyAction.release("Escape"));
    }

    @Test
    void anEscapeJustInjectedIsFlaggedSoALocalWatcherCanIgnoreIt() {
        gate.setControlShared(true);
        long before = System.nanoTime();
        gate.inject(KeyAction.press("0xff1b"));

        assertThat(gate.isLikelyInjectedEscape(System.nanoTime())).isTrue();
        assertThat(gate.isLikelyInjectedEscape(before + 10_000_000_000L)).isFalse();
    }

    @Test
    void revokingControlReleasesWhatTheHelperStillHolds() {
        gate.setControlShared(true);
        gate.inject(KeyAction.press("ShiftLeft"));
        gate.inject(KeyAction.press("KeyA"));
        gate.inject(KeyAction.release("KeyA"));
        gate.inject(new PointerButton(MouseButton.LEFT, true));

        gate.setControlShared(false);

        assertThat(desktop.events).endsWith(KeyAction.release("ShiftLeft"), new PointerButton(MouseButton.LEFT, false));
        assertThat(gate.inject(KeyAction.press("KeyB"))).isFalse();
        assertThat(gate.droppedCount()).isEqualTo(1);
    }
}
