package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayTest {

    private final List<String> facts = new ArrayList<>();
    private final List<RelayStats> endings = new ArrayList<>();
    private final Relay relay = new Relay(new QueueLimits(4, 4096, 1024), new RelayListener() {
        @Override
        public void paired(String sessionId) {
            facts.add("paired " + sessionId);
        }

        @Override
        public void ended(String sessionId, TransportStatus status, RelayStats stats) {
            facts.add("ended " + sessionId + " " + status);
            endings.add(stats);
        }
    });
    private final RecordingPeer user = new RecordingPeer();
    private final RecordingPeer helper = new RecordingPeer();

    @Test
    void framesFromOneEndReachTheOtherUnchanged() throws Exception {
        pair();
        Frame tile = new Frame(FrameType.SCREEN_TILE, 0, 7, new byte[] {1, 2, 3});
        Frame input = Frame.of(FrameType.INPUT, new byte[] {4});
        user.link.forward(tile);
        helper.link.forward(input);
        assertThat(helper.drain()).containsExactly(tile);
        assertThat(user.drain()).containsExactly(input);
        assertThat(facts).containsExactly("paired s1");
    }

    @Test
    void framesSentBeforeTheOtherEndJoinsWaitForIt() throws Exception {
        user.link = relay.join("s1", Role.USER, user);
        user.link.forward(Frame.of(FrameType.HELLO, new byte[] {1}));
        helper.link = relay.join("s1", Role.HELPER, helper);
        assertThat(helper.wakeUps).isEqualTo(1);
        assertThat(helper.drain()).extracting(Frame::type).containsExactly(FrameType.HELLO);
    }

    @Test
    void aRoleJoinsASessionOnlyOnce() throws Exception {
        pair();
        assertThatThrownBy(() -> relay.join("s1", Role.HELPER, new RecordingPeer()))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.status()).isEqualTo(TransportStatus.ROLE_TAKEN));
        assertThat(user.link.isOpen()).isTrue();
    }

    @Test
    void whenOneEndLeavesBothAreClosedWithItsStatus() throws Exception {
        pair();
        user.link.forward(Frame.of(FrameType.CHAT, new byte[10]));
        helper.link.leave(TransportStatus.PEER_LEFT);
        helper.link.leave(TransportStatus.SUCCESS);
        assertThat(user.closes).containsExactly(TransportStatus.PEER_LEFT);
        assertThat(helper.closes).containsExactly(TransportStatus.PEER_LEFT);
        assertThat(facts).containsExactly("paired s1", "ended s1 PEER_LEFT");
        assertThat(relay.sessionCount()).isZero();
        assertThat(helper.link.poll()).isNull();
        user.link.forward(Frame.of(FrameType.CHAT, new byte[10]));
        assertThat(relay.sessionCount()).isZero();
    }

    @Test
    void aSessionIdCanBeReusedOnlyAfterItEnded() throws Exception {
        pair();
        user.link.leave(TransportStatus.SUCCESS);
        RecordingPeer next = new RecordingPeer();
        next.link = relay.join("s1", Role.HELPER, next);
        assertThat(next.link.isOpen()).isTrue();
        assertThat(user.link.isOpen()).isFalse();
    }

    @Test
    void bytesAreCountedPerDirection() throws Exception {
        pair();
        user.link.forward(new Frame(FrameType.SCREEN_TILE, 0, 1, new byte[100]));
        user.link.forward(new Frame(FrameType.CURSOR, 0, 1, new byte[20]));
        helper.link.forward(Frame.of(FrameType.INPUT, new byte[5]));
        helper.drain();
        user.drain();
        RelayStats stats = user.link.stats();
        assertThat(stats.userToHelperBytes()).isEqualTo(112 + 32);
        assertThat(stats.userToHelperFrames()).isEqualTo(2);
        assertThat(stats.helperToUserBytes()).isEqualTo(17);
        assertThat(stats.helperToUserFrames()).isEqualTo(1);
        user.link.leave(TransportStatus.SUCCESS);
        assertThat(endings).containsExactly(stats);
    }

    @Test
    void aSlowReaderGetsOnlyTheLatestTileOfEachPosition() throws Exception {
        pair();
        for (int version = 0; version < 50; version++) {
            user.link.forward(new Frame(FrameType.SCREEN_TILE, 0, 1, new byte[] {(byte) version}));
            user.link.forward(new Frame(FrameType.SCREEN_TILE, 0, 2, new byte[] {(byte) version}));
        }
        List<Frame> delivered = helper.drain();
        assertThat(delivered).hasSize(2);
        assertThat(delivered).allSatisfy(frame -> assertThat(frame.payload()[0]).isEqualTo((byte) 49));
        assertThat(user.link.stats().replacedFrames()).isEqualTo(98);
    }

    @Test
    void aSlowReaderOverflowingItsReliableQueueClosesTheSession() throws Exception {
        pair();
        for (int i = 0; i < 5; i++) {
            helper.link.forward(Frame.of(FrameType.INPUT, new byte[] {(byte) i}));
        }
        assertThat(user.closes).containsExactly(TransportStatus.QUEUE_OVERFLOW);
        assertThat(helper.closes).containsExactly(TransportStatus.QUEUE_OVERFLOW);
        assertThat(facts).contains("ended s1 QUEUE_OVERFLOW");
    }

    @Test
    void thePeerIsWokenOnlyWhenItsQueueStopsBeingEmpty() throws Exception {
        pair();
        user.link.forward(Frame.of(FrameType.CHAT, new byte[1]));
        user.link.forward(Frame.of(FrameType.CHAT, new byte[1]));
        assertThat(helper.wakeUps).isEqualTo(1);
        helper.drain();
        user.link.forward(Frame.of(FrameType.CHAT, new byte[1]));
        assertThat(helper.wakeUps).isEqualTo(2);
    }

    @Test
    void theServerCanEndASessionFromOutside() throws Exception {
        pair();
        assertThat(relay.close("s1", TransportStatus.REFUSED)).isTrue();
        assertThat(relay.close("s1", TransportStatus.REFUSED)).isFalse();
        assertThat(user.closes).containsExactly(TransportStatus.REFUSED);
        assertThat(helper.closes).containsExactly(TransportStatus.REFUSED);
    }

    @Test
    void sessionsAreIndependent() throws Exception {
        pair();
        RecordingPeer otherUser = new RecordingPeer();
        otherUser.link = relay.join("s2", Role.USER, otherUser);
        otherUser.link.forward(Frame.of(FrameType.CHAT, new byte[1]));
        assertThat(helper.drain()).isEmpty();
        assertThat(relay.stats("s2")).isPresent();
        assertThat(relay.sessionCount()).isEqualTo(2);
    }

    private void pair() throws TransportException {
        user.link = relay.join("s1", Role.USER, user);
        helper.link = relay.join("s1", Role.HELPER, helper);
    }
}
