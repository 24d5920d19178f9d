package io.remoteassist.server.session;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.remoteassist.session.api.ExpireConnectionGraceCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionOutcome;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fires the persisted grace deadlines: every due one gets an {@link ExpireConnectionGraceCommand}, preceded by the
 * relay's last byte counts so that the session's summary holds them.
 */
@Singleton
public class SessionGraceExpiry {

    private static final Logger LOG = Logger.getLogger(SessionGraceExpiry.class);

    private final SessionGraceDeadlines deadlines;
    private final SessionTraffic traffic;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    SessionGraceExpiry(SessionGraceDeadlines deadlines, SessionTraffic traffic, CommandGateway commands, Clock clock,
                       @ConfigProperty(name = "ra.session.grace-check", defaultValue = "PT5S") Duration interval) {
        this.deadlines = deadlines;
        this.traffic = traffic;
        this.commands = commands;
        this.clock = clock;
        this.interval = interval;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "session-grace-expiry"));
        timer.scheduleWithFixedDelay(this::fireDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @Priority(5) ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Ends every session whose grace period has passed; returns how many deadlines it handled. */
    public synchronized int fireDue() {
        int handled = 0;
        try {
            for (SessionGraceDeadlines.Due due : deadlines.due(clock.instant(), 100)) {
                traffic.flush(due.sessionId());
                SessionOutcome outcome = commands.sendAndWait(new ExpireConnectionGraceCommand(
                    SessionId.parse(due.sessionId()), due.graceEndsAt(), clock.instant()));
                if (!outcome.accepted() && outcome.state() != null && outcome.state().isFinal()) {
                    // the session ended by other means; its end event removes the row too
                    deadlines.forget(due.sessionId());
                }
                handled++;
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("firing session grace deadlines failed, will retry: %s", e.getMessage());
        }
        return handled;
    }
}
