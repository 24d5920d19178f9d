package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingState;
import io.remoteassist.policy.api.SettingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            solicited enabled control=view maxTicket=2h email=mailto | solicited enabled control=view maxTicket=2h email=mailto
            solicited enabled                                         | solicited enabled control=full maxTicket=6h email=smapi
            SOLICITED Enabled MAXTICKET=90min permit=control          | solicited enabled control=full maxTicket=90m email=smapi
            solicited enabled maxTicket=30d                           | solicited enabled control=full maxTicket=30d email=smapi
            solicited disabled                                        | solicited disabled
            offer enabled control=full helpers=DOMAIN\\HelpDesk,bob   | offer enabled control=full helpers=DOMAIN\\HelpDesk,bob
            offer enabled helpers=bob,BOB,alice                       | offer enabled control=full helpers=bob,alice
            offer enabled control=view helpers=bob@contoso.com        | offer enabled control=view helpers=contoso.com\\bob
            vista-only enabled                                        | vista-only enabled
            logging disabled                                          | logging disabled
            logging not-configured                                    | logging not-configured
            bandwidth enabled level=full                              | bandwidth enabled level=full
            bandwidth enabled level=turn-off-background               | bandwidth enabled level=no-background
            warnings enabled connect="Support sees your screen."      | warnings enabled connect="Support sees your screen."
            warnings enabled control=Careful!                         | warnings enabled control=Careful!
            """)
    void aValidLineParsesToItsCanonicalForm(String line, String canonical) {
        SettingValue value = SettingText.parse(line);

        assertThat(SettingText.format(value)).isEqualTo(canonical);
        assertThat(SettingText.parse(SettingText.format(value))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            firewall enabled                               | unknown setting 'firewall'
            solicited                                      | expected '<setting> enabled|disabled|not-configured
            solicited maybe                                | unknown state 'maybe'
            solicited enabled control=partial              | option 'control': expected full or view
            solicited enabled maxTicket=31d                | longer than the longest ticket time, 30 days
            solicited enabled maxTicket=0h                 | ticket time must be positive
            solicited enabled maxTicket=6w                 | unknown ticket time unit 'w'
            solicited enabled email=outlook                | expected mailto or smapi
            solicited enabled colour=blue                  | setting 'solicited' has no option 'colour'
            solicited enabled control=view control=full    | option 'control' given twice
            solicited disabled control=view                | takes options only when enabled
            offer enabled control=full                     | needs option 'helpers'
            offer enabled helpers=bob,,alice               | invalid user or group name ''
            offer enabled helpers=bo*b                     | invalid user or group name 'bo*b'
            logging enabled level=full                     | it takes no options
            bandwidth enabled                              | needs option 'level'
            bandwidth enabled level=turbo                  | expected none, no-drag, no-background or full
            warnings enabled                               | needs at least one of 'connect' or 'control'
            warnings enabled connect="unterminated         | unterminated quote starting at column 26
            solicited enabled maxTicket                    | expected option=value, got 'maxTicket'
            """)
    void anInvalidLineIsRefusedWithAClearError(String line, String message) {
        assertThatThrownBy(() -> SettingText.parse(line))
                .isInstanceOf(SettingValidationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void quotedTextKeepsQuotesAndBackslashesThroughFormatting() {
        SettingValue value = SettingsCatalog.validate(SettingValue.enabled(SettingKey.WARNINGS,
                Map.of("connect", "Say \"yes\" to C:\\help", "control", "Two\nlines")));

        assertThat(SettingText.parse(SettingText.format(value))).isEqualTo(value);
    }

    @Test
    void everySettingHasHelpTextAndADisplayName() {
        assertThat(SettingsCatalog.definitions()).hasSize(SettingKey.values().length)
                .allSatisfy(d -> {
                    assertThat(d.helpText()).contains("Enabled").contains("Not configured");
                    assertThat(d.displayName()).isNotBlank();
                });
    }

    @Test
    void aValueBuiltInCodeIsMadeCanonicalByTheCatalog() {
        SettingValue value = SettingsCatalog.validate(new SettingValue(SettingKey.SOLICITED, SettingState.ENABLED,
                Map.of("Permit", "View-Only", "expiry", "120 minutes")));

        assertThat(value.options()).containsExactlyInAnyOrderEntriesOf(
                Map.of("control", "view", "maxTicket", "120m", "email", "smapi"));
    }
}
