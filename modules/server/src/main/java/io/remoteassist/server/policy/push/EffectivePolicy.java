package io.remoteassist.server.policy.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.remoteassist.policy.api.AppliedPolicy;
import io.remoteassist.policy.api.EffectiveSetting;
import io.remoteassist.policy.api.ResultantSetOfPolicy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The effective policy of one computer as agents receive it, and its version: the first 16 hex digits of the
 * SHA-256 of its canonical JSON (keys sorted). Two computations of the same policy give the same version on
 * every node; any change an agent would act on (a value, an option, the winning policy object) gives another.
 *
 * @param computer the computer's FQDN as the directory knows it (or as the agent named itself)
 * @param version  the version
 * @param content  {@code settings} (key → state, options, source, gpoId, gpoName) and {@code applied} (the policy
 *                 objects that applied, highest precedence first)
 */
record EffectivePolicy(String computer, String version, Map<String, Object> content) {

    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{1,64}");
    private static final ObjectMapper CANONICAL = new ObjectMapper()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    static EffectivePolicy of(ResultantSetOfPolicy rsop) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (EffectiveSetting s : rsop.settings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("state", s.value().state().token());
            one.put("options", new TreeMap<>(s.value().options()));
            one.put("source", s.winner() == null ? "default" : "policy");
            if (s.winner() != null) {
                one.put("gpoId", s.winner().policyObject().toString());
                one.put("gpoName", s.winner().name());
            }
            settings.put(s.setting().key(), one);
        }
        List<Map<String, Object>> applied = rsop.applied().stream().map(EffectivePolicy::applied).toList();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("settings", settings);
        content.put("applied", applied);
        return new EffectivePolicy(rsop.computer(), version(rsop.computer(), content), content);
    }

    private static Map<String, Object> applied(AppliedPolicy p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gpoId", p.policyObject().toString());
        out.put("gpoName", p.name());
        out.put("container", p.container().toString());
        out.put("linkOrder", p.linkOrder());
        out.put("enforced", p.enforced());
        return out;
    }

    private static String version(String computer, Map<String, Object> content) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(Map.of("computer", computer.toLowerCase(java.util.Locale.ROOT),
                "content", content));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute the policy version", e);
        }
    }

    /** True when the text looks like a version: 1 to 64 hex digits. */
    static boolean isVersion(String text) {
        return text != null && VERSION.matcher(text).matches();
    }
}
