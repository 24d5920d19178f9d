package io.remoteassist.session.domain;

import io.remoteassist.session.api.SessionClaim;
import io.remoteassist.session.api.SessionId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActiveSessionsTest {

    private final ActiveSessions sessions = new ActiveSessions();
    private final SessionId first = SessionId.random();
    private final SessionId second = SessionId.random();

    @Test
    void theFirstClaimForAUserIsGranted() {
        SessionClaim claim = sessions.claim("alice", first);
        assertThat(claim.granted()).isTrue();
        assertThat(sessions.activeSessionOf("alice")).contains(first);
    }

    @Test
    void aSecondSessionForTheSameUserIsNotGrantedAndNamesTheHolder() {
        sessions.claim("alice", first);
        SessionClaim claim = sessions.claim("alice", second);
        assertThat(claim.granted()).isFalse();
        assertThat(claim.holder()).isEqualTo(first);
    }

    @Test
    void claimingAgainForTheHoldingSessionIsGranted() {
        sessions.claim("alice", first);
        assertThat(sessions.claim("alice", first).granted()).isTrue();
    }

    @Test
    void userNamesCompareWithoutRegardToCase() {
        sessions.claim("Alice", first);
        assertThat(sessions.claim("ALICE", second).granted()).isFalse();
    }

    @Test
    void aHelperMayHelpSeveralUsersAtOnce() {
        assertThat(sessions.claim("alice", first).granted()).isTrue();
        assertThat(sessions.claim("dave", second).granted()).isTrue();
        assertThat(sessions.size()).isEqualTo(2);
    }

    @Test
    void releasingFreesTheUserForTheNextSession() {
        sessions.claim("alice", first);
        assertThat(sessions.release("alice", first)).isTrue();
        assertThat(sessions.claim("alice", second).granted()).isTrue();
    }

    @Test
    void anotherSessionCannotReleaseTheHolder() {
        sessions.claim("alice", first);
        assertThat(sessions.release("alice", second)).isFalse();
        assertThat(sessions.activeSessionOf("alice")).contains(first);
    }

    @Test
    void releasingBySessionFindsItsUser() {
        sessions.claim("alice", first);
        assertThat(sessions.release(first)).isTrue();
        assertThat(sessions.activeSessionOf("alice")).isEmpty();
    }

    @Test
    void aBlankUserIsRejected() {
        assertThatThrownBy(() -> sessions.claim(" ", first)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofManyConcurrentClaimsForOneUserExactlyOneWins() throws Exception {
        int contenders = 32;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SessionClaim>> claims = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                SessionId session = SessionId.random();
                claims.add(pool.submit(() -> {
                    start.await();
                    return sessions.claim("alice", session);
                }));
            }
            start.countDown();
            List<SessionClaim> answers = new ArrayList<>();
            for (Future<SessionClaim> claim : claims) {
                answers.add(claim.get(10, TimeUnit.SECONDS));
            }
            List<SessionClaim> granted = answers.stream().filter(SessionClaim::granted).toList();
            assertThat(granted).hasSize(1);
            assertThat(answers).allMatch(a -> a.holder().equals(granted.get(0).requested()));
            assertThat(sessions.activeSessionOf("alice")).contains(granted.get(0).requested());
        } finally {
            pool.shutdownNow();
        }
    }
}
