package io.remoteassist.server.policy;

import io.remoteassist.server.web.ApiError;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The policy module as the REST resources see it: commands carry the actor as metadata (so directory events,
 * which have no actor field, are still attributed in the audit trail), and the module's refusals become API
 * errors: bad input 400, a conflict with the current state 409, an unknown policy object 404.
 */
@Singleton
public class PolicyGateway {

    /** The metadata key that names who caused a change. */
    public static final String ACTOR = "actor";

    private final CommandGateway commands;
    private final QueryGateway queries;

    PolicyGateway(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a command and waits for its result, attributing it to {@code actor}. */
    public <R> R send(Object command, String actor) {
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ACTOR, actor)));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Asks a query and waits for the answer. */
    public <R, Q> R query(Q query, ResponseType<R> type) {
        try {
            return queries.query(query, type).join();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The actor of a request: the signed-in Admin; a request naming someone else is refused (403). */
    public static String actor(String given) {
        return io.remoteassist.server.web.Caller.actor(given, "actor");
    }

    static RuntimeException translate(RuntimeException e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
            || cause instanceof QueryExecutionException || cause instanceof CommandExecutionException)
            && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof jakarta.ws.rs.WebApplicationException web) {
            return web;
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            if (io.remoteassist.policy.api.DirectoryId.DEFAULT.toString().equals(notFound.getAggregateIdentifier())) {
                return ApiError.of(404, "there is no directory yet: POST /api/directory with a domain first");
            }
            return ApiError.of(404, "no such policy object: " + notFound.getAggregateIdentifier());
        }
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return ApiError.of(400, cause.getMessage() == null ? "a required field is missing" : cause.getMessage()
                + (cause instanceof NullPointerException ? " is required" : ""));
        }
        if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("catching up")) {
            return ApiError.of(503, cause.getMessage());
        }
        if (cause instanceof IllegalStateException) {
            return ApiError.of(409, cause.getMessage());
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }
}
