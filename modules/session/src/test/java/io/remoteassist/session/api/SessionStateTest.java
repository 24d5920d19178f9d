package io.remoteassist.session.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStateTest {

    @Test
    void theScreenFlowsOnlyOnceAllowedAndNotPaused() {
        assertThat(Arrays.stream(SessionState.values()).filter(SessionState::screenMayFlow))
            .containsExactly(SessionState.VIEW_ONLY, SessionState.CONTROL_REQUESTED, SessionState.CONTROL_SHARED);
    }

    @Test
    void inputFlowsOnlyWhileControlIsShared() {
        assertThat(Arrays.stream(SessionState.values()).filter(SessionState::inputMayFlow))
            .containsExactly(SessionState.CONTROL_SHARED);
    }

    @Test
    void aPausedSessionIsStillConnected() {
        assertThat(SessionState.PAUSED.isConnected()).isTrue();
        assertThat(SessionState.AWAITING_CONSENT.isConnected()).isFalse();
    }

    @Test
    void declinedEndedAndRefusedAreFinal() {
        assertThat(Arrays.stream(SessionState.values()).filter(SessionState::isFinal))
            .containsExactly(SessionState.DECLINED, SessionState.ENDED, SessionState.REFUSED);
    }
}
