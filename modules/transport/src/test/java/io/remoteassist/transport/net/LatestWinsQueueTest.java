package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.net.LatestWinsQueue.Offer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestWinsQueueTest {

    private static final int TILE = 100;

    private final LatestWinsQueue queue = new LatestWinsQueue(new QueueLimits(3, 1000, 5L * (12 + TILE)));

    @Test
    void framesOfOneLaneLeaveInTheOrderTheyCame() {
        queue.offer(tile(1, 0));
        queue.offer(tile(2, 0));
        queue.offer(tile(3, 0));
        assertThat(drain()).extracting(Frame::key).containsExactly(1, 2, 3);
    }

    @Test
    void reliableFramesOvertakeScreenFrames() {
        queue.offer(tile(1, 0));
        queue.offer(input(7));
        queue.offer(tile(2, 0));
        queue.offer(input(8));
        assertThat(drain()).extracting(Frame::type)
                .containsExactly(FrameType.INPUT, FrameType.INPUT, FrameType.SCREEN_TILE, FrameType.SCREEN_TILE);
    }

    @Test
    void aNewerTileAtTheSamePositionReplacesTheQueuedOneAndMovesToTheBack() {
        queue.offer(tile(1, 0));
        queue.offer(tile(2, 0));
        assertThat(queue.offer(tile(1, 1))).isEqualTo(Offer.REPLACED);
        List<Frame> out = drain();
        assertThat(out).extracting(Frame::key).containsExactly(2, 1);
        assertThat(out.get(1).payload()[0]).isEqualTo((byte) 1);
        assertThat(queue.replacedFrames()).isEqualTo(1);
        assertThat(queue.droppedFrames()).isZero();
    }

    @Test
    void thePointerOvertakesScreenFramesButNotReliableOnes() {
        queue.offer(tile(1, 0));
        queue.offer(tile(2, 0));
        queue.offer(new Frame(FrameType.CURSOR, 0, 1, new byte[4]));
        queue.offer(input(7));
        assertThat(drain()).extracting(Frame::type).containsExactly(FrameType.INPUT, FrameType.CURSOR,
                FrameType.SCREEN_TILE, FrameType.SCREEN_TILE);
    }

    @Test
    void aNewerPointerReplacesTheQueuedOneAndTheScreenIsDroppedBeforeIt() {
        queue.offer(new Frame(FrameType.CURSOR, 0, 1, new byte[4]));
        assertThat(queue.offer(new Frame(FrameType.CURSOR, 0, 1, new byte[] {9, 9, 9, 9})))
                .isEqualTo(Offer.REPLACED);
        for (int key = 1; key <= 5; key++) {
            queue.offer(tile(key, 0));
        }
        List<Frame> out = drain();
        assertThat(out.get(0).type()).isEqualTo(FrameType.CURSOR);
        assertThat(out.get(0).payload()[0]).isEqualTo((byte) 9);
        assertThat(out).filteredOn(f -> f.type() == FrameType.CURSOR).hasSize(1);
        assertThat(queue.droppedFrames()).isEqualTo(1);
    }

    @Test
    void sameKeyOfAnotherTypeDoesNotReplace() {
        queue.offer(tile(1, 0));
        assertThat(queue.offer(new Frame(FrameType.CURSOR, 0, 1, new byte[4]))).isEqualTo(Offer.QUEUED);
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void unkeyedScreenFramesNeverReplaceEachOther() {
        queue.offer(tile(0, 0));
        assertThat(queue.offer(tile(0, 1))).isEqualTo(Offer.QUEUED);
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void overTheBudgetTheOldestScreenFramesAreDropped() {
        for (int key = 1; key <= 7; key++) {
            queue.offer(tile(key, 0));
        }
        assertThat(queue.droppedFrames()).isEqualTo(2);
        assertThat(drain()).extracting(Frame::key).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void aScreenFrameLargerThanTheBudgetIsDroppedAtOnce() {
        assertThat(queue.offer(new Frame(FrameType.SCREEN_TILE, 0, 1, new byte[1000]))).isEqualTo(Offer.DROPPED);
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.droppedFrames()).isEqualTo(1);
    }

    @Test
    void reliableFramesAreNeverDroppedButOverflowTheirBound() {
        assertThat(queue.offer(input(1))).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(input(2))).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(input(3))).isEqualTo(Offer.QUEUED);
        assertThat(queue.offer(input(4))).isEqualTo(Offer.OVERFLOW);
        assertThat(queue.overflows()).isEqualTo(1);
        assertThat(queue.droppedFrames()).isZero();
        assertThat(drain()).extracting(f -> f.payload()[0]).containsExactly((byte) 1, (byte) 2, (byte) 3);
    }

    @Test
    void reliableBytesAreBoundedToo() {
        LatestWinsQueue small = new LatestWinsQueue(new QueueLimits(100, 50, 1000));
        assertThat(small.offer(Frame.of(FrameType.CHAT, new byte[30]))).isEqualTo(Offer.QUEUED);
        assertThat(small.offer(Frame.of(FrameType.CHAT, new byte[30]))).isEqualTo(Offer.OVERFLOW);
    }

    @Test
    void screenFramesDoNotUseTheReliableBudget() {
        for (int i = 0; i < 3; i++) {
            queue.offer(input(i));
        }
        assertThat(queue.offer(tile(9, 0))).isEqualTo(Offer.QUEUED);
    }

    @Test
    void queuedBytesFollowOffersPollsAndReplacements() {
        queue.offer(tile(1, 0));
        queue.offer(tile(1, 1));
        queue.offer(input(1));
        assertThat(queue.queuedBytes()).isEqualTo(12 + TILE + 12 + 1);
        drain();
        assertThat(queue.queuedBytes()).isZero();
        assertThat(queue.poll()).isNull();
    }

    @Test
    void clearingCountsWhatWasDiscarded() {
        queue.offer(tile(1, 0));
        queue.offer(input(1));
        queue.clear();
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.droppedFrames()).isEqualTo(2);
        assertThat(queue.queuedBytes()).isZero();
    }

    private static Frame tile(int key, int version) {
        byte[] payload = new byte[TILE];
        payload[0] = (byte) version;
        return new Frame(FrameType.SCREEN_TILE, 0, key, payload);
    }

    private static Frame input(int marker) {
        return Frame.of(FrameType.INPUT, new byte[] {(byte) marker});
    }

    private List<Frame> drain() {
        List<Frame> out = new ArrayList<>();
        for (Frame frame = queue.poll(); frame != null; frame = queue.poll()) {
            out.add(frame);
        }
        return out;
    }
}
