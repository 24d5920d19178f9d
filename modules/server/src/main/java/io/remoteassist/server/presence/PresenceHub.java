package io.remoteassist.server.presence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online on {@code /presence}, on this node: a user is online while at least one of their connections is
 * open. Tells each user's watchers (those with the user on their buddy list) when the user comes and goes, and
 * hands pending IM invitations to their Helper.
 */
@Singleton
public class PresenceHub {

    private static final Logger LOG = Logger.getLogger(PresenceHub.class);

    private final Map<String, Set<WebSocketConnection>> online = new ConcurrentHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Buddies buddies;
    private final ImMailbox mailbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    PresenceHub(Buddies buddies, ImMailbox mailbox, ObjectMapper mapper, Clock clock) {
        this.buddies = buddies;
        this.mailbox = mailbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A connection says who it is: it gets its buddies' presence and pending invitations; watchers are told. */
    void hello(WebSocketConnection connection, String user) {
        String before = users.put(connection.id(), user);
        if (before != null && !before.equals(user)) {
            leave(connection, before);
        }
        Set<WebSocketConnection> mine = online.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
        boolean first;
        synchronized (mine) {
            first = mine.isEmpty();
            mine.add(connection);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (String buddy : buddies.list(user)) {
            list.add(Map.of("name", buddy, "online", isOnline(buddy)));
        }
        send(connection, message("presence", "user", user, "buddies", list));
        if (first) {
            tellWatchers(user, true);
        }
        for (ImMailbox.Message m : mailbox.pending(user, clock.instant())) {
            send(connection, invitation(m));
        }
    }

    void gone(WebSocketConnection connection) {
        String user = users.remove(connection.id());
        if (user != null) {
            leave(connection, user);
        }
    }

    private void leave(WebSocketConnection connection, String user) {
        Set<WebSocketConnection> mine = online.get(user);
        if (mine == null) {
            return;
        }
        boolean last;
        synchronized (mine) {
            mine.remove(connection);
            last = mine.isEmpty();
            if (last) {
                online.remove(user, mine);
            }
        }
        if (last) {
            tellWatchers(user, false);
        }
    }

    /** The user a connection said hello as, or null. */
    String userOf(WebSocketConnection connection) {
        return users.get(connection.id());
    }

    public boolean isOnline(String user) {
        Set<WebSocketConnection> mine = online.get(user);
        return mine != null && !mine.isEmpty();
    }

    /** Sends a message to every connection of {@code user}; false when the user is offline. */
    boolean sendTo(String user, Map<String, Object> message) {
        Set<WebSocketConnection> mine = online.get(user);
        if (mine == null || mine.isEmpty()) {
            return false;
        }
        String json = write(message);
        for (WebSocketConnection c : List.copyOf(mine)) {
            sendText(c, json);
        }
        return true;
    }

    /** Tells a buddy list change to the owner's connections: the new buddy's presence. */
    void buddyAdded(String owner, String buddy) {
        sendTo(owner, message(isOnline(buddy) ? "online" : "offline", "user", buddy));
    }

    void deliver(ImMailbox.Message m) {
        sendTo(m.to(), invitation(m));
    }

    private void tellWatchers(String user, boolean isOnline) {
        Map<String, Object> change = message(isOnline ? "online" : "offline", "user", user);
        for (String watcher : buddies.watchers(user)) {
            sendTo(watcher, change);
        }
    }

    static Map<String, Object> invitation(ImMailbox.Message m) {
        return message("invitation", "id", m.id(), "from", m.from(), "invitationId", m.invitationId(),
            "user", m.userName(), "expiresAt", m.expiresAt().toString(),
            "file", Base64.getEncoder().encodeToString(m.file()));
    }

    static Map<String, Object> message(String type, Object... fields) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            message.put((String) fields[i], fields[i + 1]);
        }
        return message;
    }

    void send(WebSocketConnection connection, Map<String, Object> message) {
        sendText(connection, write(message));
    }

    private void sendText(WebSocketConnection connection, String json) {
        if (connection.isOpen()) {
            connection.sendText(json).subscribe().with(ok -> { }, e -> LOG.debugf("presence push to %s failed: %s",
                connection.id(), e.getMessage()));
        }
    }

    private String write(Map<String, Object> message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
