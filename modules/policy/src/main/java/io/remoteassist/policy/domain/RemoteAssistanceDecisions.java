package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.AssistanceMode;
import io.remoteassist.policy.api.BandwidthLevel;
import io.remoteassist.policy.api.ControlPermission;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.EmailMethod;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.PolicySource;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingState;
import io.remoteassist.policy.api.TicketTime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Remote Assistance decisions for one computer: pure functions of its Resultant Set of Policy and of the
 * directory's group membership. Every answer names the deciding setting and, unless a default decided, the
 * winning policy object. Immutable and thread-safe.
 */
public final class RemoteAssistanceDecisions {

    private final ResultantSetOfPolicy rsop;
    private final GroupMembership membership;
    private final String note;

    /**
     * @param rsop       the computer's Resultant Set of Policy
     * @param membership the directory's group membership
     * @param note       appended to every reason (e.g. why only defaults apply), or null
     */
    public RemoteAssistanceDecisions(ResultantSetOfPolicy rsop, GroupMembership membership, String note) {
        this.rsop = Objects.requireNonNull(rsop, "rsop");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.note = note;
    }

    /**
     * May the User create an invitation lasting {@code requestedExpiry}, and under which terms.
     *
     * @param legacyTicket true when the invitation would also carry the unencrypted (pre-Vista) ticket
     * @throws IllegalArgumentException when the requested lifetime is not positive
     */
    public InvitationDecision mayCreateInvitation(Duration requestedExpiry, boolean legacyTicket) {
        if (requestedExpiry == null || requestedExpiry.isNegative() || requestedExpiry.isZero()) {
            throw new IllegalArgumentException("the requested invitation lifetime must be positive");
        }
        EffectiveSetting solicited = rsop.setting(SettingKey.SOLICITED);
        EffectiveSetting vista = rsop.setting(SettingKey.VISTA_ONLY);
        boolean enabled = solicited.value().isEnabled();
        TicketTime maxTicket = enabled ? TicketTime.parse(solicited.value().option("maxTicket"))
                : SettingDefaults.MAX_TICKET_TIME;
        Duration max = maxTicket.toDuration();
        EmailMethod email = enabled ? EmailMethod.parse(solicited.value().option("email"))
                : SettingDefaults.EMAIL_METHOD;
        boolean encryptedOnly = vista.value().isEnabled();
        PolicySource emailSource = source(solicited, "e-mail invitations use " + email.token());
        PolicySource vistaSource = source(vista, encryptedOnly ? "only encrypted invitations are allowed"
                : "unencrypted tickets are allowed");
        if (solicited.value().state() == SettingState.DISABLED) {
            return new InvitationDecision(decide(false, solicited, "users may not ask for help"), Duration.ZERO, max,
                    email, encryptedOnly, emailSource, vistaSource);
        }
        if (legacyTicket && encryptedOnly) {
            return new InvitationDecision(decide(false, vista, "only encrypted invitations may be created"),
                    Duration.ZERO, max, email, true, emailSource, vistaSource);
        }
        Duration granted = requestedExpiry.compareTo(max) > 0 ? max : requestedExpiry;
        String terms = granted.equals(requestedExpiry) ? "users may ask for help; invitations last at most " + maxTicket
                : "users may ask for help; the requested lifetime is capped to the maximum ticket time " + maxTicket;
        return new InvitationDecision(decide(true, solicited, terms), granted, max, email, encryptedOnly, emailSource,
                vistaSource);
    }

    /** May this Helper ({@code DOMAIN\name} or {@code name}) offer help to the computer. */
    public PolicyDecision mayOffer(String helper) {
        EffectiveSetting offer = rsop.setting(SettingKey.OFFER);
        if (!offer.value().isEnabled()) {
            return decide(false, offer, "nobody may offer help");
        }
        List<String> helpers = OptionType.principals(offer.value().option("helpers"));
        Optional<String> entry = membership.matchingEntry(helper, helpers);
        if (entry.isEmpty()) {
            return decide(false, offer, "'" + helper + "' is not among its helpers, directly or through a group");
        }
        String how = PrincipalName.parse(entry.get()).accountKey().equals(PrincipalName.parse(helper).accountKey())
                ? "is listed" : "belongs to listed group " + entry.get();
        return decide(true, offer, "'" + helper + "' " + how + " among its helpers");
    }

    /** May a Helper control (not only view) the computer in a session of this mode. */
    public PolicyDecision mayControl(AssistanceMode mode) {
        SettingKey key = mode == AssistanceMode.SOLICITED ? SettingKey.SOLICITED : SettingKey.OFFER;
        EffectiveSetting setting = rsop.setting(key);
        SettingState state = setting.value().state();
        if (mode == AssistanceMode.SOLICITED && state == SettingState.NOT_CONFIGURED) {
            return decide(true, setting, "helpers may request control");
        }
        if (state != SettingState.ENABLED) {
            return decide(false, setting, mode == AssistanceMode.SOLICITED ? "users may not ask for help"
                    : "nobody may offer help");
        }
        if (ControlPermission.parse(setting.value().option("control")) == ControlPermission.VIEW_ONLY) {
            return decide(false, setting, "helpers may only view the computer");
        }
        return decide(true, setting, "helpers may request control");
    }

    /** Logging, bandwidth level and warning texts of sessions on the computer. */
    public SessionSettingsView sessionSettings() {
        EffectiveSetting logging = rsop.setting(SettingKey.LOGGING);
        EffectiveSetting bandwidth = rsop.setting(SettingKey.BANDWIDTH);
        EffectiveSetting warnings = rsop.setting(SettingKey.WARNINGS);
        boolean log = logging.value().isEnabled()
                || (!logging.value().isConfigured() && SettingDefaults.SESSION_LOGGING);
        BandwidthLevel level = bandwidth.value().isEnabled()
                ? BandwidthLevel.parse(bandwidth.value().option("level")) : SettingDefaults.BANDWIDTH;
        String connect = warnings.value().isEnabled() ? warnings.value().option("connect") : null;
        String control = warnings.value().isEnabled() ? warnings.value().option("control") : null;
        return new SessionSettingsView(log, level,
                connect == null ? SettingDefaults.WARNING_BEFORE_CONNECTING : connect,
                control == null ? SettingDefaults.WARNING_BEFORE_SHARING_CONTROL : control,
                connect != null || control != null,
                source(logging, log ? "sessions are logged" : "sessions are not logged"),
                source(bandwidth, "bandwidth optimization " + level.token()),
                source(warnings, connect != null || control != null ? "custom warning texts"
                        : "standard warning texts"));
    }

    private PolicyDecision decide(boolean allowed, EffectiveSetting setting, String consequence) {
        PolicySource source = source(setting, consequence);
        return new PolicyDecision(allowed, source.setting(), source.gpoId(), source.gpoName(), source.reason());
    }

    private PolicySource source(EffectiveSetting setting, String consequence) {
        AppliedPolicy winner = setting.winner();
        String name = setting.setting().displayName();
        String reason = winner == null
                ? name + " is not configured (default): " + consequence
                : name + " is " + setting.value().state().token() + " by policy object '" + winner.name() + "' ("
                        + winner.policyObject() + ", linked to " + winner.container() + "): " + consequence;
        if (note != null) {
            reason = reason + " (" + note + ")";
        }
        return new PolicySource(setting.setting().key(), winner == null ? null : winner.policyObject().toString(),
                winner == null ? null : winner.name(), reason);
    }
}
