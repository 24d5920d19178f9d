package io.remoteassist.transport.protocol;

/** Range checks shared by the payload records' constructors. */
final class Ranges {

    private Ranges() {
    }

    static int u8(String name, int value) {
        return check(name, value, 0xFF);
    }

    static int u16(String name, int value) {
        return check(name, value, 0xFFFF);
    }

    static int s16(String name, int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
        return value;
    }

    private static int check(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " out of range 0.." + max + ": " + value);
        }
        return value;
    }
}
