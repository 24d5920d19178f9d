package io.remoteassist.server.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/audit/verify}: recomputes the hash chain of every aggregate and reports each break. */
@Path("/api/audit/verify")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.AUDITOR)
public class AuditVerifyResource {

    @GET
    @WithSession
    public Uni<AuditVerification> verify() {
        return AuditEntry.<AuditEntry>find("order by aggregateId, sequenceNo").list().map(AuditVerifyResource::check);
    }

    static AuditVerification check(List<AuditEntry> rows) {
        List<AuditVerification.Break> breaks = new ArrayList<>();
        String aggregate = null;
        String previous = "";
        int aggregates = 0;
        for (AuditEntry row : rows) {
            if (!row.aggregateId.equals(aggregate)) {
                aggregate = row.aggregateId;
                previous = "";
                aggregates++;
            }
            if (!previous.equals(row.prevHash)) {
                breaks.add(new AuditVerification.Break(row.aggregateId, row.sequenceNo, row.eventId,
                    "the link to the previous row does not match (a row before it was changed or removed)"));
            } else if (!AuditChain.hash(previous, row).equals(row.hash)) {
                breaks.add(new AuditVerification.Break(row.aggregateId, row.sequenceNo, row.eventId,
                    "the row's content does not match its hash (the row was changed)"));
            }
            previous = row.hash;
        }
        return new AuditVerification(rows.size(), aggregates, breaks);
    }
}
