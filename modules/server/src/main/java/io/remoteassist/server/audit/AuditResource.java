package io.remoteassist.server.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/audit}: pages through the audit trail, filtered by aggregate, event type and time. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.AUDITOR)
public class AuditResource {

    private static final int MAX_SIZE = 500;

    @GET
    @WithSession
    public Uni<AuditPage> list(@QueryParam("aggregateId") String aggregateId,
                               @QueryParam("type") String type,
                               @QueryParam("from") String from,
                               @QueryParam("to") String to,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (aggregateId != null && !aggregateId.isBlank()) {
            where.add("aggregateId = :aggregateId");
            params.put("aggregateId", aggregateId);
        }
        if (type != null && !type.isBlank()) {
            where.add("eventType = :type");
            params.put("type", type);
        }
        if (from != null && !from.isBlank()) {
            where.add("occurredAt >= :from");
            params.put("from", instant("from", from));
        }
        if (to != null && !to.isBlank()) {
            where.add("occurredAt < :to");
            params.put("to", instant("to", to));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ")
            + "order by globalIndex, aggregateId, sequenceNo";
        return AuditEntry.<AuditEntry>find(query, params)
            .page(Page.of(page, size + 1))
            .list()
            .map(rows -> {
                boolean more = rows.size() > size;
                List<AuditView> items = rows.stream().limit(size).map(AuditView::of).toList();
                return new AuditPage(items, page, size, more ? page + 1 : null);
            });
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-24T10:00:00Z");
        }
    }
}
