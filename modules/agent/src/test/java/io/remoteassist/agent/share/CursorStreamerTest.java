package io.remoteassist.agent.share;

import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.protocol.CursorShape;
import io.remoteassist.transport.protocol.CursorUpdate;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CursorStreamerTest {

    private static final CursorImage ARROW = new CursorImage(1, 2, 2, 0, 1,
        new int[] {0xFF000000, 0x80FFFFFF, 0, 0xFF102030});
    private static final CursorImage BEAM = new CursorImage(2, 1, 3, 0, 2, new int[] {0xFF000000, 0xFF000000, 0});

    private final ScriptedSource source = new ScriptedSource();
    private final List<Frame> sent = new ArrayList<>();
    private final CursorStreamer streamer = new CursorStreamer(source, 30, sent::add, note -> { });

    @Test
    void theFirstPollSendsPositionAndShapeAnUnchangedPointerNothing() throws Exception {
        source.then(10, 20, ARROW).then(10, 20, ARROW).then(10, 20, ARROW);

        assertThat(streamer.tick()).isTrue();
        assertThat(streamer.tick()).isFalse();
        assertThat(streamer.tick()).isFalse();

        assertThat(sent).hasSize(1);
        CursorUpdate first = decode(sent.get(0));
        assertThat(first.x()).isEqualTo(10);
        assertThat(first.y()).isEqualTo(20);
        assertThat(first.shape()).contains(new CursorShape(0, 1, 2, 2, new byte[] {
            (byte) 0xFF, 0, 0, 0, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0,
            (byte) 0xFF, 0x10, 0x20, 0x30}));
        assertThat(sent.get(0).key()).isEqualTo(CursorUpdate.SHAPE_KEY);
        assertThat(sent.get(0).type()).isEqualTo(FrameType.CURSOR);
    }

    @Test
    void aMoveSendsThePositionAloneAndANewSerialTheShapeOnce() throws Exception {
        source.then(10, 20, ARROW).then(11, 20, ARROW).then(30, 40, BEAM).then(31, 40, BEAM);

        for (int i = 0; i < 4; i++) {
            streamer.tick();
        }

        assertThat(sent).extracting(Frame::key)
            .containsExactly(CursorUpdate.SHAPE_KEY, CursorUpdate.KEY, CursorUpdate.SHAPE_KEY, CursorUpdate.KEY);
        assertThat(decode(sent.get(1))).isEqualTo(new CursorUpdate(11, 20, Optional.empty()));
        assertThat(decode(sent.get(2)).shape()).map(CursorShape::height).contains(3);
        assertThat(decode(sent.get(3))).isEqualTo(new CursorUpdate(31, 40, Optional.empty()));
    }

    @Test
    void aViewerStartingOverGetsTheShapeAgainEvenIfThePointerStayed() throws Exception {
        source.then(5, 5, ARROW).then(5, 5, ARROW).then(5, 5, ARROW);
        streamer.tick();

        streamer.refresh();
        streamer.tick();
        streamer.tick();

        assertThat(sent).hasSize(2);
        assertThat(decode(sent.get(1)).shape()).isPresent();
    }

    @Test
    void aSourceWithoutShapesSendsPositionsOnly() throws Exception {
        source.then(5, 5, null).then(6, 5, null);

        streamer.tick();
        streamer.tick();

        assertThat(sent).extracting(Frame::key).containsExactly(CursorUpdate.KEY, CursorUpdate.KEY);
        assertThat(decode(sent.get(1))).isEqualTo(new CursorUpdate(6, 5, Optional.empty()));
    }

    @Test
    void positionsOffTheWireRangeAreClamped() throws Exception {
        source.then(-4, 70_000, null);

        streamer.tick();

        assertThat(decode(sent.get(0))).isEqualTo(new CursorUpdate(0, 0xFFFF, Optional.empty()));
    }

    @Test
    void aPointerMovingFasterThanTheLinkLeavesOnlyTheLatestPositionAndTheLatestShapeWaiting() throws Exception {
        CursorSlot slot = new CursorSlot();
        CursorStreamer coalesced = new CursorStreamer(source, 30, slot::offer, note -> { });
        source.then(0, 0, ARROW);
        for (int i = 1; i <= 1000; i++) {
            source.then(i, i, i == 500 ? BEAM : null);
        }

        for (int i = 0; i <= 1000; i++) {
            coalesced.tick();
        }

        assertThat(slot.size()).isEqualTo(2);
        List<Frame> out = new ArrayList<>();
        slot.drainTo(out);
        // the latest shape, then the latest position after it: applied in order they leave the pointer right
        assertThat(decode(out.get(0)).shape()).map(CursorShape::height).contains(3);
        assertThat(decode(out.get(0)).x()).isEqualTo(500);
        assertThat(decode(out.get(1))).isEqualTo(new CursorUpdate(1000, 1000, Optional.empty()));
        assertThat(slot.replaced()).isEqualTo(999);
        assertThat(slot.isEmpty()).isTrue();
    }

    @Test
    void aNewShapeAlsoReplacesTheOlderPositionWaitingBeforeIt() throws Exception {
        CursorSlot slot = new CursorSlot();
        slot.offer(PayloadCodec.encode(new CursorUpdate(1, 1, Optional.empty())));
        slot.offer(PayloadCodec.encode(new CursorUpdate(2, 2, Optional.of(CursorStreamer.shape(BEAM)))));

        List<Frame> out = new ArrayList<>();
        slot.drainTo(out);

        assertThat(out).hasSize(1);
        assertThat(decode(out.get(0)).x()).isEqualTo(2);
    }

    private static CursorUpdate decode(Frame frame) throws ProtocolException {
        return (CursorUpdate) PayloadCodec.decode(frame);
    }

    /** A pointer that reports the scripted states one poll at a time (the last one again when they run out). */
    private static final class ScriptedSource implements CursorSource {
        private final Deque<CursorState> states = new ArrayDeque<>();
        private CursorState last;

        ScriptedSource then(int x, int y, CursorImage image) {
            states.add(new CursorState(x, y, image));
            return this;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public CursorState poll() {
            if (!states.isEmpty()) {
                last = states.poll();
            }
            return last;
        }

        @Override
        public void close() {
        }
    }
}
