package io.remoteassist.invitation.api.contacts;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * An invitation handed to a trusted contact over the channel their handshake opened: the invitation id, its
 * password and its file, AES-256-GCM under the handshake's session key. The relay sees ciphertext only; the
 * Helper types no password.
 *
 * @param nonce base64 of the 12-byte nonce
 * @param ciphertext base64 of the sealed content
 */
public record SealedInvitation(String nonce, String ciphertext) {

    /** What the Helper gets. */
    public record Content(String invitationId, String password, byte[] file) {
    }

    private static final byte[] AAD = "remoteassist contact invitation v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_FILE = 64 * 1024;

    /** Seals an invitation under a handshake's session key. */
    public static SealedInvitation seal(byte[] sessionKey, Content content) {
        byte[] id = content.invitationId().getBytes(StandardCharsets.UTF_8);
        byte[] password = content.password().getBytes(StandardCharsets.UTF_8);
        if (content.file().length > MAX_FILE || id.length > 255 || password.length > 255) {
            throw new IllegalArgumentException("the invitation is too large to hand over");
        }
        byte[] plain = ByteBuffer.allocate(2 + id.length + password.length + content.file().length)
            .put((byte) id.length).put(id).put((byte) password.length).put(password).put(content.file()).array();
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, sessionKey, nonce).doFinal(plain);
            return new SealedInvitation(Base64.getEncoder().encodeToString(nonce),
                Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the invitation with the session key.
     *
     * @throws ContactException if it is malformed or does not open with this key
     */
    public Content open(byte[] sessionKey) throws ContactException {
        byte[] plain;
        try {
            byte[] n = Base64.getDecoder().decode(nonce == null ? "" : nonce);
            byte[] c = Base64.getDecoder().decode(ciphertext == null ? "" : ciphertext);
            if (n.length != 12 || c.length < 16 || c.length > MAX_FILE + 600) {
                throw new ContactException("the sealed invitation has the wrong size");
            }
            plain = cipher(Cipher.DECRYPT_MODE, sessionKey, n).doFinal(c);
        } catch (IllegalArgumentException e) {
            throw new ContactException("the sealed invitation is not base64");
        } catch (AEADBadTagException e) {
            throw new ContactException("the sealed invitation does not open with this session's key (altered?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        try {
            int at = 0;
            int idLength = plain[at++] & 0xff;
            String id = new String(plain, at, idLength, StandardCharsets.UTF_8);
            at += idLength;
            int pwLength = plain[at++] & 0xff;
            String password = new String(plain, at, pwLength, StandardCharsets.UTF_8);
            at += pwLength;
            return new Content(id, password, Arrays.copyOfRange(plain, at, plain.length));
        } catch (IndexOutOfBoundsException e) {
            throw new ContactException("the sealed invitation is truncated");
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(AAD);
        return cipher;
    }
}
