package org.parley.audit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Appends entries. Deliberately a bare {@link Repository}: it offers no update and no delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Entries beyond the head's end; a single statement, so a concurrent append cannot make it count wrongly. */
    @Query("select count(e) from AuditEntry e where e.id > (select h.lastEntryId from AuditHead h where h.id = 1)")
    long countBeyondHead();
}
