package io.remoteassist.policy.api;

/** Why a linked policy object did not apply to a computer. */
public enum FilterReason {
    /** The link is disabled. */
    LINK_DISABLED,
    /** The policy object itself is disabled. */
    POLICY_OBJECT_DISABLED,
    /** A container between the link and the computer blocks inheritance and the link is not enforced. */
    BLOCKED_BY_INHERITANCE,
    /** The link points at a policy object that does not exist (deleted or never created). */
    POLICY_OBJECT_NOT_FOUND
}
