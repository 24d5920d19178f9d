package io.remoteassist.server.policy;

/**
 * JSON bodies of the policy and directory API. Absent fields are null; {@code actor}, when given, must name the
 * signed-in Admin (it is filled in from the sign-in when absent).
 */
final class PolicyRequests {

    private PolicyRequests() {
    }

    /** {@code POST /api/policy/gpos}, {@code PUT /api/policy/gpos/{id}/name}. */
    record Named(String name, String actor) {
    }

    /** A body with nothing but the actor (enable, disable). */
    record Actor(String actor) {
    }

    /** {@code PUT /api/policy/gpos/{id}/settings/{key}} as JSON: the textual form of the setting. */
    record SettingLine(String line, String actor) {
    }

    /** {@code POST} / {@code PATCH /api/policy/gpos/{id}/links}: container as {@code site:X}, {@code ou:A/B}... */
    record Link(String container, Integer order, Boolean enforced, Boolean enabled, String actor) {
    }

    /** {@code POST /api/directory}. */
    record Domain(String domain, String netbiosName, String actor) {
    }

    /** Sites, OUs, users, groups, computers and members: only the fields of the object at hand are read. */
    record DirectoryObject(String name, String path, String fqdn, java.util.List<String> ipAddresses, String ou,
                           String site, String accountName, String displayName, String member, String container,
                           Boolean blocked, String actor) {
    }
}
