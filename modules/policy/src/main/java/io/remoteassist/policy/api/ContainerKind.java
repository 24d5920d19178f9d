package io.remoteassist.policy.api;

/**
 * Kinds of container a policy object can apply from, in the order Windows processes them.
 */
public enum ContainerKind {
    /** The computer's local policy object. */
    LOCAL,
    /** The computer's site. */
    SITE,
    /** The domain. */
    DOMAIN,
    /** An organizational unit. */
    ORGANIZATIONAL_UNIT
}
