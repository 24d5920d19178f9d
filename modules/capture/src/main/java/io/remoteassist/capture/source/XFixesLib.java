package io.remoteassist.capture.source;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** XFixes region and cursor calls of libXfixes. */
interface XFixesLib extends Library {

    static XFixesLib load() {
        return Native.load("Xfixes", XFixesLib.class);
    }

    boolean XFixesQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

    NativeLong XFixesCreateRegion(Pointer display, Pointer rectangles, int count);

    /** Returns an {@code XRectangle[count]} (short x, y; unsigned short width, height) to free with XFree. */
    Pointer XFixesFetchRegion(Pointer display, NativeLong region, IntByReference count);

    void XFixesDestroyRegion(Pointer display, NativeLong region);

    /** Event offset of XFixesCursorNotify from the extension's event base. */
    int CURSOR_NOTIFY = 1;

    /** Selects XFixesCursorNotify events for every change of the displayed cursor. */
    long DISPLAY_CURSOR_NOTIFY_MASK = 1L;

    void XFixesSelectCursorInput(Pointer display, NativeLong window, NativeLong eventMask);

    /** Returns an {@code XFixesCursorImage*} to free with XFree. */
    Pointer XFixesGetCursorImage(Pointer display);
}
