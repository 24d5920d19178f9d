package io.remoteassist.server.policy;

import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.ScopeOfManagement;
import io.remoteassist.policy.api.SettingValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy object as the API shows it: its settings by key ({@code state} and {@code options}) and where it is
 * linked.
 */
public record GpoView(String id, String name, boolean enabled, long version, Map<String, SettingJson> settings,
                      List<LinkJson> links) {

    /** One configured setting. */
    public record SettingJson(String state, Map<String, String> options) {
    }

    /** One link of the policy object. */
    public record LinkJson(String container, int linkOrder, boolean enforced, boolean enabled) {
    }

    static GpoView of(PolicyObjectView gpo, DirectoryView directory) {
        Map<String, SettingJson> settings = new LinkedHashMap<>();
        gpo.settings().values().stream()
            .sorted((a, b) -> a.setting().compareTo(b.setting()))
            .forEach(v -> settings.put(v.setting().key(), setting(v)));
        List<LinkJson> links = new ArrayList<>();
        if (directory != null) {
            for (ScopeOfManagement scope : directory.scopes()) {
                for (GpoLink link : scope.links()) {
                    if (link.policyObject().equals(gpo.id())) {
                        links.add(new LinkJson(scope.container().toString(), link.linkOrder(), link.enforced(),
                            link.enabled()));
                    }
                }
            }
        }
        return new GpoView(gpo.id().toString(), gpo.name(), gpo.enabled(), gpo.version(), settings, links);
    }

    static SettingJson setting(SettingValue value) {
        return new SettingJson(value.state().token(), new java.util.TreeMap<>(value.options()));
    }
}
