package io.remoteassist.capture.source;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.Rect;

/**
 * Grabs through MIT-SHM: one segment the size of the screen, shared with the X server, read by
 * {@code XShmGetImage} and copied into the frame buffer. The segment is marked for removal
 * ({@code IPC_RMID}) as soon as both sides are attached, so a crash leaks nothing.
 */
final class ShmGrabber implements RegionGrabber {

    private static final NativeLong ALL_PLANES = new NativeLong(-1L);

    private final X11Display x;
    private final XExtLib xext;
    private final LibC libc;
    // Xlib keeps pointers to both: they must stay reachable as long as the image lives.
    private final XShmSegmentInfo segment = new XShmSegmentInfo();
    private final XImage image;
    private boolean attached;

    private ShmGrabber(X11Display x, XExtLib xext, LibC libc) {
        this.x = x;
        this.xext = xext;
        this.libc = libc;
        Pointer visual = x.x11.XDefaultVisual(x.display, x.screen);
        int depth = x.x11.XDefaultDepth(x.display, x.screen);
        Pointer imagePointer = xext.XShmCreateImage(x.display, visual, depth, X11Lib.Z_PIXMAP, null, segment,
                x.width, x.height);
        if (imagePointer == null) {
            throw new CaptureException("XShmCreateImage failed");
        }
        image = new XImage(imagePointer);
        if (!image.isXrgb32()) {
            image.destroy();
            throw new CaptureException("unsupported pixel layout: depth " + image.depth + ", " + image.bitsPerPixel
                    + " bpp, byte order " + image.byteOrder);
        }
        attach();
    }

    /**
     * Sets up SHM on the connection.
     *
     * @throws CaptureException when the extension, the segment or the attach fails
     */
    static ShmGrabber open(X11Display x) {
        XExtLib xext;
        try {
            xext = XExtLib.load();
        } catch (UnsatisfiedLinkError e) {
            throw new CaptureException("libXext not available", e);
        }
        if (!xext.XShmQueryExtension(x.display)) {
            throw new CaptureException("MIT-SHM extension absent");
        }
        return new ShmGrabber(x, xext, LibC.load());
    }

    private void attach() {
        long bytes = (long) image.bytesPerLine * image.height;
        segment.shmid = libc.shmget(LibC.IPC_PRIVATE, new NativeLong(bytes), LibC.IPC_CREAT | 0600);
        if (segment.shmid < 0) {
            image.destroy();
            throw new CaptureException("shmget of " + bytes + " bytes failed");
        }
        Pointer address = libc.shmat(segment.shmid, null, 0);
        if (Pointer.nativeValue(address) == -1L) {
            libc.shmctl(segment.shmid, LibC.IPC_RMID, null);
            image.destroy();
            throw new CaptureException("shmat failed");
        }
        segment.shmaddr = address;
        segment.readOnly = 0;
        segment.write();
        image.data = address;
        image.writeField("data");
        boolean requested = xext.XShmAttach(x.display, segment);
        // A refused attach (remote display, other user) only shows as an error at the next round trip.
        int error = x.syncAndTakeError();
        libc.shmctl(segment.shmid, LibC.IPC_RMID, null);
        if (!requested || error != 0) {
            libc.shmdt(address);
            image.data = null;
            image.writeField("data");
            image.destroy();
            throw new CaptureException("XShmAttach refused (X error " + error + ")");
        }
        attached = true;
    }

    @Override
    public String name() {
        return "shm";
    }

    @Override
    public boolean grab(Rect area, int[] target, int stride) {
        int w = area.width();
        int h = area.height();
        image.width = w;
        image.height = h;
        image.bytesPerLine = w * 4;
        image.writeField("width");
        image.writeField("height");
        image.writeField("bytesPerLine");
        boolean ok = xext.XShmGetImage(x.display, x.root, image.getPointer(), area.x(), area.y(), ALL_PLANES);
        x.checkAlive();
        if (!ok || x.takeError() != 0) {
            return false;
        }
        Pointer data = segment.shmaddr;
        if (area.x() == 0 && w == stride) {
            data.read(0, target, area.y() * stride, w * h);
            RegionGrabber.maskRow(target, area.y() * stride, w * h);
            return true;
        }
        for (int row = 0; row < h; row++) {
            int offset = (area.y() + row) * stride + area.x();
            data.read((long) row * w * 4, target, offset, w);
            RegionGrabber.maskRow(target, offset, w);
        }
        return true;
    }

    @Override
    public void close() {
        if (!attached) {
            return;
        }
        attached = false;
        if (!x.isDead()) {
            xext.XShmDetach(x.display, segment);
            x.x11.XSync(x.display, 0);
        }
        libc.shmdt(segment.shmaddr);
        // The segment memory is ours, not Xlib's: detach it from the image before Xlib frees the image.
        image.data = null;
        image.writeField("data");
        image.destroy();
    }
}
