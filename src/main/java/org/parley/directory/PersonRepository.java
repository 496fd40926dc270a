package org.parley.directory;

import java.util.Collection;
import java.util.List;
import org.parley.shared.CountryCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<PersonEntry, Long> {

    @Query("""
            select p from PersonEntry p
            where (p.active = true or :includeInactive = true)
              and (p.country = :country or :anyCountry = true)
              and (p.searchName like :pattern or p.searchOriginalName like :pattern or p.searchTitle like :pattern
                   or p.searchOrganisation like :pattern or lower(p.email) like :pattern)
            order by p.searchName, p.id
            """)
    Slice<PersonEntry> search(
            @Param("pattern") String lowerCasePattern,
            @Param("country") CountryCode country,
            @Param("anyCountry") boolean anyCountry,
            @Param("includeInactive") boolean includeInactive,
            Pageable pageable);

    @Query("select p from PersonEntry p where lower(p.email) = :email order by p.active desc, p.id")
    List<PersonEntry> findByEmailIgnoringCase(@Param("email") String lowerCaseEmail);

    List<PersonEntry> findByIdIn(Collection<Long> ids);
}
