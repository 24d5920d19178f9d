package io.remoteassist.server.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps failures to {@link ApiError} bodies; no stack trace ever reaches a client. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e) {
        return ApiError.response(404, "no such invitation or session: " + e.getAggregateIdentifier());
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e) {
        return ApiError.response(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return ApiError.response(e.getResponse().getStatus(), e.getMessage());
    }
}
