package io.remoteassist.capture.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ControlGate;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.KeyAction;
import io.remoteassist.capture.api.KeyModifier;
import io.remoteassist.capture.api.MouseButton;
import io.remoteassist.capture.api.PointerButton;
import io.remoteassist.capture.api.PointerMove;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.TextField;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@Tag("x11")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class RobotInjectorIT {

    @Test
    void aMoveThroughTheOpenGateMovesThePointer() {
        try (ControlGate gate = Capture.gate(Capture.robotInjector());
                CursorSource cursor = Capture.cursorSource(null)) {
            gate.setControlShared(true);

            assertThat(gate.inject(new PointerMove(321, 234))).isTrue();

            assertThat(cursor.name()).isEqualTo("x11-xfixes");
            await().atMost(Duration.ofSeconds(5)).until(() -> cursor.poll().x() == 321 && cursor.poll().y() == 234);
        }
    }

    @Test
    void aMoveThroughTheClosedGateLeavesThePointerAlone() {
        try (ControlGate gate = Capture.gate(Capture.robotInjector());
                CursorSource cursor = Capture.cursorSource(null)) {
            gate.setControlShared(true);
            gate.inject(new PointerMove(50, 60));
            await().atMost(Duration.ofSeconds(5)).until(() -> cursor.poll().x() == 50);
            gate.setControlShared(false);

            assertThat(gate.inject(new PointerMove(400, 400))).isFalse();

            assertThat(cursor.poll().x()).isEqualTo(50);
            assertThat(gate.droppedCount()).isEqualTo(1);
        }
    }

    @Test
    void keysWithModifiersAndTheHelpersEscapeReachTheFocusedField() throws Exception {
        Frame frame = new Frame("keys");
        TextField field = new TextField(20);
        try (ControlGate gate = Capture.gate(Capture.robotInjector())) {
            EventQueue.invokeAndWait(() -> {
                frame.add(field);
                frame.setBounds(200, 200, 300, 80);
                frame.setVisible(true);
            });
            gate.setControlShared(true);
            gate.inject(new PointerMove(260, 240));
            gate.inject(new PointerButton(MouseButton.LEFT, true));
            gate.inject(new PointerButton(MouseButton.LEFT, false));
            await().atMost(Duration.ofSeconds(5)).until(field::isFocusOwner);

            gate.inject(KeyAction.press("KeyA", Set.of(KeyModifier.SHIFT)));
            gate.inject(KeyAction.release("KeyA"));
            gate.inject(KeyAction.press("0x62"));
            gate.inject(KeyAction.release("0x62"));
            gate.inject(KeyAction.press("Escape"));
            gate.inject(KeyAction.release("Escape"));

            await().atMost(Duration.ofSeconds(5)).until(() -> field.getText().equals("Ab"));
            assertThat(gate.isControlShared()).isTrue();
        } finally {
            EventQueue.invokeAndWait(frame::dispose);
        }
    }
}
