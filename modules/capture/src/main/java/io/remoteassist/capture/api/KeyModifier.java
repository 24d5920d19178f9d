package io.remoteassist.capture.api;

/** Modifier keys held while a key is pressed. */
public enum KeyModifier {
    SHIFT,
    CONTROL,
    ALT,
    META
}
