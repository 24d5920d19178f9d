package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.ContainerKind;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.FilterReason;
import io.remoteassist.policy.api.FilteredPolicy;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.ScopeOfManagement;
import io.remoteassist.policy.api.SettingContribution;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Computes the Resultant Set of Policy of a computer with the Windows precedence rules. A pure function:
 * stateless and thread-safe.
 *
 * <p>The chain lists the computer's containers in processing order: the local policy (optional), the site
 * (optional), the domain, then the OUs from the root down to the computer's OU. Rules:
 * <ol>
 * <li>Policy objects apply in that order, the later winning a setting both configure; within one container
 * link order n applies before link order 1, so link order 1 wins.</li>
 * <li>A container with block inheritance stops the non-enforced links of every container above it (the local
 * policy is never blocked).</li>
 * <li>Enforced links apply after every non-enforced one and are never blocked; among enforced links the higher
 * container wins (they apply from the OU nearest the computer up to the site).</li>
 * <li>Disabled links, disabled policy objects and links to missing policy objects do not apply.</li>
 * <li>For each setting the applied policy object of highest precedence that configures it (enabled or
 * disabled) wins; "not configured" never overrides. If none configures it, the value is not configured and
 * the defaults of {@link SettingDefaults} apply.</li>
 * </ol>
 */
public final class EffectivePolicyResolver {

    private EffectivePolicyResolver() {
    }

    /**
     * Resolves the policy of one computer.
     *
     * @param computer      the computer's name, for the result
     * @param chain         the containers in processing order (see the class comment)
     * @param policyObjects every policy object that may be linked, by id
     * @throws IllegalArgumentException when the chain is out of order or repeats the local, site or domain level
     */
    public static ResultantSetOfPolicy resolve(String computer, List<ScopeOfManagement> chain,
                                               Map<PolicyObjectId, PolicyObjectView> policyObjects) {
        checkOrder(chain);
        List<AppliedPolicy> processing = new ArrayList<>();
        List<FilteredPolicy> filtered = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            for (GpoLink link : descending(chain.get(i))) {
                if (!isEnforced(chain.get(i), link)) {
                    consider(chain, i, link, policyObjects, processing, filtered);
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (GpoLink link : descending(chain.get(i))) {
                if (isEnforced(chain.get(i), link)) {
                    consider(chain, i, link, policyObjects, processing, filtered);
                }
            }
        }
        List<AppliedPolicy> applied = new ArrayList<>();
        for (int i = processing.size() - 1; i >= 0; i--) {
            AppliedPolicy p = processing.get(i);
            applied.add(new AppliedPolicy(p.policyObject(), p.name(), p.container(), p.linkOrder(), p.enforced(),
                    applied.size() + 1));
        }
        filtered.sort(Comparator.comparingInt((FilteredPolicy f) -> indexOf(chain, f))
                .thenComparingInt(FilteredPolicy::linkOrder));
        List<EffectiveSetting> settings = new ArrayList<>();
        for (SettingKey key : SettingKey.values()) {
            settings.add(effective(key, applied, policyObjects));
        }
        return new ResultantSetOfPolicy(computer, applied, filtered, settings);
    }

    private static EffectiveSetting effective(SettingKey key, List<AppliedPolicy> applied,
                                              Map<PolicyObjectId, PolicyObjectView> policyObjects) {
        List<SettingContribution> contributions = new ArrayList<>();
        for (AppliedPolicy p : applied) {
            SettingValue value = policyObjects.get(p.policyObject()).setting(key);
            if (value.isConfigured()) {
                contributions.add(new SettingContribution(value, p));
            }
        }
        if (contributions.isEmpty()) {
            return new EffectiveSetting(key, SettingValue.notConfigured(key), null, List.of());
        }
        SettingContribution winner = contributions.get(0);
        return new EffectiveSetting(key, winner.value(), winner.source(),
                contributions.subList(1, contributions.size()));
    }

    private static void consider(List<ScopeOfManagement> chain, int index, GpoLink link,
                                 Map<PolicyObjectId, PolicyObjectView> policyObjects,
                                 List<AppliedPolicy> processing, List<FilteredPolicy> filtered) {
        ScopeOfManagement scope = chain.get(index);
        PolicyObjectView gpo = policyObjects.get(link.policyObject());
        String name = gpo == null ? null : gpo.name();
        FilterReason reason = null;
        if (!link.enabled()) {
            reason = FilterReason.LINK_DISABLED;
        } else if (gpo == null) {
            reason = FilterReason.POLICY_OBJECT_NOT_FOUND;
        } else if (!gpo.enabled()) {
            reason = FilterReason.POLICY_OBJECT_DISABLED;
        } else if (!isEnforced(scope, link) && isBlockedBelow(chain, index)) {
            reason = FilterReason.BLOCKED_BY_INHERITANCE;
        }
        if (reason != null) {
            filtered.add(new FilteredPolicy(link.policyObject(), name, scope.container(), link.linkOrder(), reason));
        } else {
            processing.add(new AppliedPolicy(link.policyObject(), name, scope.container(), link.linkOrder(),
                    isEnforced(scope, link), 0));
        }
    }

    private static boolean isEnforced(ScopeOfManagement scope, GpoLink link) {
        return link.enforced() && scope.container().kind() != ContainerKind.LOCAL;
    }

    private static boolean isBlockedBelow(List<ScopeOfManagement> chain, int index) {
        if (chain.get(index).container().kind() == ContainerKind.LOCAL) {
            return false;
        }
        for (int j = index + 1; j < chain.size(); j++) {
            if (chain.get(j).blockInheritance()) {
                return true;
            }
        }
        return false;
    }

    private static List<GpoLink> descending(ScopeOfManagement scope) {
        List<GpoLink> links = new ArrayList<>(scope.links());
        links.sort(Comparator.comparingInt(GpoLink::linkOrder).reversed());
        return links;
    }

    private static int indexOf(List<ScopeOfManagement> chain, FilteredPolicy f) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).container().equals(f.container())) {
                return i;
            }
        }
        return chain.size();
    }

    private static void checkOrder(List<ScopeOfManagement> chain) {
        for (int i = 1; i < chain.size(); i++) {
            ContainerKind previous = chain.get(i - 1).container().kind();
            ContainerKind kind = chain.get(i).container().kind();
            boolean repeatsSingleLevel = previous == kind && kind != ContainerKind.ORGANIZATIONAL_UNIT;
            if (kind.ordinal() < previous.ordinal() || repeatsSingleLevel) {
                throw new IllegalArgumentException("containers must be local, site, domain, then OUs from the root "
                        + "down; got " + chain.get(i - 1).container() + " before " + chain.get(i).container());
            }
        }
    }
}
