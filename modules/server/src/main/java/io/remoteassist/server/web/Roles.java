package io.remoteassist.server.web;

import java.util.List;

/**
 * The four roles of an identity (one identity may hold several): a User asks for help on their own computer, a
 * Helper helps in the sessions they are in, an Admin manages Group Policy, the directory, replays and the agents'
 * policy status, an Auditor reads the audit trail and compliance data and writes nothing.
 */
public final class Roles {

    public static final String USER = "user";
    public static final String HELPER = "helper";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final List<String> ALL = List.of(USER, HELPER, ADMIN, AUDITOR);

    private Roles() {
    }
}
