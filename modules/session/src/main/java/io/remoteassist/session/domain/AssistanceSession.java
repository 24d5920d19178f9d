package io.remoteassist.session.domain;

import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionCommandRefusedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionState;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One assistance session between a User and a Helper. Invariants: nothing is shared before the
 * User allows the connection; only the User answers the consent question; a final state (declined,
 * ended) accepts no further command; every refusal leaves an event.
 */
public class AssistanceSession {

    @AggregateIdentifier
    private SessionId id;
    private SessionState state;
    private String user;
    private String helper;
    private Instant requestedAt;

    protected AssistanceSession() {
        // for event sourcing
    }

    @CommandHandler
    public AssistanceSession(RequestSessionCommand cmd) {
        apply(new SessionRequestedEvent(cmd.sessionId(), cmd.user(), cmd.computer(), cmd.helper(), cmd.mode(),
            cmd.invitationId(), cmd.at()));
    }

    @CommandHandler
    public SessionOutcome handle(AnswerConsentCommand cmd) {
        if (cmd.user() != null && !cmd.user().equals(user)) {
            return refuse(cmd.user(), "consent", "only " + user + " may answer", cmd.at());
        }
        if (state != SessionState.AWAITING_CONSENT) {
            return refuse(cmd.user(), "consent", "the session is " + state.name().toLowerCase(), cmd.at());
        }
        apply(cmd.allow() ? new ConnectionAllowedEvent(id, user, cmd.at()) : new ConnectionDeclinedEvent(id, user, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(EndSessionCommand cmd) {
        if (!cmd.actor().equals(user) && !cmd.actor().equals(helper) && !"system".equals(cmd.actor())) {
            return refuse(cmd.actor(), "end", cmd.actor() + " is not in this session", cmd.at());
        }
        if (state.isFinal()) {
            return refuse(cmd.actor(), "end", "the session is already " + state.name().toLowerCase(), cmd.at());
        }
        apply(new SessionEndedEvent(id, cmd.actor(), cmd.reason(), Duration.between(requestedAt, cmd.at()), cmd.at()));
        return SessionOutcome.accepted(state);
    }

    private SessionOutcome refuse(String actor, String command, String reason, Instant at) {
        apply(new SessionCommandRefusedEvent(id, actor, command, state, reason, at));
        return SessionOutcome.refused(state, reason);
    }

    @EventSourcingHandler
    void on(SessionRequestedEvent e) {
        id = e.sessionId();
        state = SessionState.AWAITING_CONSENT;
        user = e.user();
        helper = e.helper();
        requestedAt = e.at();
    }

    @EventSourcingHandler
    void on(ConnectionAllowedEvent e) {
        state = SessionState.VIEW_ONLY;
    }

    @EventSourcingHandler
    void on(ConnectionDeclinedEvent e) {
        state = SessionState.DECLINED;
    }

    @EventSourcingHandler
    void on(SessionEndedEvent e) {
        state = SessionState.ENDED;
    }
}
