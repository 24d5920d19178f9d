package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MsRcIncidentReaderHostileInputTest {

    private static final String RCTICKET = "65538,1,10.0.0.1:3389,*,c2Vzc2lvbg==,*,*,a2g=";

    private static String file(String uploadDataAttributes) {
        return "<?xml version=\"1.0\"?><UPLOADINFO TYPE=\"Escalated\"><UPLOADDATA " + uploadDataAttributes
                + "/></UPLOADINFO>";
    }

    private static String validAttributes() {
        return "USERNAME=\"u\" RCTICKET=\"" + RCTICKET + "\" PassStub=\"ab\" DtStart=\"1\" DtLength=\"2\"";
    }

    private static InvitationFileException rejection(String text) {
        return rejection(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InvitationFileException rejection(byte[] bytes) {
        try {
            MsRcIncidentReader.read(bytes, "password");
        } catch (InvitationFileException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theMinimalFileOfTheseTestsIsAccepted() throws Exception {
        IncidentTicket ticket = MsRcIncidentReader.read(file(validAttributes()).getBytes(StandardCharsets.UTF_8), "");

        assertThat(ticket.addresses()).containsExactly(new HostPort("10.0.0.1", 3389));
        assertThat(ticket.length()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    @Timeout(10)
    void anExternalEntityIsRefusedBeforeAnythingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE UPLOADINFO [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<UPLOADINFO TYPE=\"Escalated\"><UPLOADDATA USERNAME=\"&x;\" RCTICKET=\"" + RCTICKET
                + "\" PassStub=\"ab\"/></UPLOADINFO>";

        InvitationFileException e = rejection(xxe);

        assertThat(e.part()).isEqualTo("file");
        assertThat(e.reason()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void aDoctypeIsRefusedAfterAndBeforeValidFilesOnTheSameThread() throws Exception {
        byte[] valid = Vectors.bytes("type2.MsRcIncident");
        String doctype = "<!DOCTYPE UPLOADINFO>" + file(validAttributes());

        MsRcIncidentReader.read(valid, "48BJQ853X3B4");
        assertThat(rejection(doctype).reason()).contains("DOCTYPE");
        assertThat(MsRcIncidentReader.read(valid, "48BJQ853X3B4").userName()).isEqualTo("awake");
        assertThat(rejection(doctype).reason()).contains("DOCTYPE");
    }

    @Test
    @Timeout(10)
    void anExternalDtdIsNeverLoaded() {
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE UPLOADINFO SYSTEM \"http://127.0.0.1:9/ra.dtd\">"
                + file(validAttributes()).substring("<?xml version=\"1.0\"?>".length());

        assertThat(rejection(dtd).reason()).contains("DOCTYPE");
    }

    @Test
    @Timeout(10)
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<UPLOADINFO TYPE=\"Escalated\"><UPLOADDATA USERNAME=\"&c;\"/></UPLOADINFO>";

        assertThat(rejection(laughs).reason()).contains("DOCTYPE");
    }

    @Test
    void aFileOverSixtyFourKibibytesIsRefusedUnread() {
        byte[] large = new byte[MsRcIncidentReader.MAX_FILE_BYTES + 1];

        assertThat(rejection(large)).hasMessage("file: larger than 65536 bytes");
    }

    @Test
    void aStreamIsReadNoFurtherThanTheSizeCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> MsRcIncidentReader.read(endless, "x"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("file: larger than 65536 bytes");
    }

    @Test
    void emptyAndNonTextFilesAreRefused() {
        assertThat(rejection(new byte[0])).hasMessage("file: empty");
        assertThat(rejection(new byte[] {'<', (byte) 0xC3, '('})).hasMessage("file: not valid UTF-8 text");
    }

    @Test
    void aUtf16FileWithByteOrderMarkIsRead() throws Exception {
        byte[] utf16 = ("\uFEFF" + Vectors.text("type2.MsRcIncident")).getBytes(StandardCharsets.UTF_16LE);

        IncidentTicket ticket = MsRcIncidentReader.read(new ByteArrayInputStream(utf16), "48BJQ853X3B4");

        assertThat(ticket.userName()).isEqualTo("awake");
    }

    @Test
    void onlyTheMissingSpaceBeforeRcTicketEncryptedIsForgiven() {
        String glued = file(validAttributes().replace("\" DtStart=", "\"DtStart="));

        assertThat(rejection(glued).reason()).startsWith("not well-formed XML");
    }

    @Test
    void theMissingSpaceBeforeRcTicketEncryptedIsForgivenInAnyFile() throws Exception {
        String glued = file(validAttributes() + "RCTICKETENCRYPTED=\"1\"");

        assertThat(MsRcIncidentReader.read(glued.getBytes(StandardCharsets.UTF_8)).userName()).isEqualTo("u");
    }

    @Test
    void anLhTicketThatIsNotHexOrNotWholeBlocksIsNamed() {
        String base = validAttributes() + " LHTICKET=";

        assertThat(rejection(file(base + "\"" + "ZZ".repeat(16) + "\""))).hasMessage("LHTICKET: not valid hex");
        assertThat(rejection(file(base + "\"ABC\""))).hasMessage("LHTICKET: not valid hex");
        assertThat(rejection(file(base + "\"\""))).hasMessage("LHTICKET: empty");
        assertThat(rejection(file(base + "\"" + "AB".repeat(15) + "\"")))
                .hasMessage("LHTICKET: not a whole number of 16-byte AES blocks");
    }

    @Test
    void aCorruptedLhTicketIsReportedOnTheLhTicket() {
        String text = Vectors.text("type2.MsRcIncident");
        int end = text.indexOf("\" RCTICKET=");
        String corrupted = text.substring(0, end - 1) + (text.charAt(end - 1) == '0' ? '1' : '0') + text.substring(end);

        assertThat(rejection(corrupted).part()).isEqualTo("LHTICKET");
    }

    @Test
    void aTicketThatDecryptsToAnIncompleteConnectionStringIsNamed() {
        String noId = "<E><A KH=\"a2g=\"/><C><T><L P=\"1\" N=\"h\"/></T></C></E>";
        byte[] encrypted = TicketCipher.encrypt(noId, "password");
        String ticket = HexFormat.of().withUpperCase().formatHex(encrypted);

        assertThat(rejection(file(validAttributes() + " LHTICKET=\"" + ticket + "\"")))
                .hasMessage("LHTICKET: ConnectionString2: ID: missing from <A>");
    }

    @Test
    void badNumbersAreNamedWithTheirAttribute() {
        assertThat(rejection(file(validAttributes().replace("DtStart=\"1\"", "DtStart=\"-1\""))))
                .hasMessage("DtStart: not a decimal number");
        assertThat(rejection(file(validAttributes().replace("DtLength=\"2\"", "DtLength=\"4294967296\""))))
                .hasMessage("DtLength: larger than 4294967295");
        assertThat(rejection(file(validAttributes() + " L=\"yes\""))).hasMessage("L: must be 0 or 1");
    }

    @Test
    void missingPartsAreNamed() {
        assertThat(rejection(file("USERNAME=\"u\" RCTICKET=\"" + RCTICKET + "\"")))
                .hasMessage("PassStub: missing from <UPLOADDATA>");
        assertThat(rejection(file("USERNAME=\"u\" PassStub=\"ab\"")))
                .hasMessage("UPLOADDATA: has neither LHTICKET nor RCTICKET");
        assertThat(rejection(file(validAttributes()).replace(" TYPE=\"Escalated\"", "")))
                .hasMessage("TYPE: missing from <UPLOADINFO>");
        assertThat(rejection(file(validAttributes()).replace("Escalated", "Offered")))
                .hasMessage("TYPE: not Escalated");
        assertThat(rejection("<E/>")).hasMessage("file: root element is <E>, expected <UPLOADINFO>");
    }

    @Test
    void structuralSurprisesAreRefused() {
        String twice = file(validAttributes()).replace("/></UPLOADINFO>", "/><UPLOADDATA/></UPLOADINFO>");
        String text = file(validAttributes()).replace("</UPLOADINFO>", "hello</UPLOADINFO>");

        assertThat(rejection(twice)).hasMessage("UPLOADDATA: more than one in <UPLOADINFO>");
        assertThat(rejection(text)).hasMessage("file: text content in <UPLOADINFO> is not allowed");
    }

    @Test
    void aBadRcTicketIsNamed() {
        assertThat(rejection(file(validAttributes().replace(RCTICKET, "65538,1,x"))))
                .hasMessage("RCTICKET: expected 8 comma-separated fields, found 3");
        assertThat(rejection(file(validAttributes().replace("10.0.0.1:3389", "10.0.0.1"))))
                .hasMessage("RCTICKET: invalid address: address has no port");
        assertThat(rejection(file(validAttributes().replace(":3389", ":70000"))))
                .hasMessage("RCTICKET: invalid address: port must be 1 to 65535, was 70000");
    }

    @Test
    void controlCharactersInTheUserNameAreRefused() {
        assertThat(rejection(file(validAttributes().replace("USERNAME=\"u\"", "USERNAME=\"a&#1;b\""))).part())
                .isIn("file", "USERNAME");
        assertThat(rejection(file(validAttributes().replace("USERNAME=\"u\"", "USERNAME=\"a&#10;b\""))))
                .hasMessageStartingWith("USERNAME: ");
    }
}
