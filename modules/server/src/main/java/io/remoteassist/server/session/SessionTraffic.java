package io.remoteassist.server.session;

import io.remoteassist.server.relay.RelayHub;
import io.remoteassist.server.relay.RelayTraffic;
import io.remoteassist.session.api.RecordBytesTransferredCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionState;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes each session moved through the relay, recorded in the session as {@code BytesTransferredEvent}s: a
 * session's relay link may close and open again (a reconnect within the grace period), so the totals add up every
 * link's counts. {@link #flush} records what is not yet recorded; it runs when a link closes and before the server
 * ends a session, so the {@code SessionSummary} holds the bytes.
 */
@Singleton
public class SessionTraffic {

    private static final Logger LOG = Logger.getLogger(SessionTraffic.class);

    private final RelayHub hub;
    private final SessionDirectory directory;
    private final CommandGateway commands;
    private final Clock clock;
    /** Per session: bytes of closed links {toHelper, toUser}, and bytes already recorded. */
    private final Map<String, long[]> closedLinks = new HashMap<>();
    private final Map<String, long[]> recorded = new HashMap<>();

    SessionTraffic(RelayHub hub, SessionDirectory directory, CommandGateway commands, Clock clock) {
        this.hub = hub;
        this.directory = directory;
        this.commands = commands;
        this.clock = clock;
    }

    /** A relay link of the session closed with these counts. */
    public synchronized void linkClosed(String sessionId, RelayTraffic traffic) {
        long[] sum = closedLinks.computeIfAbsent(sessionId, id -> new long[2]);
        sum[0] += traffic.userToHelperBytes();
        sum[1] += traffic.helperToUserBytes();
    }

    /**
     * Records the bytes moved since the last record; nothing for a session that is over or unknown.
     *
     * @return the session's totals so far, {toHelper, toUser}
     */
    public synchronized long[] flush(String sessionId) {
        long[] total = total(sessionId);
        long[] done = recorded.computeIfAbsent(sessionId, id -> new long[2]);
        long toHelper = total[0] - done[0];
        long toUser = total[1] - done[1];
        if (toHelper <= 0 && toUser <= 0) {
            return total;
        }
        Optional<SessionView> view = directory.find(sessionId);
        if (view.isEmpty() || SessionState.valueOf(view.get().state()).isFinal()) {
            forget(sessionId);
            return total;
        }
        try {
            commands.sendAndWait(new RecordBytesTransferredCommand(SessionId.parse(sessionId), Math.max(0, toHelper),
                Math.max(0, toUser), clock.instant()));
            done[0] = total[0];
            done[1] = total[1];
        } catch (RuntimeException e) {
            LOG.warnf("session %s: cannot record its bytes now (%s); the next flush will", sessionId, e.getMessage());
        }
        return total;
    }

    private long[] total(String sessionId) {
        long[] sum = closedLinks.getOrDefault(sessionId, new long[2]).clone();
        hub.traffic(sessionId).filter(RelayTraffic::open).ifPresent(t -> {
            sum[0] += t.userToHelperBytes();
            sum[1] += t.helperToUserBytes();
        });
        return sum;
    }

    private void forget(String sessionId) {
        closedLinks.remove(sessionId);
        recorded.remove(sessionId);
    }
}
