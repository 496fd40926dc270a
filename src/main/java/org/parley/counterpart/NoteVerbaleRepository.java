package org.parley.counterpart;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoteVerbaleRepository extends JpaRepository<NoteVerbale, Long> {

    /** A page of the register within the reader's clearance, newest first; filters are optional. */
    @Query("""
            select n from NoteVerbale n
            where n.classification in :visible
              and (:year is null or n.year = :year)
              and (:direction is null or n.direction = :direction)
              and (:meeting is null or :meeting member of n.meetings)
            order by n.dated desc, n.id desc""")
    Slice<NoteVerbale> findPage(
            @Param("visible") Collection<Classification> visible,
            @Param("year") @Nullable Integer year,
            @Param("direction") @Nullable NoteDirection direction,
            @Param("meeting") @Nullable Long meeting,
            Pageable pageable);

    /** The meetings of a page's notes in one query, not one per note. */
    @EntityGraph(attributePaths = "meetings")
    @Query("select n from NoteVerbale n where n.id in :ids")
    List<NoteVerbale> withMeetings(@Param("ids") Collection<Long> ids);

    @Query("select n from NoteVerbale n where n.id = :id and n.classification in :visible")
    Optional<NoteVerbale> findVisible(@Param("id") long id, @Param("visible") Collection<Classification> visible);
}
