package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionString2Test {

    @Test
    void aBareUnencryptedConnectionStringIsParsed() throws Exception {
        ConnectionString2 connection = ConnectionString2.parse(Vectors.text("connectionstring2-only.xml"));

        assertThat(connection.keyHash()).isEqualTo("YiKwWUY8Ioq5NB3wAQHSbs5kwrM=");
        assertThat(connection.keyHash2()).isEqualTo("sha256:wKSAkAV3sBfa9WpuRFJcP9q1twJc6wOBuoJ9tsyXwpk=");
        assertThat(connection.sessionId())
                .isEqualTo("8rYm30RBW8/4dAWoUsWbFCF5jno/7jr5tNpHQc2goLbw4uuBBJvLsU02YYLlBMg5");
        assertThat(connection.sid()).isEqualTo("1440550163");
        assertThat(connection.addresses()).containsExactly(
                new HostPort("2001:4898:1a:5:79e2:3356:9b22:3470", 49749), new HostPort("172.31.250.64", 49751));
    }

    @Test
    void itsXmlParsesBackToTheSameConnectionString() throws Exception {
        ConnectionString2 connection = new ConnectionString2("a2g=", "sha256:a2g=", "aWQ=", "7",
                List.of(new HostPort("::1", 1), new HostPort("host.example", 65535)));

        assertThat(connection.toXml()).isEqualTo("<E><A KH=\"a2g=\" KH2=\"sha256:a2g=\" ID=\"aWQ=\"/><C><T ID=\"1\" "
                + "SID=\"7\"><L P=\"1\" N=\"::1\"/><L P=\"65535\" N=\"host.example\"/></T></C></E>");
        assertThat(ConnectionString2.parse(connection.toXml())).isEqualTo(connection);
    }

    @Test
    void missingOrInvalidPartsAreNamed() {
        assertThatThrownBy(() -> ConnectionString2.parse("<E><A KH=\"a2g=\" ID=\"aWQ=\"/></E>"))
                .isInstanceOf(InvitationFileException.class).hasMessage("ConnectionString2: C: missing from <E>");
        assertThatThrownBy(() -> ConnectionString2.parse("<E><A KH=\"a2g=\" ID=\"aWQ=\"/><C><T><L P=\"0\" N=\"h\"/>"
                + "</T></C></E>"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("ConnectionString2: L: port must be 1 to 65535, was 0");
        assertThatThrownBy(() -> ConnectionString2.parse("<E><A KH=\"a2g=\" ID=\"aWQ=\"/><C><T/></C></E>"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("ConnectionString2: a ConnectionString2 needs at least one address");
        assertThatThrownBy(() -> ConnectionString2.parse("<E><A KH=\"a2g=\" ID=\"aWQ=\"/><C><T><L P=\"1\" "
                + "N=\"a b\"/></T></C></E>"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("ConnectionString2: L: host has a character not allowed in a name or address");
        assertThatThrownBy(() -> ConnectionString2.parse("<!DOCTYPE E><E/>"))
                .isInstanceOf(InvitationFileException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> ConnectionString2.parse("<E>"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessageStartingWith("ConnectionString2: not well-formed");
    }
}
