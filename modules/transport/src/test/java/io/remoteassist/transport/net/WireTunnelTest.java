package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.FrameCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTunnelTest {

    private final List<byte[]> written = new ArrayList<>();
    private final List<TransportStatus> outputCloses = new ArrayList<>();
    private final List<Frame> received = new ArrayList<>();
    private final List<TransportStatus> sinkCloses = new ArrayList<>();
    private final WireTunnel tunnel = new WireTunnel(new WireOutput() {
        @Override
        public void write(ByteBuffer frame) {
            byte[] bytes = new byte[frame.remaining()];
            frame.get(bytes);
            written.add(bytes);
        }

        @Override
        public void close(TransportStatus status) {
            outputCloses.add(status);
        }
    });

    WireTunnelTest() {
        tunnel.receive(new FrameSink() {
            @Override
            public void accept(Frame frame) {
                received.add(frame);
            }

            @Override
            public void closed(TransportStatus status) {
                sinkCloses.add(status);
            }
        });
    }

    @Test
    void eachSentFrameIsOneWriteOfItsWireBytes() throws Exception {
        Frame ping = Frame.of(FrameType.PING, new byte[8]);
        tunnel.send(ping);
        assertThat(written).containsExactly(FrameCodec.encode(ping));
    }

    @Test
    void inboundBytesAreParsedAcrossChunks() {
        byte[] wire = FrameCodec.encode(Frame.of(FrameType.CHAT, new byte[] {1, 2, 3}));
        assertThat(tunnel.feed(ByteBuffer.wrap(wire, 0, 5))).isTrue();
        assertThat(received).isEmpty();
        tunnel.feed(ByteBuffer.wrap(wire, 5, wire.length - 5));
        assertThat(received).containsExactly(Frame.of(FrameType.CHAT, new byte[] {1, 2, 3}));
    }

    @Test
    void aProtocolErrorClosesBothSidesWithItsStatus() {
        byte[] garbage = "GET / HTTP/1.1\r\n".getBytes();
        assertThat(tunnel.feed(ByteBuffer.wrap(garbage))).isFalse();
        assertThat(outputCloses).containsExactly(TransportStatus.UNSUPPORTED_VERSION);
        assertThat(sinkCloses).containsExactly(TransportStatus.UNSUPPORTED_VERSION);
        assertThat(tunnel.isOpen()).isFalse();
    }

    @Test
    void aClosedTunnelRefusesToSend() {
        tunnel.close(TransportStatus.SUCCESS);
        tunnel.close(TransportStatus.TIMEOUT);
        assertThat(outputCloses).containsExactly(TransportStatus.SUCCESS);
        assertThatThrownBy(() -> tunnel.send(Frame.of(FrameType.PING, new byte[8])))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.status()).isEqualTo(TransportStatus.GOING_AWAY));
    }
}
