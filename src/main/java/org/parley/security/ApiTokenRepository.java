package org.parley.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(String hash);

    @Query("select t from ApiToken t join fetch t.owner o where o.id = :ownerId order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(long ownerId);

    @Query("select t from ApiToken t join fetch t.owner order by t.createdAt desc, t.id desc")
    List<ApiToken> findAllWithOwner();

    /** Conditional, so that a busy token costs one write a minute, not one a request. */
    @Modifying
    @Query(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int recordUse(long id, Instant now, Instant before);
}
