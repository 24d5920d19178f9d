package io.remoteassist.agent.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.capture.api.BandwidthLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BandwidthPolicyTest {

    private static AppliedPolicy pushed(String bandwidth) throws Exception {
        return new AppliedPolicy("pc1", "7", "change", new ObjectMapper().readTree(
            "{\"type\":\"policy\",\"settings\":{\"bandwidth\":" + bandwidth + "}}"), Instant.EPOCH);
    }

    @Test
    void eachLevelOfThePolicyMapsToTheCaptureLevel() throws Exception {
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"enabled\",\"options\":{\"level\":\"full\"}}")))
            .isEqualTo(BandwidthLevel.FULL_256_COLORS);
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"enabled\",\"options\":{\"level\":\"no-drag\"}}")))
            .isEqualTo(BandwidthLevel.NO_FULL_WINDOW_DRAG);
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"enabled\",\"options\":{\"level\":\"no-background\"}}")))
            .isEqualTo(BandwidthLevel.NO_BACKGROUND);
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"enabled\",\"options\":{\"level\":\"none\"}}")))
            .isEqualTo(BandwidthLevel.NONE);
    }

    @Test
    void notConfiguredDisabledOrUnreadableMeansNoOptimization() throws Exception {
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"not-configured\"}"))).isEqualTo(BandwidthLevel.NONE);
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"disabled\",\"options\":{\"level\":\"full\"}}")))
            .isEqualTo(BandwidthLevel.NONE);
        assertThat(BandwidthPolicy.level(pushed("{\"state\":\"enabled\",\"options\":{\"level\":\"turbo\"}}")))
            .isEqualTo(BandwidthLevel.NONE);
        assertThat(BandwidthPolicy.level((AppliedPolicy) null)).isEqualTo(BandwidthLevel.NONE);
    }

    @Test
    void theDesktopLevelsSayTheyAreNotSupportedOnX11() {
        assertThat(BandwidthPolicy.note(BandwidthLevel.NO_FULL_WINDOW_DRAG)).contains("not supported on X11");
        assertThat(BandwidthPolicy.note(BandwidthLevel.NO_BACKGROUND)).contains("not supported on X11");
        assertThat(BandwidthPolicy.note(BandwidthLevel.FULL_256_COLORS)).contains("256 colours");
    }
}
