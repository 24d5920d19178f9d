package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TicketCipherTest {

    @Test
    void reEncryptingADecryptedWindowsTicketGivesBackWindowsBytesExactly() throws Exception {
        for (String[] vector : new String[][] {{"type2.MsRcIncident", "48BJQ853X3B4"},
                {"type2-2024.MsRcIncident", "4X638PTVZTKZ"}}) {
            IncidentFile file = MsRcIncidentReader.read(Vectors.bytes(vector[0]));
            byte[] windows = file.encryptedTicket().orElseThrow();

            String plaintext = TicketCipher.decrypt(windows, vector[1]);

            assertThat(plaintext).startsWith("<E>").endsWith("</E>");
            assertThat(TicketCipher.encrypt(plaintext, vector[1])).isEqualTo(windows);
        }
    }

    @Test
    void theKeyIsTheFirstSixteenBytesOfCryptDeriveKeysFirstHash() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-1").digest("Password1".getBytes(StandardCharsets.UTF_16LE));
        byte[] buffer = new byte[64];
        for (int i = 0; i < 64; i++) {
            buffer[i] = (byte) (0x36 ^ (i < 20 ? hash[i] : 0));
        }
        byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-1").digest(buffer), 16);

        assertThat(TicketCipher.deriveKey("Password1")).isEqualTo(expected);
    }

    @Test
    void theCiphertextIsWholeAesBlocksOfTheUtf16TextWithCrLf() {
        byte[] ticket = TicketCipher.encrypt("<E/>", "pw");

        // 4 characters + CR LF = 12 bytes of UTF-16LE, padded to one block.
        assertThat(ticket).hasSize(16);
        assertThat(ticket).isNotEqualTo(TicketCipher.encrypt("<E/>", "pX"));
    }

    @Test
    void aWrongPasswordOrATruncatedTicketIsACheckedError() {
        byte[] ticket = TicketCipher.encrypt("<E><A KH=\"a2g=\" ID=\"aWQ=\"/></E>", "right");

        assertThatThrownBy(() -> TicketCipher.decrypt(ticket, "wrong"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("LHTICKET: wrong password or corrupted ticket");
        assertThatThrownBy(() -> TicketCipher.decrypt(Arrays.copyOf(ticket, 17), "right"))
                .isInstanceOf(InvitationFileException.class)
                .hasMessage("LHTICKET: not a whole number of 16-byte AES blocks");
    }

    @Test
    void aWrongPasswordIsNeverMistakenForARightOne() {
        byte[] ticket = TicketCipher.encrypt("<E><A KH=\"a2g=\" ID=\"aWQ=\"/></E>", "right");

        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            try {
                TicketCipher.decrypt(ticket, "wrong" + i);
                accepted++;
            } catch (InvitationFileException e) {
                assertThat(e.part()).isEqualTo("LHTICKET");
            }
        }
        assertThat(accepted).isZero();
    }
}
