package io.remoteassist.server.compliance;

import java.util.List;

/** A page of the compliance sessions list, newest first; {@code next} is the next page, or null at the end. */
public record ComplianceSessionPage(List<ComplianceSessionView> items, int page, int size, long total,
                                    Integer next) {
}
