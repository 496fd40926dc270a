package org.parley.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    long countByRemoteAddressAndOutcomeInAndAttemptedAtAfter(
            String remoteAddress, Collection<LoginOutcome> outcomes, Instant after);

    List<LoginAttempt> findByUsernameOrderByAttemptedAtDescIdDesc(String username, Pageable pageable);
}
