package io.remoteassist.session.api.log;

import java.time.Instant;
import java.util.Objects;

/**
 * One time-stamped line of a session log: who connected, each consent, control changes, pauses, chat, the end.
 *
 * @param at     when it happened
 * @param event  the session event's type, e.g. {@code ControlGrantedEvent}
 * @param actor  who did it: a user or helper name, or {@code system}
 * @param text   one line for people
 * @param detail the chat text, a warning text or the end summary; null when there is none
 */
public record SessionLogEntry(Instant at, String event, String actor, String text, String detail) {

    public SessionLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        actor = actor == null || actor.isBlank() ? "system" : actor;
        text = text == null ? "" : text;
    }

    /** The entry as one terminal or chat-pane line: time, actor, text and detail, control characters replaced. */
    public String line() {
        return "[" + at + "] " + printable(text) + (detail == null ? "" : ": " + printable(detail));
    }

    private static String printable(String value) {
        return value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
