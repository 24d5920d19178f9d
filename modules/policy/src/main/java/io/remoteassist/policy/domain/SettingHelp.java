package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.SettingKey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The catalog's content: options and explain texts of every setting. */
final class SettingHelp {

    private static final String CONTROL_ACCEPTED = "full (allow helpers to remotely control the computer) "
            + "or view (allow helpers to only view the computer)";

    private SettingHelp() {
    }

    static Map<SettingKey, SettingDefinition> definitions() {
        Map<SettingKey, SettingDefinition> d = new EnumMap<>(SettingKey.class);
        d.put(SettingKey.SOLICITED, new SettingDefinition(SettingKey.SOLICITED, """
                Turns Solicited (Ask for) Remote Assistance on or off for the computers this applies to.
                Enabled: users can ask someone for help with an invitation (file, e-mail, instant message or \
                Easy Connect), under the options below.
                Disabled: users cannot ask for help and no Helper can connect in response to a request.
                Not configured: users may ask for help; helpers may request control; invitations last at \
                most 6 hours.
                "Maximum ticket time" limits how long an invitation stays open (1 minute to 30 days).
                "Method for e-mail invitations": Mailto sends a link the recipient follows; Simple MAPI \
                attaches the invitation file to the message.""", List.of(
                new OptionDefinition("control", List.of("permit"), OptionType.CONTROL, "full", false,
                        "Permit remote control of this computer", CONTROL_ACCEPTED),
                new OptionDefinition("maxTicket", List.of("maxTicketTime", "expiry"), OptionType.TICKET_TIME,
                        "6h", false, "Maximum ticket time", "a value and a unit, e.g. 90m, 6h, 2d; at most 30d"),
                new OptionDefinition("email", List.of("method"), OptionType.EMAIL, "smapi", false,
                        "Method for e-mail invitations", "mailto or smapi"))));
        d.put(SettingKey.OFFER, new SettingDefinition(SettingKey.OFFER, """
                Turns Offer (Unsolicited) Remote Assistance on or off for the computers this applies to.
                Enabled: the Helpers listed (users or groups, DOMAIN\\name or name; members of listed groups, \
                nested groups included) may offer help to these computers; the user must still accept, and \
                helpers may control or only view as chosen below.
                Disabled or Not configured: nobody may offer help to these computers.""", List.of(
                new OptionDefinition("control", List.of("permit"), OptionType.CONTROL, "full", false,
                        "Permit remote control of this computer", CONTROL_ACCEPTED),
                new OptionDefinition("helpers", List.of("helper"), OptionType.PRINCIPALS, null, true,
                        "Helpers", "a comma-separated list of users and groups, e.g. DOMAIN\\HelpDesk,bob"))));
        d.put(SettingKey.VISTA_ONLY, new SettingDefinition(SettingKey.VISTA_ONLY, """
                Allows only Windows Vista or later connections.
                Enabled: invitations are issued and accepted only with the improved encryption (LHTICKET); \
                helpers on older systems cannot connect. Instant-message and offered sessions are not affected.
                Disabled or Not configured: invitations also carry the older, unencrypted ticket.""", List.of()));
        d.put(SettingKey.LOGGING, new SettingDefinition(SettingKey.LOGGING, """
                Turns session logging on or off.
                Enabled: every session's events and chat are logged for the user and for compliance.
                Disabled or Not configured: sessions are not logged.""", List.of()));
        d.put(SettingKey.BANDWIDTH, new SettingDefinition(SettingKey.BANDWIDTH, """
                Improves performance when bandwidth is low. Each level includes the ones before it: \
                no optimization; no full window drag; turn off background; full optimization (256 colors, \
                no font smoothing).
                Enabled: the chosen level applies.
                Disabled or Not configured: no optimization.""", List.of(
                new OptionDefinition("level", List.of("optimization"), OptionType.BANDWIDTH, null, true,
                        "Bandwidth optimization", "none, no-drag, no-background or full"))));
        d.put(SettingKey.WARNINGS, new SettingDefinition(SettingKey.WARNINGS, """
                Customizes the warning messages the user sees.
                "Before connecting" is shown before the user lets a helper connect; "before sharing control" \
                is shown before the user shares control of the computer.
                Enabled: the texts given replace the standard ones (a text left out keeps the standard one).
                Disabled or Not configured: the standard texts are shown.""", List.of(
                new OptionDefinition("connect", List.of("beforeConnecting"), OptionType.TEXT, null, false,
                        "Display warning message before connecting", "any text up to 1024 characters"),
                new OptionDefinition("control", List.of("beforeSharingControl"), OptionType.TEXT, null, false,
                        "Display warning message before sharing control", "any text up to 1024 characters"))));
        return d;
    }
}
