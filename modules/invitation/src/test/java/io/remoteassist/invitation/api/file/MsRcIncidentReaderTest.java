package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MsRcIncidentReaderTest {

    static List<Vectors.Vector> invitationFiles() {
        return Vectors.invitationFiles();
    }

    static List<Vectors.Vector> filesWithLhTicket() {
        return Vectors.invitationFiles().stream().filter(v -> Vectors.text(v.file()).contains("LHTICKET=")).toList();
    }

    @ParameterizedTest
    @MethodSource("invitationFiles")
    void everyWindowsFileReadsWithItsPasswordAndGivesTheExpectedEncryptedPassStub(Vectors.Vector vector)
            throws Exception {
        IncidentTicket ticket = MsRcIncidentReader.read(vector.bytes(), vector.password());

        byte[] encrypted = PassStubCipher.encrypt(ticket.passStub(), vector.password());
        assertThat(HexFormat.of().withUpperCase().formatHex(encrypted)).isEqualTo(vector.encryptedPassStub());
    }

    @Test
    void aWindowsXpFileGivesItsRcTicketAddressesAndAcceptsTheMissingSpaceBeforeRcTicketEncrypted() throws Exception {
        IncidentTicket ticket = MsRcIncidentReader.read(Vectors.bytes("type1.MsRcIncident"), "Password1");

        assertThat(ticket.userName()).isEqualTo("Administrator");
        assertThat(ticket.addresses()).containsExactly(
                new HostPort("10.0.3.105", 3389), new HostPort("winxpsp3.contoso3.com", 3389));
        assertThat(ticket.sessionId()).isEqualTo("rb+v0oPmEISmi8N2zK/vuhgul/ABqlDt6wW0VxMyxK8=");
        assertThat(ticket.passStub()).isEqualTo("RT=0PvIndan52*");
        assertThat(ticket.start()).isEqualTo(Instant.ofEpochSecond(1314905741));
        assertThat(ticket.length()).isEqualTo(Duration.ofMinutes(180));
        assertThat(ticket.expiresAt()).contains(Instant.ofEpochSecond(1314905741 + 180 * 60));
        assertThat(ticket.keyHash()).isNull();
    }

    @Test
    void aWindows7FileGivesEveryAddressOfItsDecryptedTicketIncludingIpv6WithZones() throws Exception {
        IncidentTicket ticket = MsRcIncidentReader.read(Vectors.bytes("type2.MsRcIncident"), "48BJQ853X3B4");

        assertThat(ticket.userName()).isEqualTo("awake");
        assertThat(ticket.addresses()).containsExactly(
                new HostPort("fe80::1032:53d9:5a01:909b%3", 49228),
                new HostPort("fe80::3d8f:9b2d:6b4e:6aa%6", 49229),
                new HostPort("192.168.1.200", 49230),
                new HostPort("169.254.6.170", 49231));
        assertThat(ticket.sessionId()).isEqualTo("+ULZ6ifjoCa6cGPMLQiGHRPwkg6VyJqGwxMnO6GcelwUh9a6/FBq3It5ADSndmLL");
        assertThat(ticket.keyHash()).isEqualTo("BNRjdu97DyczQSRuMRrDWoue+HA=");
        assertThat(ticket.passStub()).isEqualTo("WB^6HsrIaFmEpi");
        assertThat(ticket.expiresAt()).contains(Instant.ofEpochSecond(1403972263).plus(Duration.ofMinutes(14400)));
    }

    @Test
    void aWindows11FileWithoutRcTicketReadsFromItsLhTicketAlone() throws Exception {
        IncidentTicket ticket = MsRcIncidentReader.read(Vectors.bytes("type2-2024.MsRcIncident"), "4X638PTVZTKZ");

        assertThat(ticket.userName()).isEqualTo("fx");
        assertThat(ticket.addresses()).hasSize(4).contains(
                new HostPort("2001:0:284a:364:28e3:b9b:c19c:4d04", 64732), new HostPort("10.0.1.174", 64733));
        assertThat(ticket.sessionId()).isEqualTo("x71Z31da9Vbtnu13p0YHxoi99oE4bC0OHyoNLpLDGsEo7pJJJPDkhFUVlCGquycl");
        assertThat(ticket.keyHash()).isEqualTo("0Xc54LdpNOVklt8sOsnDJ+uVuJY=");
        assertThat(ticket.passStub()).isEqualTo("e4=3CiFuM6h2qH");
        assertThat(ticket.start()).isEqualTo(Instant.ofEpochSecond(1704288424));
        assertThat(ticket.length()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theClearFieldsReadWithoutThePassword() throws Exception {
        IncidentFile file = MsRcIncidentReader.read(Vectors.bytes("type2.MsRcIncident"));

        assertThat(file.userName()).isEqualTo("awake");
        assertThat(file.passStub()).isEqualTo("WB^6HsrIaFmEpi");
        assertThat(file.rcTicket().addresses()).containsExactly(
                new HostPort("192.168.1.200", 49230), new HostPort("169.254.6.170", 49231));
        assertThat(file.rcTicket().specificParams()).isEqualTo("BNRjdu97DyczQSRuMRrDWoue+HA=");
        assertThat(file.encryptedTicket()).get().extracting(bytes -> bytes.length).isEqualTo(608);
        assertThat(file.lowSpeed()).isFalse();
        assertThat(file.expiresAt()).isPresent();
    }

    @Test
    void aFileReadWithoutThePasswordDecryptsLater() throws Exception {
        IncidentFile file = MsRcIncidentReader.read(Vectors.bytes("type2-2024.MsRcIncident"));

        IncidentTicket ticket = MsRcIncidentReader.decrypt(file, "4X638PTVZTKZ");

        assertThat(ticket).isEqualTo(MsRcIncidentReader.read(Vectors.bytes("type2-2024.MsRcIncident"), "4X638PTVZTKZ"));
    }

    @ParameterizedTest
    @MethodSource("filesWithLhTicket")
    void aWrongPasswordIsReportedAsSuchForEveryFileWithAnLhTicket(Vectors.Vector vector) {
        assertThatThrownBy(() -> MsRcIncidentReader.read(vector.bytes(), vector.password() + "x"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("LHTICKET: wrong password or corrupted ticket");
        assertThatThrownBy(() -> MsRcIncidentReader.read(vector.bytes(), ""))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("LHTICKET: wrong password or corrupted ticket");
    }

    @Test
    void theTwoMalformedFilesAreRejected() {
        assertThatThrownBy(() -> MsRcIncidentReader.read(Vectors.bytes("fail1.txt"), ""))
                .isInstanceOf(InvitationFileException.class)
                .hasMessageStartingWith("file: not well-formed XML at line 1, column 16");
        assertThatThrownBy(() -> MsRcIncidentReader.read(Vectors.bytes("fail2.txt"), ""))
                .isInstanceOf(InvitationFileException.class)
                .hasMessageStartingWith("file: ");
    }

    @Test
    void everyVectorIsAcceptedOrRejectedAsUpstreamExpects() {
        for (Vectors.Vector vector : Vectors.all()) {
            if (vector.file().endsWith(".xml")) {
                continue;
            }
            boolean parsed;
            try {
                MsRcIncidentReader.read(vector.bytes(), vector.password());
                parsed = true;
            } catch (InvitationFileException e) {
                parsed = false;
            }
            assertThat(parsed).as(vector.file()).isEqualTo(vector.parses());
        }
    }

}
