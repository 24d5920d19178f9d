package io.remoteassist.agent.invite;

import io.remoteassist.invitation.api.file.HostPort;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCommandTest {

    @Test
    void theRelayIsReachedOverTlsUnlessItIsThePlainServerItself() {
        HostPort tlsPort = new HostPort("localhost", 8443);
        HostPort plainPort = new HostPort("localhost", 8080);
        assertThat(OpenCommand.secure(tlsPort, URI.create("https://localhost:8443"))).isTrue();
        // ops/ra up: the benches talk to the plain port, the files name the TLS port
        assertThat(OpenCommand.secure(tlsPort, URI.create("http://localhost:8080"))).isTrue();
        // a server without HTTPS names its plain port
        assertThat(OpenCommand.secure(plainPort, URI.create("http://localhost:8080"))).isFalse();
        assertThat(OpenCommand.secure(new HostPort("ra.example.test", 80), URI.create("http://ra.example.test")))
            .isFalse();
        assertThat(OpenCommand.secure(new HostPort("ra.example.test", 443), null)).isTrue();
        assertThat(OpenCommand.secure(plainPort, null)).isFalse();
    }
}
