package io.remoteassist.invitation.api.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts an invitation file's LHTICKET with the invitation password, exactly as Windows does.
 *
 * <pre>
 * H         = SHA-1(UTF-16LE(password))
 * key       = first 16 bytes of SHA-1(B), B = 64 bytes of 0x36 whose first 20 are XORed with H
 *             (CryptDeriveKey for AES-128 from a SHA-1 hash)
 * LHTICKET  = AES-128-CBC(key, IV = 16 zero bytes, PKCS#7 padding)(UTF-16LE(ConnectionString2 + CR LF))
 * </pre>
 * The file carries the result as upper-case hex. A wrong password is detected by the padding and by the
 * plaintext not being the UTF-16LE text of an {@code <E>} element; both give the same error, since they cannot
 * be told from a corrupted ticket.
 *
 * <p>Whoever holds a file can test passwords against it offline at the cost of two SHA-1 and one AES
 * decryption each: invitation passwords must be long and random (see {@link InvitationPasswordGenerator}).
 * Stateless and thread-safe.
 */
public final class TicketCipher {

    private static final String PART = "LHTICKET";
    private static final String WRONG_PASSWORD = "wrong password or corrupted ticket";
    private static final String LINE_END = "\r\n";
    private static final int BLOCK = 16;

    private TicketCipher() {
    }

    /**
     * Encrypts a ConnectionString2 for the LHTICKET attribute.
     *
     * @param connectionString2 the XML text, such as {@link ConnectionString2#toXml()}; CR LF is appended here
     * @param password the invitation password
     * @return the ciphertext, a whole number of 16-byte blocks
     */
    public static byte[] encrypt(String connectionString2, String password) {
        Objects.requireNonNull(connectionString2, "connectionString2");
        byte[] plaintext = (connectionString2 + LINE_END).getBytes(StandardCharsets.UTF_16LE);
        try {
            return run(Cipher.ENCRYPT_MODE, password, plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot encrypt with AES-128-CBC", e);
        }
    }

    /**
     * Decrypts an LHTICKET to the ConnectionString2 text, without its trailing CR LF.
     *
     * @param ticket the ciphertext (the attribute's hex already decoded)
     * @param password the invitation password
     * @return the XML text, not yet parsed (see {@link ConnectionString2#parse(String)})
     * @throws InvitationFileException (part {@code LHTICKET}) if the ticket is not a whole number of AES blocks,
     *     or it does not decrypt to UTF-16LE text starting with {@code <E}: a wrong password or a corrupted ticket
     */
    public static String decrypt(byte[] ticket, String password) throws InvitationFileException {
        Objects.requireNonNull(ticket, "ticket");
        if (ticket.length == 0 || ticket.length % BLOCK != 0) {
            throw new InvitationFileException(PART, "not a whole number of 16-byte AES blocks");
        }
        byte[] plaintext;
        try {
            plaintext = run(Cipher.DECRYPT_MODE, password, ticket);
        } catch (BadPaddingException e) {
            throw new InvitationFileException(PART, WRONG_PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot decrypt with AES-128-CBC", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_16LE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plaintext))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvitationFileException(PART, WRONG_PASSWORD);
        }
        if (!text.startsWith("<E")) {
            throw new InvitationFileException(PART, WRONG_PASSWORD);
        }
        return text.endsWith(LINE_END) ? text.substring(0, text.length() - LINE_END.length()) : text;
    }

    /**
     * Derives the AES-128 key from the password as CryptDeriveKey does from a SHA-1 hash of it.
     *
     * @param password the invitation password
     * @return the 16-byte key
     */
    static byte[] deriveKey(String password) {
        Objects.requireNonNull(password, "password");
        byte[] hash = sha1(password.getBytes(StandardCharsets.UTF_16LE));
        byte[] buffer = new byte[64];
        Arrays.fill(buffer, (byte) 0x36);
        for (int i = 0; i < hash.length; i++) {
            buffer[i] ^= hash[i];
        }
        return Arrays.copyOf(sha1(buffer), BLOCK);
    }

    private static byte[] run(int mode, String password, byte[] input) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(mode, new SecretKeySpec(deriveKey(password), "AES"), new IvParameterSpec(new byte[BLOCK]));
        return aes.doFinal(input);
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
