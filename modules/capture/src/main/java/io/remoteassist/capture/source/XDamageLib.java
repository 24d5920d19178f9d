package io.remoteassist.capture.source;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** XDamage calls of libXdamage. */
interface XDamageLib extends Library {

    static XDamageLib load() {
        return Native.load("Xdamage", XDamageLib.class);
    }

    int REPORT_NON_EMPTY = 3;
    int DAMAGE_NOTIFY = 0;

    boolean XDamageQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

    NativeLong XDamageCreate(Pointer display, NativeLong drawable, int level);

    void XDamageSubtract(Pointer display, NativeLong damage, NativeLong repair, NativeLong parts);

    void XDamageDestroy(Pointer display, NativeLong damage);
}
