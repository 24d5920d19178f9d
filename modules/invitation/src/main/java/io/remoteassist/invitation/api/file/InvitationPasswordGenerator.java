package io.remoteassist.invitation.api.file;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Makes invitation passwords: 12 characters drawn uniformly from 32 that cannot be mistaken for one another when
 * read out over the phone ({@code 23456789ABCDEFGHJKLMNPQRSTUVWXYZ}: no 0/O, 1/I/L), which is 60 bits.
 *
 * <p>The password keys the LHTICKET of an invitation file, which can be attacked offline (see
 * {@link TicketCipher}), so it is never shorter. Thread-safe.
 */
public final class InvitationPasswordGenerator {

    /** The characters a generated password is made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /** The number of characters of a generated password. */
    public static final int LENGTH = 12;

    /** The entropy of a generated password, in bits: {@code LENGTH * log2(ALPHABET.length())}. */
    public static final int ENTROPY_BITS = 60;

    private final SecureRandom random;

    /** Creates a generator drawing from a new {@link SecureRandom}. */
    public InvitationPasswordGenerator() {
        this(new SecureRandom());
    }

    /**
     * Creates a generator drawing from the given source.
     *
     * @param random the source of randomness
     */
    public InvitationPasswordGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Makes a new password.
     *
     * @return 12 characters of {@link #ALPHABET}
     */
    public String generate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(password);
    }
}
