package io.remoteassist.server.policy;

import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.FilteredPolicy;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SettingContribution;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Resultant Set of Policy of a computer as the API shows it: the policy objects that applied (highest
 * precedence first) and those filtered out with the reason, and for every setting the value in effect, the
 * policy object and link that won ({@code null} when the Windows default applies) and those that lost.
 */
public record RsopView(String computer, List<Applied> applied, List<Filtered> filtered, List<Setting> settings) {

    /** A policy object applied through one link. */
    public record Applied(String gpoId, String gpoName, String container, int linkOrder, boolean enforced,
                          int precedence) {
    }

    /** A linked policy object that did not apply. */
    public record Filtered(String gpoId, String gpoName, String container, int linkOrder, String reason) {
    }

    /** A value a losing policy object gave the setting. */
    public record Lost(String state, Map<String, String> options, Applied from) {
    }

    /** One setting in effect. */
    public record Setting(String key, String name, String state, Map<String, String> options, String source,
                          Applied winner, List<Lost> lost) {
    }

    static RsopView of(ResultantSetOfPolicy rsop) {
        return new RsopView(rsop.computer(),
            rsop.applied().stream().map(RsopView::applied).toList(),
            rsop.filtered().stream().map(RsopView::filtered).toList(),
            rsop.settings().stream().map(RsopView::setting).toList());
    }

    private static Setting setting(EffectiveSetting s) {
        AppliedPolicy winner = s.winner();
        return new Setting(s.setting().key(), s.setting().displayName(), s.value().state().token(),
            new TreeMap<>(s.value().options()), winner == null ? "default" : "policy",
            winner == null ? null : applied(winner),
            s.overridden().stream().map(RsopView::lost).toList());
    }

    private static Lost lost(SettingContribution c) {
        return new Lost(c.value().state().token(), new TreeMap<>(c.value().options()), applied(c.source()));
    }

    private static Applied applied(AppliedPolicy p) {
        return new Applied(p.policyObject().toString(), p.name(), p.container().toString(), p.linkOrder(),
            p.enforced(), p.precedence());
    }

    private static Filtered filtered(FilteredPolicy f) {
        return new Filtered(f.policyObject().toString(), f.name(), f.container().toString(), f.linkOrder(),
            f.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
