package io.remoteassist.session.domain;

import io.remoteassist.session.api.ActiveSessionRegistry;
import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.AnswerControlRequestCommand;
import io.remoteassist.session.api.BytesTransferredEvent;
import io.remoteassist.session.api.ChatMessageSentEvent;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.ConnectionLostCommand;
import io.remoteassist.session.api.ConnectionLostEvent;
import io.remoteassist.session.api.ConnectionRestoredCommand;
import io.remoteassist.session.api.ConnectionRestoredEvent;
import io.remoteassist.session.api.ControlGrantedEvent;
import io.remoteassist.session.api.ControlRequestDeclinedEvent;
import io.remoteassist.session.api.ControlRequestRefusedByPolicyEvent;
import io.remoteassist.session.api.ControlRequestedEvent;
import io.remoteassist.session.api.ControlRevokedEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.ExpireConnectionGraceCommand;
import io.remoteassist.session.api.HelperAlreadyConnectedEvent;
import io.remoteassist.session.api.OfferRefusedEvent;
import io.remoteassist.session.api.PauseSessionCommand;
import io.remoteassist.session.api.RefuseOfferCommand;
import io.remoteassist.session.api.PolicyVerdict;
import io.remoteassist.session.api.RecordBytesTransferredCommand;
import io.remoteassist.session.api.RequestControlCommand;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.ResumeSessionCommand;
import io.remoteassist.session.api.RevokeControlCommand;
import io.remoteassist.session.api.SendChatMessageCommand;
import io.remoteassist.session.api.SessionClaim;
import io.remoteassist.session.api.SessionCommandRefusedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionPausedEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionResumedEvent;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.session.api.SessionSummary;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static io.remoteassist.session.api.EndSessionCommand.SYSTEM;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One assistance session between a User and a Helper. Invariants: nothing is seen before the User
 * allows the connection and nothing is controlled before the User allows a control request; policy
 * may forbid control; only the User answers, stops control, pauses and resumes; a User has one
 * session at a time; a lost connection ends the session unless it is back within its grace period;
 * a final state (declined, ended, refused) accepts no further command; every refusal leaves an event.
 */
public class AssistanceSession {

    @AggregateIdentifier
    private SessionId id;
    private SessionState state;
    private String user;
    private String helper;
    private Instant requestedAt;
    private SessionState resumesTo;
    private Instant controlSince;
    private Duration timeInControl = Duration.ZERO;
    private final Map<String, Instant> lostSince = new HashMap<>();
    private Instant graceEndsAt;
    private long bytesToHelper;
    private long bytesToUser;

