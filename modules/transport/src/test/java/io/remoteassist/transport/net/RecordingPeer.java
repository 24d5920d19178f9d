package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.TransportStatus;
import java.util.ArrayList;
import java.util.List;

/** A relay peer for tests: counts wake-ups, remembers the close status, drains on demand. */
final class RecordingPeer implements RelayPeer {

    int wakeUps;
    final List<TransportStatus> closes = new ArrayList<>();
    RelayLink link;

    @Override
    public void outboundReady() {
        wakeUps++;
    }

    @Override
    public void closed(TransportStatus status) {
        closes.add(status);
    }

    List<Frame> drain() {
        List<Frame> out = new ArrayList<>();
        for (Frame frame = link.poll(); frame != null; frame = link.poll()) {
            out.add(frame);
        }
        return out;
    }
}
