package io.remoteassist.capture.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    @Test
    void browserCodesKeysymNamesAndKeysymNumbersNameTheSameKeys() {
        assertThat(KeyMap.toVirtualKey("KeyQ")).hasValue(KeyEvent.VK_Q);
        assertThat(KeyMap.toVirtualKey("q")).hasValue(KeyEvent.VK_Q);
        assertThat(KeyMap.toVirtualKey("0x71")).hasValue(KeyEvent.VK_Q);
        assertThat(KeyMap.toVirtualKey("Enter")).hasValue(KeyEvent.VK_ENTER);
        assertThat(KeyMap.toVirtualKey("Return")).hasValue(KeyEvent.VK_ENTER);
        assertThat(KeyMap.toVirtualKey("0xFF0D")).hasValue(KeyEvent.VK_ENTER);
        assertThat(KeyMap.toVirtualKey("ArrowLeft")).hasValue(KeyEvent.VK_LEFT);
        assertThat(KeyMap.toVirtualKey("Left")).hasValue(KeyEvent.VK_LEFT);
        assertThat(KeyMap.toVirtualKey("F12")).hasValue(KeyEvent.VK_F12);
        assertThat(KeyMap.toVirtualKey("0xffc9")).hasValue(KeyEvent.VK_F12);
        assertThat(KeyMap.toVirtualKey("Digit7")).hasValue(KeyEvent.VK_7);
        assertThat(KeyMap.toVirtualKey("Numpad7")).hasValue(KeyEvent.VK_NUMPAD7);
        assertThat(KeyMap.toVirtualKey("Slash")).hasValue(KeyEvent.VK_SLASH);
        assertThat(KeyMap.toVirtualKey("ControlLeft")).hasValue(KeyEvent.VK_CONTROL);
    }

    @Test
    void unknownKeysMapToNothing() {
        assertThat(KeyMap.toVirtualKey("LaunchMail")).isEmpty();
        assertThat(KeyMap.toVirtualKey("0xzz")).isEmpty();
        assertThat(KeyMap.toVirtualKey("")).isEmpty();
    }

    @Test
    void escapeIsRecognisedUnderEveryName() {
        assertThat(KeyMap.isEscape("Escape")).isTrue();
        assertThat(KeyMap.isEscape("0xff1b")).isTrue();
        assertThat(KeyMap.isEscape("KeyE")).isFalse();
    }
}
