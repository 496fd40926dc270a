package org.parley.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginLockRepository extends JpaRepository<LoginLock, String> {

    @Query("select l from LoginLock l where l.username in :usernames and l.lockedUntil > :now")
    List<LoginLock> findLocked(@Param("usernames") Collection<String> usernames, @Param("now") Instant now);
}
