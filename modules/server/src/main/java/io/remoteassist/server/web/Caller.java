package io.remoteassist.server.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the authenticated principal of the current request. A request acts only for its caller: where a
 * body or a query names an actor (helper, user, sender, actor…), {@link #actor} takes the caller when the name is
 * absent and refuses (403) a name that is someone else's.
 */
public final class Caller {

    private Caller() {
    }

    /** The caller's account name; 401 when the request is not authenticated. */
    public static String name() {
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            throw ApiError.of(401, "sign in first (HTTP Basic for the API, the login page for the consoles)");
        }
        return identity.getPrincipal().getName();
    }

    public static boolean hasRole(String role) {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole(role);
    }

    /** Whether {@code account} (as a session or invitation names it) is the caller, ignoring case. */
    public static boolean is(String account) {
        return account != null && account.equalsIgnoreCase(name());
    }

    /**
     * The actor of a request: the caller when {@code named} is blank, the caller again when it names the caller, and
     * a 403 when it names someone else.
     */
    public static String actor(String named, String field) {
        String caller = name();
        if (named == null || named.isBlank() || named.strip().equalsIgnoreCase(caller)) {
            return caller;
        }
        throw ApiError.of(403, field + " is " + named.strip() + " but you are signed in as " + caller
            + ": a request acts only for the signed-in identity (leave " + field + " out or give your own name)");
    }

    /** 403 with {@code why} unless {@code allowed}. */
    public static void require(boolean allowed, String why) {
        if (!allowed) {
            throw ApiError.of(403, why);
        }
    }

    private static SecurityIdentity identity() {
        var handle = Arc.container().instance(SecurityIdentity.class);
        return handle.isAvailable() ? handle.get() : null;
    }
}
