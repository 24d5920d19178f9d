package io.remoteassist.policy.infra;

import io.remoteassist.policy.api.DirectoryCommand;
import io.remoteassist.policy.api.ImportLdifCommand;
import io.remoteassist.policy.api.SetPolicySettingCommand;
import io.remoteassist.policy.api.SetPolicySettingTextCommand;
import io.remoteassist.policy.api.SettingValue;
import io.remoteassist.policy.domain.LdifImporter;
import io.remoteassist.policy.domain.SettingText;
import io.remoteassist.policy.projection.PolicyViewProjection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.List;
import java.util.Objects;

/**
 * Commands given as text: a setting line and an LDIF import. Each is parsed here and turned into aggregate
 * commands dispatched in the same unit of work, so their events are stored together or not at all (a failing
 * command rolls the whole import back). Metadata of the outer command (the actor) travels with each inner one.
 */
final class PolicyCommandHandlers {

    private final CommandGateway commands;
    private final PolicyViewProjection view;

    PolicyCommandHandlers(CommandGateway commands, PolicyViewProjection view) {
        this.commands = commands;
        this.view = view;
    }

    @CommandHandler
    public String handle(SetPolicySettingTextCommand command, CommandMessage<?> message) {
        Objects.requireNonNull(command.id(), "id");
        if (command.text() == null || command.text().isBlank()) {
            throw new IllegalArgumentException("a setting line is required, e.g. 'solicited enabled maxTicket=2h'");
        }
        SettingValue value = SettingText.parse(command.text());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
            new SetPolicySettingCommand(command.id(), value, command.actor())).andMetaData(message.getMetaData()));
        return SettingText.format(value);
    }

    @CommandHandler
    public Integer handle(ImportLdifCommand command, CommandMessage<?> message) {
        if (command.ldif() == null || command.ldif().isBlank()) {
            throw new IllegalArgumentException("line 1: the LDIF text is empty");
        }
        String domain = view.domain().orElseThrow(() -> new IllegalStateException(
            "there is no directory yet: create the domain before importing LDIF"));
        List<DirectoryCommand> directoryCommands = LdifImporter.toCommands(command.directoryId(), domain,
            command.ldif());
        for (DirectoryCommand c : directoryCommands) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(c).andMetaData(message.getMetaData()));
        }
        return directoryCommands.size();
    }
}
