package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MsRcIncidentWriterTest {

    private static final String PASSWORD = "7KQ2M9XH4PRT";

    private static IncidentTicket ticket(List<HostPort> addresses) {
        return new IncidentTicket("Ada Lovelace", "c2Vzc2lvbi1pZA==", addresses, "Kq7Zt9bN*_x2Ye",
                Instant.ofEpochSecond(1_760_000_000L), Duration.ofHours(6), "0Xc54LdpNOVklt8sOsnDJ+uVuJY=");
    }

    private static final List<HostPort> MIXED = List.of(
            new HostPort("fe80::b31a:3308:6b91:8831%3", 64730),
            new HostPort("2001:db8::1", 3389),
            new HostPort("10.0.1.174", 64733),
            new HostPort("helpdesk-pc.example.org", 5900));

    @Test
    void aWrittenFileReadsBackWithItsPasswordIncludingIpv6AndSeveralAddresses() throws Exception {
        IncidentTicket written = ticket(MIXED);

        IncidentTicket read = MsRcIncidentReader.read(MsRcIncidentWriter.write(written, PASSWORD), PASSWORD);

        assertThat(read).isEqualTo(written);
        assertThat(read.expiresAt()).contains(Instant.ofEpochSecond(1_760_000_000L + 6 * 3600));
    }

    @Test
    void aWrittenFileDoesNotReadWithAWrongPassword() {
        byte[] file = MsRcIncidentWriter.write(ticket(MIXED), PASSWORD);

        assertThatThrownBy(() -> MsRcIncidentReader.read(file, "7KQ2M9XH4PRU"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("LHTICKET: wrong password or corrupted ticket");
    }

    @Test
    void theFileHasWindowsLayoutWithUpperCaseHexAndIpv4OnlyInTheRcTicket() {
        String file = MsRcIncidentWriter.writeString(ticket(MIXED), PASSWORD);

        assertThat(file).startsWith("<?xml version=\"1.0\"?>\r\n<UPLOADINFO TYPE=\"Escalated\"><UPLOADDATA "
                + "USERNAME=\"Ada Lovelace\" LHTICKET=\"");
        assertThat(file).matches("(?s).* LHTICKET=\"[0-9A-F]+\" .*");
        assertThat(file).contains(" RCTICKET=\"65538,1,10.0.1.174:64733;helpdesk-pc.example.org:5900,*,"
                + "c2Vzc2lvbi1pZA==,*,*,0Xc54LdpNOVklt8sOsnDJ+uVuJY=\" PassStub=\"Kq7Zt9bN*_x2Ye\" "
                + "RCTICKETENCRYPTED=\"1\" DtStart=\"1760000000\" DtLength=\"360\" L=\"0\"/></UPLOADINFO>");
        assertThat(file.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    void anInvitationWithOnlyIpv6AddressesHasNoRcTicket() throws Exception {
        IncidentTicket written = ticket(List.of(new HostPort("2001:db8::7", 4000), new HostPort("::1", 4001)));

        byte[] file = MsRcIncidentWriter.write(written, PASSWORD);

        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("RCTICKET=\"");
        assertThat(MsRcIncidentReader.read(file, PASSWORD)).isEqualTo(written);
    }

    @Test
    void aUserNameIsWrittenAsUtf8AndEscapedWhereXmlRequires() throws Exception {
        IncidentTicket written = new IncidentTicket("Zoë & \"Lou\" <pc>", "aWQ=", MIXED, "Ab1Cd2Ef3Gh4Ij",
                null, null, "a2g=");

        byte[] file = MsRcIncidentWriter.write(written, PASSWORD);

        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("USERNAME=\"Zoë &amp; &quot;Lou&quot; &lt;pc&gt;\"").doesNotContain("DtStart");
        assertThat(MsRcIncidentReader.read(file, PASSWORD)).isEqualTo(written);
    }

    @Test
    void generatedPassStubsAndPasswordsRoundTrip() throws Exception {
        PassStubGenerator stubs = new PassStubGenerator();
        InvitationPasswordGenerator passwords = new InvitationPasswordGenerator();
        for (int i = 0; i < 200; i++) {
            String password = passwords.generate();
            IncidentTicket written = new IncidentTicket("u", "aWQ=", MIXED, stubs.generate(), null, null, "a2g=");

            IncidentTicket read = MsRcIncidentReader.read(MsRcIncidentWriter.write(written, password), password);

            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void startAndLengthAreTruncatedToWholeSecondsAndMinutes() throws Exception {
        IncidentTicket written = new IncidentTicket("u", "aWQ=", MIXED, "Ab1Cd2Ef3Gh4Ij",
                Instant.ofEpochSecond(100, 999_000_000), Duration.ofSeconds(119), "a2g=");

        IncidentTicket read = MsRcIncidentReader.read(MsRcIncidentWriter.write(written, PASSWORD), PASSWORD);

        assertThat(read.start()).isEqualTo(Instant.ofEpochSecond(100));
        assertThat(read.length()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aPassStubThatWouldNeedAnEntityOrAMissingKeyHashIsRefused() {
        IncidentTicket ampersand = new IncidentTicket("u", "aWQ=", MIXED, "Ab&Cd", null, null, "a2g=");
        IncidentTicket noKeyHash = new IncidentTicket("u", "aWQ=", MIXED, "Ab1Cd", null, null, null);

        assertThatThrownBy(() -> MsRcIncidentWriter.write(ampersand, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MsRcIncidentWriter.write(noKeyHash, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
