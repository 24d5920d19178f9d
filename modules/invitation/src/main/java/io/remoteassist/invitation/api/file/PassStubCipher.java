package io.remoteassist.invitation.api.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts an invitation's PassStub with the invitation password, as a Windows Helper does to prove it knows the
 * password when it connects.
 *
 * <pre>
 * key        = MD5(UTF-16LE(password))
 * plaintext  = uint32 little-endian length in bytes of UTF-16LE(PassStub) || UTF-16LE(PassStub)
 * encrypted  = RC4(key)(plaintext)                       4 + 2 x length bytes, 32 for a 14-character PassStub
 * </pre>
 * RC4 and MD5 are what Windows uses; they are kept only for compatibility. Stateless and thread-safe.
 */
public final class PassStubCipher {

    private PassStubCipher() {
    }

    /**
     * Encrypts a PassStub.
     *
     * @param passStub the PassStub from the invitation file
     * @param password the invitation password
     * @return the encrypted PassStub, 4 + 2 x {@code passStub.length()} bytes
     */
    public static byte[] encrypt(String passStub, String password) {
        Objects.requireNonNull(passStub, "passStub");
        Objects.requireNonNull(password, "password");
        byte[] stub = passStub.getBytes(StandardCharsets.UTF_16LE);
        byte[] plaintext = new byte[4 + stub.length];
        int length = stub.length;
        plaintext[0] = (byte) length;
        plaintext[1] = (byte) (length >>> 8);
        plaintext[2] = (byte) (length >>> 16);
        plaintext[3] = (byte) (length >>> 24);
        System.arraycopy(stub, 0, plaintext, 4, stub.length);

        RC4Engine rc4 = new RC4Engine();
        rc4.init(true, new KeyParameter(md5(password.getBytes(StandardCharsets.UTF_16LE))));
        byte[] encrypted = new byte[plaintext.length];
        rc4.processBytes(plaintext, 0, plaintext.length, encrypted, 0);
        return encrypted;
    }

    /**
     * Tells, in time independent of where they differ, whether an encrypted PassStub presented by a Helper is the
     * encryption of the expected PassStub with the password.
     *
     * @param presented the encrypted PassStub the Helper sent
     * @param passStub the PassStub of the invitation
     * @param password the invitation password
     * @return true if they match
     */
    public static boolean matches(byte[] presented, String passStub, String password) {
        Objects.requireNonNull(presented, "presented");
        return MessageDigest.isEqual(presented, encrypt(passStub, password));
    }

    private static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
