package io.remoteassist.server.relay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay writes through the Vert.x socket under each connection; an upgrade that hides it shows here. */
class DirectWritesTest {

    @Test
    void theVertxSocketOfAConnectionIsReachable() {
        assertThat(DirectWrites.available()).isTrue();
    }
}
