package org.parley.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u where u.enabled = true and u.username in :usernames")
    java.util.List<UserAccount> findEnabledNamed(@Param("usernames") java.util.Collection<String> usernames);

    @Query("select distinct u from UserAccount u join u.roles r where u.enabled = true and r in :roles")
    java.util.List<UserAccount> findEnabledWithAnyRole(@Param("roles") java.util.Collection<Role> roles);

    boolean existsByUsername(String username);

    /** The user's security version, or -1 for a disabled user; empty for an unknown one. One small query. */
    @Query("select case when u.enabled = true then u.securityVersion else -1 end from UserAccount u where u.id = :id")
    Optional<Long> securityVersionOf(@Param("id") long id);

    @Query("""
            select u from UserAccount u
            where :filter = ''
               or lower(u.username) like concat('%', :filter, '%')
               or lower(u.displayName) like concat('%', :filter, '%')
               or lower(u.email) like concat('%', :filter, '%')
            """)
    Slice<UserAccount> findByFilter(@Param("filter") String lowerCaseFilter, Pageable pageable);
}
