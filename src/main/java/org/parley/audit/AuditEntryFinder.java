package org.parley.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;

/**
 * Reads the log. Filters become conditions only when given, so the database can use the actor, action and time
 * indexes (optional parameters written as ":p is null or …" would defeat them). Rows are read as records, not
 * entities, so that walking the whole log keeps one page in memory at a time. Reads only: there is no write here.
 */
@Component
class AuditEntryFinder {

    private static final String VIEW = "select new org.parley.audit.AuditEntrySummary("
            + "e.id, e.occurredAt, e.actor, e.action, e.target, e.details, e.hash) from AuditEntry e";
    private static final String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    private final EntityManager entityManager;

    AuditEntryFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page of matching entries, newest first, without counting them all. */
    Slice<AuditEntrySummary> find(AuditFilter filter, Pageable pageable) {
        var conditions = new Conditions(filter);
        TypedQuery<AuditEntrySummary> query = conditions.query(entityManager);
        query.setFirstResult(Math.toIntExact(pageable.getOffset()));
        query.setMaxResults(pageable.getPageSize() + 1);
        List<AuditEntrySummary> rows = query.getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** Matching entries older than {@code after} in the newest-first order; pages through without offsets. */
    List<AuditEntrySummary> findAfter(AuditFilter filter, @Nullable AuditEntrySummary after, int limit) {
        var conditions = new Conditions(filter);
        if (after != null) {
            conditions.add("(e.occurredAt < :cursorTime or (e.occurredAt = :cursorTime and e.id < :cursorId))");
            conditions.parameters.put("cursorTime", after.occurredAt());
            conditions.parameters.put("cursorId", after.id());
        }
        return conditions.query(entityManager).setMaxResults(limit).getResultList();
    }

    /** The chain from just after {@code afterId} up to {@code upToId}, in chain order. */
    List<ChainLink> chain(long afterId, long upToId, int limit) {
        return entityManager
                .createQuery(
                        "select new org.parley.audit.ChainLink(e.id, e.occurredAt, e.actor, "
                                + "e.action, e.target, e.details, e.previousHash, e.hash) from AuditEntry e "
                                + "where e.id > :afterId and e.id <= :upToId order by e.id",
                        ChainLink.class)
                .setParameter("afterId", afterId)
                .setParameter("upToId", upToId)
                .setMaxResults(limit)
                .getResultList();
    }

    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        Conditions(AuditFilter filter) {
            if (filter.actor() != null && !filter.actor().isBlank()) {
                // actors are stored in lower case, so a plain prefix match is case-insensitive
                add("e.actor like :actor escape '!'");
                parameters.put("actor", escapeLike(filter.actor().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                add("e.action = :action");
                parameters.put("action", filter.action().trim().toUpperCase(Locale.ROOT));
            }
            if (filter.from() != null) {
                add("e.occurredAt >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                add("e.occurredAt < :to");
                parameters.put("to", filter.to());
            }
        }

        void add(String clause) {
            clauses.add(clause);
        }

        TypedQuery<AuditEntrySummary> query(EntityManager entityManager) {
            String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
            TypedQuery<AuditEntrySummary> query =
                    entityManager.createQuery(VIEW + where + NEWEST_FIRST, AuditEntrySummary.class);
            parameters.forEach(query::setParameter);
            return query;
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
