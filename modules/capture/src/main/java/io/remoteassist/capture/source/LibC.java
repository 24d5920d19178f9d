package io.remoteassist.capture.source;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** System V shared memory calls of libc. */
interface LibC extends Library {

    static LibC load() {
        return Native.load("c", LibC.class);
    }

    int IPC_PRIVATE = 0;
    int IPC_CREAT = 01000;
    int IPC_RMID = 0;

    int shmget(int key, NativeLong size, int flags);

    Pointer shmat(int id, Pointer address, int flags);

    int shmdt(Pointer address);

    int shmctl(int id, int command, Pointer buffer);
}
