package io.remoteassist.server.policy.push;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.OuPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComputerNamesTest {

    private static final DirectoryView DIRECTORY = new DirectoryView(DirectoryId.DEFAULT, "contoso.com", "CONTOSO",
        List.of(), List.of(OuPath.parse("Sales")), List.of(
            new ComputerView("PC1.contoso.com", List.of("10.0.0.5", "fd00::5"), OuPath.parse("Sales"), null),
            new ComputerView("pc2.contoso.com", List.of("10.0.0.6"), OuPath.parse("Sales"), null)),
        List.of(), List.of(), List.of());

    @Test
    void anAgentIsKnownByItsNameIgnoringCase() {
        assertThat(ComputerNames.of(DIRECTORY).resolve("pc1.CONTOSO.com", List.of())).isEqualTo("PC1.contoso.com");
    }

    @Test
    void anAgentWithAnotherNameIsKnownByOneOfItsAddresses() {
        assertThat(ComputerNames.of(DIRECTORY).resolve("laptop", List.of("192.168.1.9", "FD00::5")))
            .isEqualTo("PC1.contoso.com");
    }

    @Test
    void theNameComesFirst() {
        assertThat(ComputerNames.of(DIRECTORY).resolve("pc2.contoso.com", List.of("10.0.0.5")))
            .isEqualTo("pc2.contoso.com");
    }

    @Test
    void anUnknownAgentKeepsItsOwnNameAndWithoutADirectoryEveryoneDoes() {
        assertThat(ComputerNames.of(DIRECTORY).resolve("laptop", List.of("192.168.1.9"))).isEqualTo("laptop");
        assertThat(ComputerNames.of(null).resolve("pc1.contoso.com", List.of("10.0.0.5"))).isEqualTo("pc1.contoso.com");
    }
}
