package org.parley.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginLockRepository extends JpaRepository<LoginLock, String> {

    /** The username's row, locked until the transaction ends (select … for update), so counts never get lost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LoginLock l where l.username = :username")
    Optional<LoginLock> findForUpdate(@Param("username") String username);

    @Query("select l from LoginLock l where l.username in :usernames and l.lockedUntil > :now")
    List<LoginLock> findLocked(@Param("usernames") Collection<String> usernames, @Param("now") Instant now);
}
