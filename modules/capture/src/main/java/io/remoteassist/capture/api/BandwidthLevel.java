package io.remoteassist.capture.api;

/**
 * The Group Policy setting <em>Turn on bandwidth optimization</em>, as it applies to capture and encoding.
 *
 * <ul>
 *   <li>{@link #NONE}: no optimisation; true colour, lossless or adaptive as the encoder settings say.</li>
 *   <li>{@link #NO_FULL_WINDOW_DRAG}: a desktop setting (windows are dragged as outlines); the encoding
 *       does not change.</li>
 *   <li>{@link #NO_BACKGROUND}: a desktop setting (the wallpaper is hidden); the encoder does not support
 *       it by itself &mdash; the agent may ask the desktop to hide the wallpaper. The encoding does not
 *       change.</li>
 *   <li>{@link #FULL_256_COLORS}: pixels are quantised to a fixed 252-colour palette (6&times;7&times;6
 *       cube) before encoding, and the lossless palette encoding is always used.</li>
 * </ul>
 */
public enum BandwidthLevel {
    NONE,
    NO_FULL_WINDOW_DRAG,
    NO_BACKGROUND,
    FULL_256_COLORS
}
