package io.remoteassist.server.compliance;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.remoteassist.server.web.ApiError;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compliance views of sessions, for auditors:
 * <ul>
 *   <li>{@code GET /api/compliance/sessions?user=&helper=&computer=&from=&to=&page=&size=}: the sessions, newest
 *   first; names match whole and ignore case; {@code from}/{@code to} bound the start, as ISO-8601 instants or
 *   dates ({@code to} is exclusive for an instant and includes the whole day for a date).</li>
 *   <li>{@code GET /api/compliance/sessions/{id}/timeline}: the session and every step of its timeline.</li>
 * </ul>
 */
@Path("/api/compliance/sessions")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.AUDITOR)
public class ComplianceResource {

    static final int MAX_SIZE = 200;
    private static final Comparator<ComplianceEntry> ORDER = Comparator
        .comparingLong((ComplianceEntry e) -> e.globalIndex).thenComparingInt(e -> e.subIndex);

    @GET
    @WithSession
    public Uni<ComplianceSessionPage> list(@QueryParam("user") String user, @QueryParam("helper") String helper,
                                           @QueryParam("computer") String computer, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        int pageNo = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, 50, 1, MAX_SIZE);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        name(where, params, "userName", "user", user);
        name(where, params, "helper", "helper", helper);
        name(where, params, "computer", "computer", computer);
        Instant fromInstant = blank(from) ? null : instant("from", from, false);
        Instant toInstant = blank(to) ? null : instant("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ApiError.of(400, "from must be before to");
        }
        if (fromInstant != null) {
            where.add("startedAt >= :from");
            params.and("from", fromInstant);
        }
        if (toInstant != null) {
            where.add("startedAt < :to");
            params.and("to", toInstant);
        }
        String filter = String.join(" and ", where);
        String query = (filter.isEmpty() ? "" : filter + " ") + "order by startedAt desc, sessionId";
        Uni<Long> count = filter.isEmpty() ? ComplianceSession.count() : ComplianceSession.count(filter, params);
        return count.chain(total -> ComplianceSession.<ComplianceSession>find(query, params)
            .page(Page.of(pageNo, pageSize)).list()
            .map(rows -> new ComplianceSessionPage(rows.stream().map(ComplianceSessionView::of).toList(),
                pageNo, pageSize, total, (long) (pageNo + 1) * pageSize < total ? pageNo + 1 : null)));
    }

    @GET
    @Path("/{id}/timeline")
    @WithSession
    public Uni<TimelineView> timeline(@PathParam("id") String id) {
        String sessionId = sessionId(id);
        return ComplianceSession.<ComplianceSession>findById(sessionId).chain(row -> {
            if (row == null) {
                throw ApiError.of(404, "no session " + sessionId + " in the compliance timeline (yet)");
            }
            Uni<List<ComplianceEntry>> own = row.invitationId == null
                ? ComplianceEntry.<ComplianceEntry>find("sessionId", sessionId).list()
                : ComplianceEntry.<ComplianceEntry>find("sessionId = ?1 or invitationId = ?2", sessionId,
                    row.invitationId).list();
            return own.chain(entries -> policyChanges(row).map(changes -> {
                Map<String, ComplianceEntry> all = new LinkedHashMap<>();
                entries.forEach(e -> all.put(e.entryId, e));
                changes.forEach(e -> all.putIfAbsent(e.entryId, e));
                List<TimelineEntryView> steps = all.values().stream().sorted(ORDER).map(TimelineEntryView::of)
                    .toList();
                return new TimelineView(ComplianceSessionView.of(row), steps);
            }));
        });
    }

    /** Changes to the policy objects that applied to the session's computer, made while it ran. */
    private static Uni<List<ComplianceEntry>> policyChanges(ComplianceSession row) {
        return CompliancePolicySnapshot.<CompliancePolicySnapshot>findById(row.sessionId).chain(snapshot -> {
            if (snapshot == null || snapshot.gpoIds.isBlank()) {
                return Uni.createFrom().item(List.<ComplianceEntry>of());
            }
            List<String> gpos = Arrays.asList(snapshot.gpoIds.split(","));
            Instant until = row.endedAt == null ? Instant.now() : row.endedAt;
            return ComplianceEntry.<ComplianceEntry>find("context = ?1 and gpoId in ?2 and occurredAt > ?3 "
                + "and occurredAt <= ?4", ComplianceEntry.POLICY, gpos, row.startedAt, until).list();
        });
    }

    private static void name(List<String> where, Parameters params, String field, String param, String value) {
        if (blank(value)) {
            return;
        }
        if (value.length() > 255) {
            throw ApiError.of(400, param + " is longer than 255 characters");
        }
        where.add("lower(" + field + ") = lower(:" + param + ")");
        params.and(param, value.strip());
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.of(400, name + " must be a whole number from " + min
            + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + clip(value) + "'");
    }

    static Instant instant(String name, String value, boolean endOfDay) {
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ApiError.of(400, name + " must be an ISO-8601 instant such as 2026-11-24T10:00:00Z or a date "
                    + "such as 2026-11-24, not '" + clip(value) + "'");
            }
        }
    }

    private static String sessionId(String id) {
        try {
            return UUID.fromString(id.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "session id must be a UUID, not '" + clip(id) + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
