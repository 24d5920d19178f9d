package io.remoteassist.capture.source;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** MIT-SHM calls of libXext. */
interface XExtLib extends Library {

    static XExtLib load() {
        return Native.load("Xext", XExtLib.class);
    }

    boolean XShmQueryExtension(Pointer display);

    Pointer XShmCreateImage(Pointer display, Pointer visual, int depth, int format, Pointer data,
            XShmSegmentInfo shminfo, int width, int height);

    boolean XShmAttach(Pointer display, XShmSegmentInfo shminfo);

    boolean XShmDetach(Pointer display, XShmSegmentInfo shminfo);

    boolean XShmGetImage(Pointer display, NativeLong drawable, Pointer image, int x, int y, NativeLong planeMask);
}
