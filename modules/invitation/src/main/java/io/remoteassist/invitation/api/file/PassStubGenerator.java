package io.remoteassist.invitation.api.file;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Makes the PassStub of a new invitation file: 14 random characters written in clear in the file, which a Helper
 * returns encrypted with the password (see {@link PassStubCipher}).
 *
 * <p>The shape is Windows': characters 2 to 5 (1-based) are a symbol, a digit, an upper-case and a lower-case
 * letter; the others come from {@code A-Z a-z 0-9 * _}. The symbols are Windows' less {@code &}, so that no
 * character of a PassStub needs escaping in XML: some readers of invitation files do not resolve entities.
 * Thread-safe.
 */
public final class PassStubGenerator {

    /** The number of characters of a PassStub. */
    public static final int LENGTH = 14;

    static final String SYMBOLS = "!@#$^*()-+=";
    static final String DIGITS = "0123456789";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String OTHERS = UPPER + LOWER + DIGITS + "*_";

    private final SecureRandom random;

    /** Creates a generator drawing from a new {@link SecureRandom}. */
    public PassStubGenerator() {
        this(new SecureRandom());
    }

    /**
     * Creates a generator drawing from the given source.
     *
     * @param random the source of randomness
     */
    public PassStubGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Makes a new PassStub.
     *
     * @return 14 printable ASCII characters, none of {@code & < > " '}
     */
    public String generate() {
        StringBuilder stub = new StringBuilder(LENGTH);
        stub.append(pick(OTHERS)).append(pick(SYMBOLS)).append(pick(DIGITS)).append(pick(UPPER)).append(pick(LOWER));
        while (stub.length() < LENGTH) {
            stub.append(pick(OTHERS));
        }
        return stub.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
