package io.remoteassist.session.infra;

import io.remoteassist.session.api.ActiveSessionRegistry;
import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.ConnectionLostCommand;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionState;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The module wired into a real Axon configuration (in-memory event store). */
class SessionAxonModuleTest {

    private final EventStorageEngine storage = new InMemoryEventStorageEngine();
    private final List<Configuration> started = new ArrayList<>();
    private final EndedListener ended = new EndedListener();

    @AfterEach
    void shutDown() {
        started.forEach(Configuration::shutdown);
    }

    @Test
    void aSecondHelperIsRefusedWhileTheFirstSessionRuns() {
        Configuration config = start(new SessionAxonModule());
        SessionOutcome first = config.commandGateway().sendAndWait(request(SessionId.random(), "bob"));
        SessionOutcome second = config.commandGateway().sendAndWait(request(SessionId.random(), "carol"));
        assertThat(first).isEqualTo(SessionOutcome.accepted(SessionState.AWAITING_CONSENT));
        assertThat(second).isEqualTo(SessionOutcome.refused(SessionState.REFUSED, "alice is already being helped"));
    }

    @Test
    void anEndedSessionFreesTheUserForTheNextHelper() {
        SessionAxonModule module = new SessionAxonModule();
        Configuration config = start(module);
        SessionId first = SessionId.random();
        config.commandGateway().sendAndWait(request(first, "bob"));
        config.commandGateway().sendAndWait(new EndSessionCommand(first, "bob", "done", Instant.now()));
        SessionOutcome next = config.commandGateway().sendAndWait(request(SessionId.random(), "carol"));
        assertThat(next.accepted()).isTrue();
    }

    @Test
    void theRegistryIsRebuiltFromTheEventsOnStart() {
        Configuration before = start(new SessionAxonModule());
        SessionId running = SessionId.random();
        SessionId over = SessionId.random();
        before.commandGateway().sendAndWait(request(running, "bob"));
        before.commandGateway().sendAndWait(new RequestSessionCommand(over, "dave", "dave-pc", "bob",
            SessionMode.OFFERED, null, Instant.now()));
        before.commandGateway().sendAndWait(new AnswerConsentCommand(over, "dave", false, Instant.now()));
        before.shutdown();

        SessionAxonModule restarted = new SessionAxonModule();
        start(restarted);
        ActiveSessionRegistry registry = restarted.activeSessionRegistry();
        assertThat(registry.activeSessionOf("alice")).contains(running);
        assertThat(registry.activeSessionOf("dave")).isEmpty();
    }

    @Test
    void aConnectionNotBackWithinTheGracePeriodEndsTheSession() throws InterruptedException {
        SessionAxonModule module = new SessionAxonModule();
        Configuration config = start(module);
        SessionId session = SessionId.random();
        Instant lost = Instant.now();
        config.commandGateway().sendAndWait(request(session, "bob"));
        config.commandGateway().sendAndWait(new AnswerConsentCommand(session, "alice", true, lost));
        config.commandGateway().sendAndWait(new ConnectionLostCommand(session, "bob", Duration.ofMillis(200), lost));
        // the server keeps the deadline in PostgreSQL and fires it as a command when it is due
        config.commandGateway().sendAndWait(new io.remoteassist.session.api.ExpireConnectionGraceCommand(session,
            lost.plusMillis(200), lost.plusMillis(250)));

        assertThat(ended.latch.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ended.event.reason()).isEqualTo("connection-lost");
        // the registry is freed by its own handler of the same event, which may run after the latch
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
            .until(() -> module.activeSessionRegistry().activeSessionOf("alice").isEmpty());
    }

    private Configuration start(SessionAxonModule module) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
            .configureEmbeddedEventStore(c -> storage);
        configurer.eventProcessing()
            .usingSubscribingEventProcessors()
            .registerEventHandler(c -> ended);
        module.configureModule(configurer);
        Configuration config = configurer.buildConfiguration();
        config.start();
        started.add(config);
        return config;
    }

    private static RequestSessionCommand request(SessionId id, String helper) {
        return new RequestSessionCommand(id, "alice", "alice-pc", helper, SessionMode.OFFERED, null, Instant.now());
    }

    /** Waits for the first session to end. */
    static final class EndedListener {

        final CountDownLatch latch = new CountDownLatch(1);
        volatile SessionEndedEvent event;

        @EventHandler
        void on(SessionEndedEvent e) {
            event = e;
            latch.countDown();
        }
    }
}
