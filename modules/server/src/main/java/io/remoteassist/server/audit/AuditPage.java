package io.remoteassist.server.audit;

import java.util.List;

/** A page of the audit trail, oldest first; {@code next} is the page to ask for next, or null at the end. */
public record AuditPage(List<AuditView> items, int page, int size, Integer next) {
}
