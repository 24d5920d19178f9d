package io.remoteassist.server.compliance;

import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.policy.api.SettingValue;
import io.remoteassist.server.policy.PolicyGateway;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Captures the policy in effect for a computer (Resultant Set of Policy and session settings) as text for
 * the compliance timeline. Asked once per session; see {@link ComplianceTimelineProjection} for why the
 * result is kept rather than asked again on a replay.
 */
@Singleton
public class PolicySnapshots {

    // A provider: the gateway needs the Axon configuration, which is built from the module that registers
    // the projection using this class.
    private final Provider<PolicyGateway> policy;
    private final Clock clock;

    PolicySnapshots(Provider<PolicyGateway> policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The policy for {@code computer} now. A policy view that is still catching up (503) is thrown, so the
     * processor retries the event; any other failure is recorded in the snapshot instead of blocking it.
     */
    CompliancePolicySnapshot capture(String sessionId, String computer, Instant requestedAt) {
        CompliancePolicySnapshot snapshot = new CompliancePolicySnapshot();
        snapshot.sessionId = sessionId;
        snapshot.computer = TimelineDescriber.clip(computer, 255);
        snapshot.requestedAt = requestedAt;
        snapshot.capturedAt = clock.instant();
        try {
            ResultantSetOfPolicy rsop = policy.get().query(new FindResultantSetOfPolicyQuery(computer),
                ResponseTypes.instanceOf(ResultantSetOfPolicy.class));
            SessionSettingsView session = policy.get().query(new FindSessionSettingsQuery(computer),
                ResponseTypes.instanceOf(SessionSettingsView.class));
            fill(snapshot, rsop, session);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 503) {
                throw e;
            }
            unavailable(snapshot, e);
        } catch (RuntimeException e) {
            unavailable(snapshot, e);
        }
        return snapshot;
    }

    private static void fill(CompliancePolicySnapshot snapshot, ResultantSetOfPolicy rsop,
                             SessionSettingsView session) {
        List<String> lines = new ArrayList<>();
        lines.add("applied policy objects: " + (rsop.applied().isEmpty() ? "none (Windows defaults)"
            : rsop.applied().stream().map(PolicySnapshots::applied).collect(Collectors.joining("; "))));
        for (EffectiveSetting setting : rsop.settings()) {
            lines.add(setting.setting().displayName() + ": " + value(setting.value())
                + (setting.winner() == null ? "" : " (from '" + setting.winner().name() + "')"));
        }
        lines.add("session logging: " + (session.sessionLogging() ? "on" : "off"));
        lines.add("bandwidth optimization: " + session.bandwidth().name().toLowerCase(Locale.ROOT));
        lines.add("warning before connecting: " + session.warningBeforeConnecting());
        lines.add("warning before sharing control: " + session.warningBeforeSharingControl());
        snapshot.gpoIds = TimelineDescriber.clip(rsop.applied().stream().map(a -> a.policyObject().toString())
            .distinct().collect(Collectors.joining(",")), 4096);
        snapshot.summary = TimelineDescriber.clip("policy in effect on " + snapshot.computer + ": "
            + (rsop.applied().isEmpty() ? "no policy object applies"
                : rsop.applied().stream().map(AppliedPolicy::name).distinct().collect(Collectors.joining(", ")))
            + "; session logging " + (session.sessionLogging() ? "on" : "off"), 1024);
        snapshot.detail = String.join("\n", lines);
    }

    private static void unavailable(CompliancePolicySnapshot snapshot, RuntimeException e) {
        snapshot.gpoIds = "";
        snapshot.summary = TimelineDescriber.clip("policy in effect on " + snapshot.computer + " could not be read",
            1024);
        snapshot.detail = String.valueOf(e.getMessage());
    }

    private static String applied(AppliedPolicy a) {
        return "'" + a.name() + "' (" + a.policyObject() + ") linked to " + a.container().kind().name()
            .toLowerCase(Locale.ROOT) + ":" + a.container().name() + ", precedence " + a.precedence()
            + (a.enforced() ? ", enforced" : "");
    }

    private static String value(SettingValue value) {
        String state = value.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (value.options().isEmpty()) {
            return state;
        }
        return state + " " + new TreeMap<>(value.options()).entrySet().stream()
            .map(o -> o.getKey() + "=" + o.getValue()).collect(Collectors.joining(" "));
    }
}
