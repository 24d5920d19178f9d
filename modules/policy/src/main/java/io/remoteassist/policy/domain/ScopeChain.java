package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.ScopeOfManagement;

import java.util.ArrayList;
import java.util.List;

/** Builds the chain of containers {@link EffectivePolicyResolver} resolves a computer's policy from. */
public final class ScopeChain {

    private ScopeChain() {
    }

    /**
     * The chain of a computer of the directory: its local policy (when given), its site (when it has one), the
     * domain, then its OUs from the root down.
     *
     * @param local the computer's local policy scope ({@code ContainerKind.LOCAL}), or null for none
     */
    public static List<ScopeOfManagement> forComputer(DirectoryView directory, ComputerView computer,
                                                      ScopeOfManagement local) {
        List<ScopeOfManagement> chain = new ArrayList<>();
        if (local != null) {
            chain.add(local);
        }
        if (computer.site() != null) {
            chain.add(directory.scope(ContainerRef.site(computer.site())));
        }
        chain.add(directory.scope(ContainerRef.domain(directory.domain())));
        for (OuPath ou : computer.ou().chain()) {
            chain.add(directory.scope(ContainerRef.ou(ou)));
        }
        return chain;
    }
}
