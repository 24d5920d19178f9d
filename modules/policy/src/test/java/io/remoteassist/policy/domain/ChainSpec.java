package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.ScopeOfManagement;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A compact notation for precedence tables: containers separated by {@code |}, each {@code kind:name} (a
 * trailing {@code !} blocks inheritance) followed by its links in link order. A link is a policy object name,
 * suffixed {@code *} when enforced and {@code -} when disabled; the name is prefixed {@code ~} for a disabled
 * policy object, {@code _} for one that does not configure the setting, {@code ?} for one that does not exist.
 * Example: {@code site:Paris A* | domain:contoso.com B C- | ou:Sales! ~D}.
 */
final class ChainSpec {

    final List<ScopeOfManagement> chain = new ArrayList<>();
    final Map<PolicyObjectId, PolicyObjectView> policyObjects = new HashMap<>();

    static ChainSpec parse(String spec) {
        ChainSpec result = new ChainSpec();
        if (spec.isBlank()) {
            return result;
        }
        for (String part : spec.split("\\|")) {
            String[] tokens = part.strip().split("\\s+");
            String container = tokens[0];
            boolean blocked = container.endsWith("!");
            ContainerRef ref = ContainerRef.parse(blocked ? container.substring(0, container.length() - 1) : container);
            List<GpoLink> links = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                links.add(result.link(tokens[i], i));
            }
            result.chain.add(new ScopeOfManagement(ref, blocked, links));
        }
        return result;
    }

    static PolicyObjectId idOf(String name) {
        return new PolicyObjectId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    private GpoLink link(String token, int order) {
        boolean enforced = token.contains("*");
        boolean linkEnabled = !token.contains("-");
        String name = token.replace("*", "").replace("-", "");
        String bare = name.replaceAll("^[~_?]", "");
        PolicyObjectId id = idOf(bare);
        if (!name.startsWith("?")) {
            Map<SettingKey, SettingValue> settings = name.startsWith("_")
                    ? Map.of(SettingKey.LOGGING, SettingText.parse("logging enabled"))
                    : Map.of(SettingKey.SOLICITED, SettingText.parse("solicited enabled"));
            policyObjects.put(id, new PolicyObjectView(id, bare, !name.startsWith("~"), 1, settings));
        }
        return new GpoLink(id, order, enforced, linkEnabled);
    }
}
