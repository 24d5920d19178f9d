package io.remoteassist.transport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransportStatusTest {

    @Test
    void everyWireCodeIsUniqueAndFindsItsStatus() {
        for (TransportStatus status : TransportStatus.values()) {
            assertThat(TransportStatus.fromCode(status.code())).contains(status);
            assertThat(status.code()).isBetween(0, 0xFFFF);
        }
        assertThat(Arrays.stream(TransportStatus.values()).mapToInt(TransportStatus::code).distinct().count())
                .isEqualTo(TransportStatus.values().length);
    }

    @Test
    void everyStatusMapsToASendableWebSocketCloseCode() {
        for (TransportStatus status : TransportStatus.values()) {
            // 1005, 1006 and 1015 must never be sent in a close frame
            assertThat(status.webSocketCode()).isBetween(1000, 1014).isNotIn(1004, 1005, 1006);
        }
    }

    @Test
    void anUnknownCodeFindsNothing() {
        assertThat(TransportStatus.fromCode(0x7E7E)).isEmpty();
    }

    @Test
    void frameTypeCodesAreUniqueAndRoundTrip() {
        for (FrameType type : FrameType.values()) {
            assertThat(FrameType.fromCode(type.code())).isSameAs(type);
        }
        assertThat(FrameType.fromCode(0)).isNull();
        assertThat(FrameType.fromCode(300)).isNull();
    }
}
