package org.parley.bilateral;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BilateralRepository extends JpaRepository<BilateralEntry, Long> {

    /** A conference's requests with their unavailability in one query; a conference has dozens, not thousands. */
    @EntityGraph(attributePaths = "unavailable")
    @Query("select b from BilateralEntry b where b.conferenceId = :conference order by b.id")
    List<BilateralEntry> findByConference(@Param("conference") long conferenceId);
}
