package io.remoteassist.invitation.api.easyconnect;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The two keys of an Easy Connect entry, both derived from the invitation password alone, so that the Helper needs
 * nothing else: Argon2id turns the password into a 32-byte master secret, then HKDF-SHA-256 with two distinct
 * labels gives the <em>lookup key</em> (the entry's name in the server's rendezvous directory) and the
 * <em>blob key</em> (AES-256-GCM over the invitation file, see {@link EasyConnectBlob}). The server sees only the
 * lookup key; it cannot get the blob key from it, and a stolen copy of the directory costs one Argon2id run per
 * password guess.
 *
 * <p>Argon2id parameters (version 1.3): {@value #MEMORY_KIB} KiB of memory, {@value #ITERATIONS} passes,
 * parallelism {@value #PARALLELISM}, a fixed salt naming the scheme (the lookup must work from the password only,
 * so the salt cannot be random; a 60-bit random password makes precomputed tables pointless). Chosen so that one
 * derivation takes about 50–200 ms on a 2-core machine ({@code ops/ra bench easy-connect} prints the figure).
 */
public final class EasyConnectKeys {

    /** Argon2id memory cost, in KiB. */
    public static final int MEMORY_KIB = 19 * 1024;

    /** Argon2id passes over the memory. */
    public static final int ITERATIONS = 2;

    /** Argon2id lanes. */
    public static final int PARALLELISM = 1;

    static final byte[] SALT = "remoteassist/easy-connect/v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] LOOKUP_LABEL = "remoteassist easy-connect lookup key v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] BLOB_LABEL = "remoteassist easy-connect blob key v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] lookupKey;
    private final byte[] blobKey;

    private EasyConnectKeys(byte[] lookupKey, byte[] blobKey) {
        this.lookupKey = lookupKey;
        this.blobKey = blobKey;
    }

    /**
     * Derives both keys from a password.
     *
     * @param password the invitation password, as the Helper types it (surrounding spaces and dashes are the
     *     caller's to strip, see {@link #normalize(String)})
     * @return the keys
     * @throws IllegalArgumentException if the password is empty
     */
    public static EasyConnectKeys derive(String password) {
        Objects.requireNonNull(password, "password");
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        byte[] master = new byte[32];
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(MEMORY_KIB)
            .withIterations(ITERATIONS)
            .withParallelism(PARALLELISM)
            .withSalt(SALT)
            .build());
        argon.generateBytes(password.getBytes(StandardCharsets.UTF_8), master);
        try {
            return new EasyConnectKeys(expand(master, LOOKUP_LABEL), expand(master, BLOB_LABEL));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /**
     * Puts a typed password in the form it was generated in: upper case, without spaces or dashes (a Helper may
     * read it out in groups).
     *
     * @param typed what the Helper typed
     * @return the password
     */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] expand(byte[] master, byte[] label) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(HKDFParameters.skipExtractParameters(master, label));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    /** Returns the lookup key: the entry's name in the directory. */
    public byte[] lookupKey() {
        return lookupKey.clone();
    }

    /** Returns the lookup key as 64 lower-case hex digits, the form the server's API takes. */
    public String lookupKeyHex() {
        return HexFormat.of().formatHex(lookupKey);
    }

    /** Returns the blob key: never leaves the two ends. */
    public byte[] blobKey() {
        return blobKey.clone();
    }
}
