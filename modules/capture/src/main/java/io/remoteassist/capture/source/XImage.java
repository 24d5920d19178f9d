package io.remoteassist.capture.source;

import com.sun.jna.Function;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** The head of Xlib's {@code XImage}, up to its function table, mapped onto memory Xlib owns. */
@Structure.FieldOrder({"width", "height", "xoffset", "format", "data", "byteOrder", "bitmapUnit", "bitmapBitOrder",
        "bitmapPad", "depth", "bytesPerLine", "bitsPerPixel", "redMask", "greenMask", "blueMask", "obdata",
        "createImage", "destroyImage"})
public final class XImage extends Structure {
    public int width;
    public int height;
    public int xoffset;
    public int format;
    public Pointer data;
    public int byteOrder;
    public int bitmapUnit;
    public int bitmapBitOrder;
    public int bitmapPad;
    public int depth;
    public int bytesPerLine;
    public int bitsPerPixel;
    public NativeLong redMask;
    public NativeLong greenMask;
    public NativeLong blueMask;
    public Pointer obdata;
    public Pointer createImage;
    public Pointer destroyImage;

    /** Maps and reads the image at {@code pointer}. */
    public XImage(Pointer pointer) {
        super(pointer);
        read();
    }

    /** Returns {@code true} for 32-bit little-endian {@code 0x00RRGGBB} pixels, the only layout copied as is. */
    boolean isXrgb32() {
        return depth >= 24 && bitsPerPixel == 32 && byteOrder == X11Lib.LSB_FIRST
                && redMask.longValue() == 0xFF0000L && greenMask.longValue() == 0xFF00L
                && blueMask.longValue() == 0xFFL;
    }

    /** Calls {@code XDestroyImage}, a macro over the image's own function table. */
    void destroy() {
        Function.getFunction(destroyImage).invokeInt(new Object[] {getPointer()});
    }
}
