package io.remoteassist.session.api.log;

import io.remoteassist.session.api.ChatMessageSentEvent;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionLogXmlTest {

    private static final SessionId ID = SessionId.parse("3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03");
    private static final Instant T0 = Instant.parse("2026-11-24T22:05:09Z");

    private static SessionLog sample(String chat) {
        return SessionLogEntries.log(ID.toString(), List.of(
            new SessionLogEntries.Stamped(new SessionRequestedEvent(ID, "alice", "pc1", "bob", SessionMode.OFFERED,
                null, "Only <trusted> \"people\" & co.", T0), T0),
            new SessionLogEntries.Stamped(new ConnectionAllowedEvent(ID, "alice", T0.plusSeconds(3)),
                T0.plusSeconds(3)),
            new SessionLogEntries.Stamped(new ChatMessageSentEvent(ID, "bob", "alice", chat, T0.plusSeconds(5)),
                T0.plusSeconds(5)),
            new SessionLogEntries.Stamped(new SessionEndedEvent(ID, "alice", "user", Duration.ofSeconds(9),
                T0.plusSeconds(9), new SessionSummary(Duration.ofSeconds(9), Duration.ZERO, "alice", "user", 10, 2)),
                T0.plusSeconds(9))), true);
    }

    @Test
    void aLogReadsBackAsItWasWritten() throws Exception {
        SessionLog log = sample("hi </Entry><Entry at=\"x\"> ]]> &amp; 'quoted'");
        SessionLog read = SessionLogXml.read(SessionLogXml.toBytes(log));
        assertThat(read).isEqualTo(log);
        assertThat(read.entries()).extracting(SessionLogEntry::event).containsExactly("SessionRequestedEvent",
            "ConnectionAllowedEvent", "ChatMessageSentEvent", "SessionEndedEvent");
        assertThat(read.entries().get(0).detail()).isEqualTo("warning before connecting: Only <trusted> \"people\" & co.");
        assertThat(read.entries().get(3).detail()).contains("10 bytes to the Helper, 2 bytes to the User");
        assertThat(read.forcedByPolicy()).isTrue();
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() throws Exception {
        SessionLog read = SessionLogXml.read(SessionLogXml.toBytes(sample("bell\u0007 nul\u0000 ok")));
        assertThat(read.entries().get(2).detail()).isEqualTo("bell\uFFFD nul\uFFFD ok");
        assertThat(read.entries().get(2).line()).contains("bob sent alice a chat message").endsWith("ok");
    }

    @Test
    void aDoctypeOrAnEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<RemoteAssistanceLog session=\"s\"><Entry at=\"2026-11-24T22:05:09Z\" event=\"E\">&x;</Entry>"
            + "</RemoteAssistanceLog>";
        assertThatThrownBy(() -> SessionLogXml.read(xxe.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(SessionLogFormatException.class).hasMessageStartingWith("not a session log");
    }

    @Test
    void badFieldsAreNamedWithTheirLine() {
        String badTime = "<RemoteAssistanceLog session=\"s\">\n<Entry at=\"yesterday\" event=\"E\">x</Entry>"
            + "</RemoteAssistanceLog>";
        assertThatThrownBy(() -> SessionLogXml.read(badTime.getBytes(StandardCharsets.UTF_8)))
            .hasMessage("line 2: at is not an ISO-8601 instant");
        String other = "<RemoteAssistanceLog session=\"s\"><Script/></RemoteAssistanceLog>";
        assertThatThrownBy(() -> SessionLogXml.read(other.getBytes(StandardCharsets.UTF_8)))
            .hasMessage("line 1: expected <Entry>, found <Script>");
        assertThatThrownBy(() -> SessionLogXml.read("<Log/>".getBytes(StandardCharsets.UTF_8)))
            .hasMessage("line 1: expected <RemoteAssistanceLog>, found <Log>");
    }

    @Test
    void anOversizedLogIsRefusedBeforeParsing() {
        byte[] big = new byte[SessionLogXml.MAX_BYTES + 10];
        assertThatThrownBy(() -> SessionLogXml.read(new ByteArrayInputStream(big)))
            .isInstanceOf(SessionLogFormatException.class).hasMessageContaining("larger than");
    }

    @Test
    void theFileIsNamedByTheLocalStartTimeInTheDocumentsFolder(@TempDir Path home) throws Exception {
        Path documents = SessionLogFiles.documents(Map.of(), home.toString());
        assertThat(documents).isEqualTo(home.resolve("Documents"));
        assertThat(SessionLogFiles.documents(Map.of("RA_DOCUMENTS", "/tmp/elsewhere"), home.toString()))
            .isEqualTo(Path.of("/tmp/elsewhere"));

        Path file = SessionLogFiles.save(documents, sample("hello"), ZoneId.of("Europe/Paris"));

        // 22:05:09 UTC is 23:05:09 in Paris in November: 24-hour local time
        assertThat(file).isEqualTo(home.resolve("Documents/Remote Assistance Logs/20261124230509.xml"));
        assertThat(SessionLogXml.read(Files.readAllBytes(file))).isEqualTo(sample("hello"));
        assertThat(Files.list(file.getParent())).hasSize(1);
    }

    @Test
    void policyForcesTheLogOnAndOtherwiseTheUserMayTurnItOff() {
        assertThat(SessionLogging.enabled(false, false)).isTrue();
        assertThat(SessionLogging.enabled(false, true)).isFalse();
        assertThat(SessionLogging.enabled(true, true)).isTrue();
        assertThat(SessionLogging.turnedOff("off")).isTrue();
        assertThat(SessionLogging.turnedOff(" NO ")).isTrue();
        assertThat(SessionLogging.turnedOff("on")).isFalse();
        assertThat(SessionLogging.turnedOff(null)).isFalse();
    }
}
