package io.remoteassist.policy.api;

import java.time.temporal.ChronoUnit;

/** Unit of the maximum ticket time. */
public enum TicketTimeUnit {
    MINUTES('m', ChronoUnit.MINUTES),
    HOURS('h', ChronoUnit.HOURS),
    DAYS('d', ChronoUnit.DAYS);

    private final char suffix;
    private final ChronoUnit unit;

    TicketTimeUnit(char suffix, ChronoUnit unit) {
        this.suffix = suffix;
        this.unit = unit;
    }

    /** The suffix of the textual form: {@code m}, {@code h} or {@code d}. */
    public char suffix() {
        return suffix;
    }

    /** The matching {@link ChronoUnit}. */
    public ChronoUnit chronoUnit() {
        return unit;
    }
}
