package io.remoteassist.server.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error body of the API: {@code {"status":…, "error":"…"}}, a sentence a person can act on. */
public record ApiError(int status, String error) {

    /** An exception that answers {@code status} with this body. */
    public static WebApplicationException of(int status, String message) {
        return new WebApplicationException(message, response(status, message));
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status, message)).build();
    }
}
