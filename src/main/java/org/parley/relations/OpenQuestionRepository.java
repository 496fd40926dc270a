package org.parley.relations;

import java.util.Collection;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpenQuestionRepository extends JpaRepository<OpenQuestionEntry, Long> {

    /** A country's questions within the classifications given, in the statuses given, last moved first. */
    @Query("""
            select q from OpenQuestionEntry q join q.countries c
            where c = :country and q.classification in :visible and q.status in :statuses
            order by q.lastMovedAt desc, q.id desc""")
    Slice<OpenQuestionEntry> findOfCountry(
            CountryCode country,
            Collection<Classification> visible,
            Collection<QuestionStatus> statuses,
            Pageable pageable);
}
