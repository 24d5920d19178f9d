package io.remoteassist.server.session;

import io.quarkus.runtime.ShutdownEvent;
import io.remoteassist.server.relay.RelayObserver;
import io.remoteassist.server.relay.RelayTraffic;
import io.remoteassist.session.api.ConnectionLostCommand;
import io.remoteassist.session.api.ConnectionRestoredCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.transport.api.Role;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Turns the relay's connection facts into session commands, off the connection threads: an endpoint whose connection
 * went away while its session runs is a {@link ConnectionLostCommand} (the grace period, {@code ra.session.grace},
 * 60 s unless configured, starts); the same endpoint joining again while its grace deadline is kept is a
 * {@link ConnectionRestoredCommand}; a relay link that closed has its bytes recorded.
 */
@Singleton
public class SessionConnections implements RelayObserver {

    private static final Logger LOG = Logger.getLogger(SessionConnections.class);

    private final SessionDirectory directory;
    private final SessionGraceDeadlines deadlines;
    private final SessionTraffic traffic;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration grace;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-connections");
        t.setDaemon(true);
        return t;
    });

    SessionConnections(SessionDirectory directory, SessionGraceDeadlines deadlines, SessionTraffic traffic,
                       CommandGateway commands, Clock clock,
                       @ConfigProperty(name = "ra.session.grace", defaultValue = "PT60S") Duration grace) {
        this.directory = directory;
        this.deadlines = deadlines;
        this.traffic = traffic;
        this.commands = commands;
        this.clock = clock;
        this.grace = grace;
    }

    @Override
    public void lost(String sessionId, Role role) {
        worker.execute(() -> running(sessionId).ifPresent(view -> {
            String party = party(view, role);
            SessionOutcome outcome = commands.sendAndWait(new ConnectionLostCommand(SessionId.parse(sessionId), party, grace,
                clock.instant()));
            LOG.infof("session %s: the connection to %s (%s) is lost; %s", sessionId, party, role,
                outcome.accepted() ? "grace period " + grace : outcome.reason());
        }));
    }

    @Override
    public void joined(String sessionId, Role role) {
        worker.execute(() -> running(sessionId).ifPresent(view -> {
            String party = party(view, role);
            if (deadlines.isLost(sessionId, party)) {
                SessionOutcome outcome = commands.sendAndWait(new ConnectionRestoredCommand(SessionId.parse(sessionId), party,
                    clock.instant()));
                LOG.infof("session %s: %s (%s) is back; %s", sessionId, party, role,
                    outcome.accepted() ? "the session resumes" : outcome.reason());
            }
        }));
    }

    @Override
    public void finished(String sessionId, RelayTraffic total) {
        worker.execute(() -> {
            traffic.linkClosed(sessionId, total);
            traffic.flush(sessionId);
        });
    }

    private Optional<SessionView> running(String sessionId) {
        try {
            return directory.find(sessionId).filter(v -> !SessionState.valueOf(v.state()).isFinal());
        } catch (RuntimeException e) {
            LOG.warnf("session %s: cannot read it (%s)", sessionId, e.getMessage());
            return Optional.empty();
        }
    }

    private static String party(SessionView view, Role role) {
        return role == Role.USER ? view.user() : view.helper();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
