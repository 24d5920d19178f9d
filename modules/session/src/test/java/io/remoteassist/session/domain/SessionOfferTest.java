package io.remoteassist.session.domain;

import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.OfferRefusedEvent;
import io.remoteassist.session.api.RefuseOfferCommand;
import io.remoteassist.session.api.SessionCommandRefusedEvent;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionState;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.remoteassist.session.domain.SessionFixtures.ID;
import static io.remoteassist.session.domain.SessionFixtures.at;

class SessionOfferTest {

    private static final OfferRefusedEvent REFUSED = new OfferRefusedEvent(ID, "mallory", "10.0.0.7",
        "pc7.contoso.test", "mallory may not offer help to pc7.contoso.test", "offer", "g1", "Offer policy", at(0));

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture(new ActiveSessions());
    }

    @Test
    void aRefusedOfferIsRecordedAsASessionThatNeverStarted() {
        fixture.givenNoPriorActivity()
            .when(new RefuseOfferCommand(ID, "mallory", "10.0.0.7", "pc7.contoso.test",
                "mallory may not offer help to pc7.contoso.test", "offer", "g1", "Offer policy", at(0)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.REFUSED,
                "mallory may not offer help to pc7.contoso.test"))
            .expectEvents(REFUSED);
    }

    @Test
    void nobodyCanConsentToARefusedOffer() {
        fixture.given(REFUSED)
            .when(new AnswerConsentCommand(ID, "alice", true, at(5)))
            .expectEvents(new SessionCommandRefusedEvent(ID, "alice", "consent", SessionState.REFUSED,
                "the session is refused", at(5)));
    }
}