    protected AssistanceSession() {
        // for event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public SessionOutcome handle(RequestSessionCommand cmd, ActiveSessionRegistry activeSessions) {
        SessionClaim claim = activeSessions.claim(cmd.user(), cmd.sessionId());
        if (!claim.granted()) {
            apply(new HelperAlreadyConnectedEvent(cmd.sessionId(), cmd.user(), cmd.computer(), cmd.helper(),
                cmd.mode(), cmd.invitationId(), claim.holder(), cmd.at()));
            return SessionOutcome.refused(state, cmd.user() + " is already being helped");
        }
        // the claim is made before the events are stored: give it back if they never are
        CurrentUnitOfWork.ifStarted(uow -> uow.onRollback(u -> activeSessions.release(cmd.user(), cmd.sessionId())));
        apply(new SessionRequestedEvent(cmd.sessionId(), cmd.user(), cmd.computer(), cmd.helper(), cmd.mode(),
            cmd.invitationId(), cmd.warningBeforeConnecting(), cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public SessionOutcome handle(RefuseOfferCommand cmd) {
        apply(new OfferRefusedEvent(cmd.sessionId(), cmd.helper(), cmd.host(), cmd.computer(), cmd.reason(),
            cmd.setting(), cmd.gpoId(), cmd.gpoName(), cmd.at()));
        return SessionOutcome.refused(state, cmd.reason());
    }

    @CommandHandler
    public SessionOutcome handle(AnswerConsentCommand cmd) {
        if (state.isFinal()) {
            return refuse(orUser(cmd.user()), "consent", "the session is " + name(state), cmd.at());
        }
        if (!isUser(cmd.user())) {
            return refuse(cmd.user(), "consent", "only " + user + " may answer", cmd.at());
        }
        if (state != SessionState.AWAITING_CONSENT) {
            return refuse(orUser(cmd.user()), "consent", "the session is " + name(state), cmd.at());
        }
        if (cmd.allow()) {
            apply(new ConnectionAllowedEvent(id, user, cmd.at()));
        } else {
            apply(new ConnectionDeclinedEvent(id, user, cmd.at()));
        }
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(RequestControlCommand cmd) {
        if (!helper.equals(cmd.helper())) {
            return refuse(cmd.helper(), "request-control", "only " + helper + " may request control", cmd.at());
        }
        if (state != SessionState.VIEW_ONLY) {
            return refuse(cmd.helper(), "request-control", state == SessionState.CONTROL_SHARED
                ? "control is already shared" : "the session is " + name(state), cmd.at());
        }
        PolicyVerdict policy = cmd.policy();
        if (policy == null) {
            return refuse(cmd.helper(), "request-control", "no policy decision was given", cmd.at());
        }
        if (!policy.controlAllowed()) {
            String reason = policy.reason() == null || policy.reason().isBlank()
                ? "policy allows view only (" + policy.setting() + ", " + policy.gpoName() + ")" : policy.reason();
            apply(new ControlRequestRefusedByPolicyEvent(id, helper, policy.setting(), policy.gpoId(),
                policy.gpoName(), reason, cmd.at()));
            return SessionOutcome.refused(state, reason);
        }
        apply(new ControlRequestedEvent(id, helper, user, cmd.warningBeforeSharingControl(), cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(AnswerControlRequestCommand cmd) {
        if (!isUser(cmd.user())) {
            return refuse(cmd.user(), "answer-control", "only " + user + " may answer", cmd.at());
        }
        if (state != SessionState.CONTROL_REQUESTED) {
            return refuse(orUser(cmd.user()), "answer-control", "no control request is waiting for an answer",
                cmd.at());
        }
        apply(cmd.allow()
            ? new ControlGrantedEvent(id, user, helper, cmd.allowElevationPrompts(), cmd.at())
            : new ControlRequestDeclinedEvent(id, user, helper, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(RevokeControlCommand cmd) {
        boolean system = SYSTEM.equals(cmd.actor());
        if (!system && !isUser(cmd.actor())) {
            return refuse(cmd.actor(), "revoke-control", "only " + user + " may stop control", cmd.at());
        }
        String actor = orUser(cmd.actor());
        if (state != SessionState.CONTROL_SHARED
            && !(state == SessionState.PAUSED && resumesTo == SessionState.CONTROL_SHARED)) {
            return refuse(actor, "revoke-control", "control is not shared", cmd.at());
        }
        String reason = cmd.reason() == null || cmd.reason().isBlank()
            ? (system ? SYSTEM : RevokeControlCommand.USER_STOP) : cmd.reason().strip();
        apply(new ControlRevokedEvent(id, actor, helper, reason, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(PauseSessionCommand cmd) {
        if (!isUser(cmd.user())) {
            return refuse(cmd.user(), "pause", "only " + user + " may pause", cmd.at());
        }
        if (!state.screenMayFlow()) {
            return refuse(orUser(cmd.user()), "pause", "the session is " + name(state), cmd.at());
        }
        apply(new SessionPausedEvent(id, user, state, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(ResumeSessionCommand cmd) {
        if (!isUser(cmd.user())) {
            return refuse(cmd.user(), "resume", "only " + user + " may resume", cmd.at());
        }
        if (state != SessionState.PAUSED) {
            return refuse(orUser(cmd.user()), "resume", "the session is not paused", cmd.at());
        }
        apply(new SessionResumedEvent(id, user, resumesTo, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(SendChatMessageCommand cmd) {
        if (!isParticipant(cmd.sender())) {
            return refuse(cmd.sender(), "chat", cmd.sender() + " is not in this session", cmd.at());
        }
        if (!state.isConnected()) {
            return refuse(cmd.sender(), "chat", "the session is " + name(state), cmd.at());
        }
        String text = cmd.text() == null ? "" : cmd.text().strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > SendChatMessageCommand.MAX_LENGTH) {
            return refuse(cmd.sender(), "chat",
                "a chat message must hold 1 to " + SendChatMessageCommand.MAX_LENGTH + " characters", cmd.at());
        }
        apply(new ChatMessageSentEvent(id, cmd.sender(), cmd.sender().equals(user) ? helper : user, text, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(ConnectionLostCommand cmd) {
        String refusal = connectionRefusal(cmd.party());
        if (refusal == null && lostSince.containsKey(cmd.party())) {
            refusal = "the connection to " + cmd.party() + " is already lost";
        }
        if (refusal != null) {
            return refuse(cmd.party(), "connection-lost", refusal, cmd.at());
        }
        Instant endsAt = graceEndsAt;
        if (lostSince.isEmpty()) {
            // the grace period runs from the first loss; a second party lost meanwhile does not extend it
            // whole milliseconds: the server keeps the deadline in PostgreSQL, which stores microseconds at best
            endsAt = cmd.at().plus(cmd.grace()).truncatedTo(ChronoUnit.MILLIS);
        }
        apply(new ConnectionLostEvent(id, cmd.party(), endsAt, cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(ConnectionRestoredCommand cmd) {
        String refusal = connectionRefusal(cmd.party());
        Instant since = lostSince.get(cmd.party());
        if (refusal == null && since == null) {
            refusal = "the connection to " + cmd.party() + " is not lost";
        }
        if (refusal != null) {
            return refuse(cmd.party(), "connection-restored", refusal, cmd.at());
        }
        apply(new ConnectionRestoredEvent(id, cmd.party(), Duration.between(since, cmd.at()), cmd.at()));
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(RecordBytesTransferredCommand cmd) {
        if (state.isFinal()) {
            return refuse(SYSTEM, "record-bytes", "the session is already " + name(state), cmd.at());
        }
        if (cmd.bytesToHelper() < 0 || cmd.bytesToUser() < 0) {
            return refuse(SYSTEM, "record-bytes", "byte counts must not be negative", cmd.at());
        }
        if (cmd.bytesToHelper() > 0 || cmd.bytesToUser() > 0) {
            apply(new BytesTransferredEvent(id, cmd.bytesToHelper(), cmd.bytesToUser(),
                bytesToHelper + cmd.bytesToHelper(), bytesToUser + cmd.bytesToUser(), cmd.at()));
        }
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(EndSessionCommand cmd) {
        if (!isParticipant(cmd.actor()) && !SYSTEM.equals(cmd.actor())) {
            return refuse(cmd.actor(), "end", cmd.actor() + " is not in this session", cmd.at());
        }
        if (state.isFinal()) {
            return refuse(cmd.actor(), "end", "the session is already " + name(state), cmd.at());
        }
        end(cmd.actor(), cmd.reason(), cmd.at());
        return SessionOutcome.accepted(state);
    }

    @CommandHandler
    public SessionOutcome handle(ExpireConnectionGraceCommand cmd) {
        // a stale deadline (connection back, session over, or a later loss with its own grace) changes nothing
        if (state.isFinal() || lostSince.isEmpty() || graceEndsAt == null
            || !cmd.graceEndsAt().truncatedTo(ChronoUnit.MILLIS).equals(graceEndsAt.truncatedTo(ChronoUnit.MILLIS))) {
            return SessionOutcome.refused(state, "the grace deadline is stale");
        }
        end(SYSTEM, EndSessionCommand.CONNECTION_LOST, graceEndsAt);
        return SessionOutcome.accepted(state);
    }

    private void end(String actor, String reason, Instant at) {
        Duration duration = Duration.between(requestedAt, at);
        Duration control = state == SessionState.CONTROL_SHARED
            ? timeInControl.plus(Duration.between(controlSince, at)) : timeInControl;
        apply(new SessionEndedEvent(id, actor, reason, duration, at,
            new SessionSummary(duration, control, actor, reason, bytesToHelper, bytesToUser)));
    }

    private String connectionRefusal(String party) {
        if (!isParticipant(party)) {
            return party + " is not in this session";
        }
        return state.isFinal() ? "the session is already " + name(state) : null;
    }

    /** Null stands for the session's own User (the caller has already established who is asking). */
    private boolean isUser(String actor) {
        return actor == null || actor.equals(user);
    }

    private boolean isParticipant(String actor) {
        return actor != null && (actor.equals(user) || actor.equals(helper));
    }

    private String orUser(String actor) {
        return actor == null ? user : actor;
    }

    private static String name(SessionState state) {
        return state.name().toLowerCase();
    }

    private SessionOutcome refuse(String actor, String command, String reason, Instant at) {
        apply(new SessionCommandRefusedEvent(id, actor, command, state, reason, at));
        return SessionOutcome.refused(state, reason);
    }

    @EventSourcingHandler
    void on(SessionRequestedEvent e) {
        started(e.sessionId(), e.user(), e.helper(), e.at(), SessionState.AWAITING_CONSENT);
    }

    @EventSourcingHandler
    void on(HelperAlreadyConnectedEvent e) {
        started(e.sessionId(), e.user(), e.helper(), e.at(), SessionState.REFUSED);
    }

    @EventSourcingHandler
    void on(OfferRefusedEvent e) {
        started(e.sessionId(), null, e.helper(), e.at(), SessionState.REFUSED);
    }

    @EventSourcingHandler
    void on(ConnectionAllowedEvent e) {
        state = SessionState.VIEW_ONLY;
    }

    @EventSourcingHandler
    void on(ConnectionDeclinedEvent e) {
        state = SessionState.DECLINED;
        lostSince.clear();
        graceEndsAt = null;
    }

    @EventSourcingHandler
    void on(ControlRequestedEvent e) {
        state = SessionState.CONTROL_REQUESTED;
    }

    @EventSourcingHandler
    void on(ControlRequestDeclinedEvent e) {
        state = SessionState.VIEW_ONLY;
    }

    @EventSourcingHandler
    void on(ControlGrantedEvent e) {
        state = SessionState.CONTROL_SHARED;
        controlSince = e.at();
    }

    @EventSourcingHandler
    void on(ControlRevokedEvent e) {
        if (state == SessionState.PAUSED) {
            resumesTo = SessionState.VIEW_ONLY;
        } else {
            stopControlClock(e.at());
            state = SessionState.VIEW_ONLY;
        }
    }

    @EventSourcingHandler
    void on(SessionPausedEvent e) {
        stopControlClock(e.at());
        resumesTo = e.resumesTo();
        state = SessionState.PAUSED;
    }

    @EventSourcingHandler
    void on(SessionResumedEvent e) {
        state = e.state();
        resumesTo = null;
        if (state == SessionState.CONTROL_SHARED) {
            controlSince = e.at();
        }
    }

    @EventSourcingHandler
    void on(ConnectionLostEvent e) {
        lostSince.put(e.party(), e.at());
        graceEndsAt = e.graceEndsAt();
    }

    @EventSourcingHandler
    void on(ConnectionRestoredEvent e) {
        lostSince.remove(e.party());
        if (lostSince.isEmpty()) {
            graceEndsAt = null;
        }
    }

    @EventSourcingHandler
    void on(BytesTransferredEvent e) {
        bytesToHelper = e.totalToHelper();
        bytesToUser = e.totalToUser();
    }

    @EventSourcingHandler
    void on(SessionEndedEvent e) {
        stopControlClock(e.at());
        state = SessionState.ENDED;
        lostSince.clear();
        graceEndsAt = null;
    }

    private void started(SessionId sessionId, String theUser, String theHelper, Instant at, SessionState first) {
        id = sessionId;
        user = theUser;
        helper = theHelper;
        requestedAt = at;
        state = first;
    }

    private void stopControlClock(Instant at) {
        if (state == SessionState.CONTROL_SHARED) {
            timeInControl = timeInControl.plus(Duration.between(controlSince, at));
            controlSince = null;
        }
    }
}
