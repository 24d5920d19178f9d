package io.remoteassist.policy.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A maximum ticket time as the policy editor shows it: a value and a unit. The textual form is the value
 * followed by the unit's suffix, e.g. {@code 90m}, {@code 6h}, {@code 2d}.
 *
 * @param value positive amount
 * @param unit  the unit, never null
 */
public record TicketTime(int value, TicketTimeUnit unit) {

    public TicketTime {
        Objects.requireNonNull(unit, "unit");
        if (value <= 0) {
            throw new IllegalArgumentException("ticket time must be positive, got " + value);
        }
    }

    /** The span this ticket time stands for. */
    public Duration toDuration() {
        return Duration.of(value, unit.chronoUnit());
    }

    /**
     * Parses {@code <n>m}, {@code <n>h} or {@code <n>d} (also {@code min}, {@code hours}, {@code days} ...).
     *
     * @throws IllegalArgumentException when the text is not of that shape
     */
    public static TicketTime parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 9) {
            throw new IllegalArgumentException("expected a ticket time such as 90m, 6h or 2d, got '" + text + "'");
        }
        int value = Integer.parseInt(t.substring(0, i));
        String unit = t.substring(i).trim();
        TicketTimeUnit u = switch (unit) {
            case "m", "min", "mins", "minute", "minutes" -> TicketTimeUnit.MINUTES;
            case "h", "hour", "hours" -> TicketTimeUnit.HOURS;
            case "d", "day", "days" -> TicketTimeUnit.DAYS;
            default -> throw new IllegalArgumentException(
                    "unknown ticket time unit '" + unit + "' in '" + text + "': expected m, h or d");
        };
        return new TicketTime(value, u);
    }

    @Override
    public String toString() {
        return value + String.valueOf(unit.suffix());
    }
}
