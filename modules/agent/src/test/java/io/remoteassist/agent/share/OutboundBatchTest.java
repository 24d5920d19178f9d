package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.net.LatestWinsQueue;
import io.remoteassist.transport.net.QueueLimits;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.ControlMode;
import io.remoteassist.transport.protocol.ControlState;
import io.remoteassist.transport.protocol.CursorUpdate;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundBatchTest {

    private final LatestWinsQueue queue = new LatestWinsQueue(new QueueLimits(4096, 4L * 1024 * 1024,
        Outbound.SCREEN_BUDGET));
    private final CursorSlot cursor = new CursorSlot();

    @Test
    void thePointerGoesAfterControlAndChatAndBeforeABigScreenUpdate() {
        for (int i = 0; i < 200; i++) {
            queue.offer(tile(i, 8 * 1024));
        }
        queue.offer(PayloadCodec.encode(new ControlState(ControlMode.GRANTED)));
        queue.offer(PayloadCodec.encode(new ChatMessage("alice", "hi", Instant.EPOCH)));
        cursor.offer(PayloadCodec.encode(new CursorUpdate(7, 8, Optional.empty())));

        List<Frame> batch = batch();

        assertThat(batch).extracting(Frame::type).startsWith(FrameType.CONTROL_STATE, FrameType.CHAT,
            FrameType.CURSOR, FrameType.SCREEN_TILE);
        assertThat(batch).filteredOn(f -> f.type() == FrameType.CURSOR).hasSize(1);
        assertThat(batch.size()).as("one message holds about BATCH_BYTES").isLessThan(20);
        assertThat(cursor.isEmpty()).isTrue();
    }

    @Test
    void aPointerMovedWhileTheUpdateIsGoingOutOvertakesTheTilesStillWaiting() {
        for (int i = 0; i < 200; i++) {
            queue.offer(tile(i, 8 * 1024));
        }
        batch();

        cursor.offer(PayloadCodec.encode(new CursorUpdate(9, 9, Optional.empty())));
        List<Frame> next = batch();

        assertThat(next.get(0).type()).isEqualTo(FrameType.CURSOR);
        assertThat(queue.droppableCount()).isGreaterThan(100);
    }

    @Test
    void thePointerAloneMakesAMessage() {
        cursor.offer(PayloadCodec.encode(new CursorUpdate(1, 2, Optional.empty())));

        assertThat(batch()).extracting(Frame::type).containsExactly(FrameType.CURSOR);
    }

    @Test
    void thePointerWaitsWhileReliableFramesStillFillTheMessage() {
        for (int i = 0; i < 10; i++) {
            queue.offer(PayloadCodec.encode(new ChatMessage("alice", "x".repeat(15_000), Instant.EPOCH)));
        }
        cursor.offer(PayloadCodec.encode(new CursorUpdate(1, 2, Optional.empty())));

        List<Frame> first = batch();

        assertThat(first).extracting(Frame::type).doesNotContain(FrameType.CURSOR);
        assertThat(cursor.isEmpty()).isFalse();
    }

    private List<Frame> batch() {
        List<Frame> batch = new ArrayList<>();
        Outbound.nextBatch(queue.poll(), queue, cursor, batch);
        return batch;
    }

    private static Frame tile(int i, int bytes) {
        Frame clear = PayloadCodec.encode(new ScreenTile(i % 30 * 64, i / 30 * 64, 64, 64, 1, new byte[bytes]));
        return new Frame(clear.type(), 0, 0, clear.payload());
    }
}
