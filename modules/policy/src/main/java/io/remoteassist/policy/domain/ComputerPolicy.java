package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ComputerPolicyId;
import io.remoteassist.policy.api.PolicyAppliedEvent;
import io.remoteassist.policy.api.RecordPolicyAppliedCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What one computer's agent last applied of its effective policy, as its agent acknowledged it. Kept apart from
 * the {@code Directory} so that acknowledgements of thousands of computers never contend on one stream.
 *
 * <p>Invariants: the id is the one {@link ComputerPolicyId#of(String)} gives for the computer; the version is not
 * blank; acknowledging the version already applied publishes nothing (periodic refreshes leave no trace).
 */
public class ComputerPolicy {

    @AggregateIdentifier
    private ComputerPolicyId id;
    private String version;

    protected ComputerPolicy() {
        // required by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordPolicyAppliedCommand command) {
        String computer = Objects.requireNonNull(command.computer(), "computer").strip();
        if (!ComputerPolicyId.of(computer).equals(command.id())) {
            throw new IllegalArgumentException("the record id does not belong to computer '" + computer + "'");
        }
        if (command.version() == null || command.version().isBlank()) {
            throw new IllegalArgumentException("the applied policy version is blank");
        }
        Objects.requireNonNull(command.appliedAt(), "appliedAt");
        String applied = command.version().strip();
        if (!applied.equals(version)) {
            apply(new PolicyAppliedEvent(command.id(), computer, applied, version, command.appliedAt()));
        }
    }

    @EventSourcingHandler
    void on(PolicyAppliedEvent event) {
        id = event.id();
        version = event.version();
    }
}
