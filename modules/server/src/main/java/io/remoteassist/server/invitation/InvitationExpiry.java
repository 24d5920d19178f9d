package io.remoteassist.server.invitation;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.remoteassist.invitation.api.ExpireInvitationCommand;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
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

/** Fires the persisted invitation deadlines: every due invitation gets an {@link ExpireInvitationCommand}. */
@Singleton
public class InvitationExpiry {

    private static final Logger LOG = Logger.getLogger(InvitationExpiry.class);

    private final InvitationDeadlines deadlines;
    private final InvitationFiles files;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    InvitationExpiry(InvitationDeadlines deadlines, InvitationFiles files, CommandGateway commands, Clock clock,
                     @ConfigProperty(name = "ra.invitation.expiry-check") Duration interval) {
        this.deadlines = deadlines;
        this.files = files;
        this.commands = commands;
        this.clock = clock;
        this.interval = interval;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "invitation-expiry"));
        timer.scheduleWithFixedDelay(this::fireDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @Priority(5) ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Expires every invitation whose deadline has passed; returns how many it handled. */
    public int fireDue() {
        int handled = 0;
        try {
            for (String id : deadlines.due(clock.instant(), 100)) {
                InvitationStatus status = commands.sendAndWait(
                    new ExpireInvitationCommand(InvitationId.parse(id), clock.instant()));
                files.drop(id);
                if (status != InvitationStatus.OPEN) {
                    deadlines.forget(id);
                }
                handled++;
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("firing invitation deadlines failed, will retry: %s", e.getMessage());
        }
        return handled;
    }
}
