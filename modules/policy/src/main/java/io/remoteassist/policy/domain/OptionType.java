package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.BandwidthLevel;
import io.remoteassist.policy.api.ControlPermission;
import io.remoteassist.policy.api.EmailMethod;
import io.remoteassist.policy.api.TicketTime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The kinds of option a setting has, each turning raw text into canonical text or refusing it. */
public enum OptionType {
    CONTROL {
        @Override
        String canonical(String raw) {
            return ControlPermission.parse(raw).token();
        }
    },
    TICKET_TIME {
        @Override
        String canonical(String raw) {
            TicketTime time = TicketTime.parse(raw);
            if (time.toDuration().compareTo(LONGEST_TICKET_TIME) > 0) {
                throw new IllegalArgumentException("'" + raw + "' is longer than the longest ticket time, 30 days");
            }
            return time.toString();
        }
    },
    EMAIL {
        @Override
        String canonical(String raw) {
            return EmailMethod.parse(raw).token();
        }
    },
    BANDWIDTH {
        @Override
        String canonical(String raw) {
            return BandwidthLevel.parse(raw).token();
        }
    },
    PRINCIPALS {
        @Override
        String canonical(String raw) {
            Map<String, String> unique = new LinkedHashMap<>();
            for (String part : raw.split(",", -1)) {
                String name = PrincipalName.parse(part).toString();
                unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
            return String.join(",", unique.values());
        }
    },
    TEXT {
        @Override
        String canonical(String raw) {
            if (raw.isBlank()) {
                throw new IllegalArgumentException("the text is empty; leave the option out to keep the standard text");
            }
            if (raw.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("the text is longer than " + MAX_TEXT_LENGTH + " characters");
            }
            for (char c : raw.toCharArray()) {
                if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                    throw new IllegalArgumentException("the text contains a control character");
                }
            }
            return raw.strip();
        }
    };

    /** The longest maximum ticket time a policy may set. */
    public static final Duration LONGEST_TICKET_TIME = Duration.ofDays(30);

    /** The longest warning text. */
    public static final int MAX_TEXT_LENGTH = 1024;

    /**
     * Canonical text of a raw option value.
     *
     * @throws IllegalArgumentException saying what is expected
     */
    abstract String canonical(String raw);

    /** Splits a canonical {@link #PRINCIPALS} value into its names. */
    public static List<String> principals(String canonical) {
        List<String> names = new ArrayList<>();
        if (canonical != null && !canonical.isEmpty()) {
            names.addAll(List.of(canonical.split(",")));
        }
        return names;
    }
}
