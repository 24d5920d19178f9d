package io.remoteassist.capture.input;

import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Maps key identifiers to AWT virtual key codes: browser {@code KeyboardEvent.code} values, X keysym names
 * and X keysym numbers ({@code "0xff0d"}) for letters, digits, function keys, navigation, editing,
 * modifiers, punctuation of a US layout and the numeric keypad. Thread-safe (immutable).
 */
public final class KeyMap {

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final Map<Integer, Integer> BY_KEYSYM = new HashMap<>();

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            int vk = KeyEvent.VK_A + (c - 'A');
            names(vk, "Key" + c, String.valueOf(c), String.valueOf(Character.toLowerCase(c)));
            BY_KEYSYM.put((int) c, vk);
            BY_KEYSYM.put((int) Character.toLowerCase(c), vk);
        }
        for (char c = '0'; c <= '9'; c++) {
            names(KeyEvent.VK_0 + (c - '0'), "Digit" + c, String.valueOf(c));
            names(KeyEvent.VK_NUMPAD0 + (c - '0'), "Numpad" + c, "KP_" + c);
            BY_KEYSYM.put((int) c, KeyEvent.VK_0 + (c - '0'));
            BY_KEYSYM.put(0xffb0 + (c - '0'), KeyEvent.VK_NUMPAD0 + (c - '0'));
        }
        for (int f = 1; f <= 12; f++) {
            names(KeyEvent.VK_F1 + f - 1, "F" + f);
            BY_KEYSYM.put(0xffbd + f, KeyEvent.VK_F1 + f - 1);
        }
        key(KeyEvent.VK_ENTER, 0xff0d, "Enter", "Return");
        key(KeyEvent.VK_ESCAPE, 0xff1b, "Escape");
        key(KeyEvent.VK_BACK_SPACE, 0xff08, "Backspace", "BackSpace");
        key(KeyEvent.VK_TAB, 0xff09, "Tab");
        key(KeyEvent.VK_SPACE, 0x20, "Space", "space");
        key(KeyEvent.VK_LEFT, 0xff51, "ArrowLeft", "Left");
        key(KeyEvent.VK_UP, 0xff52, "ArrowUp", "Up");
        key(KeyEvent.VK_RIGHT, 0xff53, "ArrowRight", "Right");
        key(KeyEvent.VK_DOWN, 0xff54, "ArrowDown", "Down");
        key(KeyEvent.VK_HOME, 0xff50, "Home");
        key(KeyEvent.VK_END, 0xff57, "End");
        key(KeyEvent.VK_PAGE_UP, 0xff55, "PageUp", "Prior", "Page_Up");
        key(KeyEvent.VK_PAGE_DOWN, 0xff56, "PageDown", "Next", "Page_Down");
        key(KeyEvent.VK_INSERT, 0xff63, "Insert");
        key(KeyEvent.VK_DELETE, 0xffff, "Delete");
        key(KeyEvent.VK_SHIFT, 0xffe1, "ShiftLeft", "Shift_L");
        key(KeyEvent.VK_SHIFT, 0xffe2, "ShiftRight", "Shift_R");
        key(KeyEvent.VK_CONTROL, 0xffe3, "ControlLeft", "Control_L");
        key(KeyEvent.VK_CONTROL, 0xffe4, "ControlRight", "Control_R");
        key(KeyEvent.VK_ALT, 0xffe9, "AltLeft", "Alt_L");
        key(KeyEvent.VK_ALT_GRAPH, 0xfe03, "AltRight", "ISO_Level3_Shift");
        key(KeyEvent.VK_ALT, 0xffea, "Alt_R");
        key(KeyEvent.VK_WINDOWS, 0xffeb, "MetaLeft", "Super_L");
        key(KeyEvent.VK_WINDOWS, 0xffec, "MetaRight", "Super_R");
        key(KeyEvent.VK_CAPS_LOCK, 0xffe5, "CapsLock", "Caps_Lock");
        key(KeyEvent.VK_NUM_LOCK, 0xff7f, "NumLock", "Num_Lock");
        key(KeyEvent.VK_SCROLL_LOCK, 0xff14, "ScrollLock", "Scroll_Lock");
        key(KeyEvent.VK_PRINTSCREEN, 0xff61, "PrintScreen", "Print");
        key(KeyEvent.VK_PAUSE, 0xff13, "Pause");
        key(KeyEvent.VK_CONTEXT_MENU, 0xff67, "ContextMenu", "Menu");
        key(KeyEvent.VK_MINUS, '-', "Minus", "minus");
        key(KeyEvent.VK_EQUALS, '=', "Equal", "equal");
        key(KeyEvent.VK_OPEN_BRACKET, '[', "BracketLeft", "bracketleft");
        key(KeyEvent.VK_CLOSE_BRACKET, ']', "BracketRight", "bracketright");
        key(KeyEvent.VK_BACK_SLASH, '\\', "Backslash", "backslash");
        key(KeyEvent.VK_SEMICOLON, ';', "Semicolon", "semicolon");
        key(KeyEvent.VK_QUOTE, '\'', "Quote", "apostrophe");
        key(KeyEvent.VK_BACK_QUOTE, '`', "Backquote", "grave");
        key(KeyEvent.VK_COMMA, ',', "Comma", "comma");
        key(KeyEvent.VK_PERIOD, '.', "Period", "period");
        key(KeyEvent.VK_SLASH, '/', "Slash", "slash");
        key(KeyEvent.VK_ENTER, 0xff8d, "NumpadEnter", "KP_Enter");
        key(KeyEvent.VK_ADD, 0xffab, "NumpadAdd", "KP_Add");
        key(KeyEvent.VK_SUBTRACT, 0xffad, "NumpadSubtract", "KP_Subtract");
        key(KeyEvent.VK_MULTIPLY, 0xffaa, "NumpadMultiply", "KP_Multiply");
        key(KeyEvent.VK_DIVIDE, 0xffaf, "NumpadDivide", "KP_Divide");
        key(KeyEvent.VK_DECIMAL, 0xffae, "NumpadDecimal", "KP_Decimal");
    }

    private KeyMap() {
    }

    /** Returns the AWT key code for an identifier, empty when it is not a known key. */
    public static OptionalInt toVirtualKey(String key) {
        if (key == null || key.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer vk = BY_NAME.get(key);
        if (vk == null && key.length() > 2 && key.regionMatches(true, 0, "0x", 0, 2)) {
            try {
                vk = BY_KEYSYM.get(Integer.parseInt(key.substring(2).toLowerCase(Locale.ROOT), 16));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return vk == null ? OptionalInt.empty() : OptionalInt.of(vk);
    }

    /** Returns {@code true} when the identifier names the Escape key. */
    public static boolean isEscape(String key) {
        return toVirtualKey(key).orElse(-1) == KeyEvent.VK_ESCAPE;
    }

    private static void key(int vk, int keysym, String... names) {
        names(vk, names);
        BY_KEYSYM.put(keysym, vk);
    }

    private static void names(int vk, String... names) {
        for (String name : names) {
            BY_NAME.put(name, vk);
        }
    }
}
