package io.remoteassist.invitation.api.easyconnect;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The encrypted invitation an Easy Connect entry holds: {@code version (1) || nonce (12) || AES-256-GCM(file)}
 * under the blob key of {@link EasyConnectKeys}, with the lookup key as associated data (a blob moved to another
 * entry does not open). At most {@link #MAX_FILE_BYTES} of file.
 */
public final class EasyConnectBlob {

    /** The format byte of this layout. */
    public static final byte VERSION = 1;

    /** The largest invitation file a blob carries (the invitation parser's own cap). */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    /** The largest blob: header, file and tag. */
    public static final int MAX_BLOB_BYTES = 1 + 12 + MAX_FILE_BYTES + 16;

    private static final byte[] AAD_LABEL = "remoteassist easy-connect blob v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EasyConnectBlob() {
    }

    /**
     * Encrypts an invitation file for the directory.
     *
     * @param keys the keys derived from the invitation password
     * @param file the invitation file's bytes
     * @return the blob
     */
    public static byte[] seal(EasyConnectKeys keys, byte[] file) {
        if (file.length == 0 || file.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("an invitation file is 1 to " + MAX_FILE_BYTES + " bytes, not "
                + file.length);
        }
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys, nonce).doFinal(file);
            return ByteBuffer.allocate(1 + nonce.length + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Decrypts a blob fetched from the directory.
     *
     * @param keys the keys derived from the password the Helper typed
     * @param blob the blob
     * @return the invitation file's bytes
     * @throws EasyConnectException if the blob is malformed, of another version, or does not open with these keys
     */
    public static byte[] open(EasyConnectKeys keys, byte[] blob) throws EasyConnectException {
        if (blob == null || blob.length < 1 + 12 + 16 || blob.length > MAX_BLOB_BYTES) {
            throw new EasyConnectException("the directory entry is not an Easy Connect blob (wrong size)");
        }
        if (blob[0] != VERSION) {
            throw new EasyConnectException("the directory entry has blob version " + blob[0] + "; this client reads "
                + VERSION);
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, keys, Arrays.copyOfRange(blob, 1, 13))
                .doFinal(blob, 13, blob.length - 13);
        } catch (AEADBadTagException e) {
            throw new EasyConnectException("the directory entry does not open with this password (altered, or "
                + "not the entry of this password)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher cipher(int mode, EasyConnectKeys keys, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.blobKey(), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(AAD_LABEL);
        cipher.updateAAD(keys.lookupKey());
        return cipher;
    }
}
