package org.parley.audit;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditHeadRepository extends Repository<AuditHead, Integer> {

    /** The head, locked until the transaction ends (select … for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditHead h where h.id = 1")
    AuditHead lockHead();

    @Query("select h from AuditHead h where h.id = 1")
    AuditHead head();
}
