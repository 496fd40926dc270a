package org.parley.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonAccountRepository extends JpaRepository<PersonAccount, Long> {

    Optional<PersonAccount> findByUserId(long userId);

    List<PersonAccount> findByUserIdIn(Collection<Long> userIds);
}
