package io.remoteassist.agent.share;

import io.remoteassist.agent.Credentials;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an X display the agent says it cannot share, and shares nothing. */
class InvitationScreensTest {

    @Test
    void withoutADisplayTheAgentSaysItCannotShareTheScreen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvitationScreens screens = new InvitationScreens(URI.create("http://localhost:9/"), Credentials.NONE, " ",
            "alice", new PrintStream(out, true, StandardCharsets.UTF_8));

        screens.share("3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03", new byte[32]);

        assertThat(screens.cannotShare()).contains("no X display (give --display :N or set DISPLAY): the screen "
            + "cannot be shared");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("session 3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03: "
            + "no X display (give --display :N or set DISPLAY): the screen cannot be shared\n");
        assertThat(screens.sharing("3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03")).isFalse();
    }

    @Test
    void withADisplayThereIsNothingToSayBeforeASessionIsAllowed() {
        InvitationScreens screens = new InvitationScreens(URI.create("http://localhost:9/"), Credentials.NONE, ":7",
            "alice", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(screens.cannotShare()).isEmpty();
    }
}
