package io.remoteassist.server.presence;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IM invitations waiting for their Helper to accept or decline them. Held in memory only, and only until the
 * Helper answers or the invitation expires: the file lets its holder search for the password offline, so the server
 * keeps it no longer than delivery needs.
 */
@Singleton
public class ImMailbox {

    /** One IM invitation: {@code id} names the message, {@code file} is the .MsRcIncident. */
    public record Message(String id, String from, String to, String invitationId, String userName, byte[] file,
                          Instant expiresAt, Instant sentAt) {
    }

    private final Map<String, Message> messages = new ConcurrentHashMap<>();

    void put(Message message) {
        messages.put(message.id(), message);
    }

    /** The live messages to {@code to}, oldest first. */
    List<Message> pending(String to, Instant now) {
        messages.values().removeIf(m -> !m.expiresAt().isAfter(now));
        List<Message> list = new ArrayList<>();
        for (Message m : messages.values()) {
            if (m.to().equals(to)) {
                list.add(m);
            }
        }
        list.sort(java.util.Comparator.comparing(Message::sentAt));
        return list;
    }

    /** Takes a message addressed to {@code to} out of the mailbox. */
    Optional<Message> take(String id, String to) {
        Message m = messages.get(id);
        if (m == null || !m.to().equals(to)) {
            return Optional.empty();
        }
        return Optional.ofNullable(messages.remove(id));
    }

    /** Drops every message of an invitation that closed. */
    void dropInvitation(String invitationId) {
        messages.values().removeIf(m -> m.invitationId().equals(invitationId));
    }
}
