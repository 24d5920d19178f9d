package io.remoteassist.capture.source;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** {@code XShmSegmentInfo}. Xlib keeps a pointer to it in the XImage: the owner must keep it reachable. */
@Structure.FieldOrder({"shmseg", "shmid", "shmaddr", "readOnly"})
public final class XShmSegmentInfo extends Structure {
    public NativeLong shmseg;
    public int shmid;
    public Pointer shmaddr;
    public int readOnly;
}
