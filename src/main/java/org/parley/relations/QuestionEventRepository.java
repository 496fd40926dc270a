package org.parley.relations;

import java.util.Collection;
import java.util.List;
import org.parley.shared.Classification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionEventRepository extends JpaRepository<QuestionEventEntry, Long> {

    /** The timeline of questions, newest first, without what happened at meetings above the clearance given. */
    @Query("""
            select e from QuestionEventEntry e
            where e.questionId in :questionIds
              and (e.meetingClassification is null or e.meetingClassification in :visible)
            order by e.happenedAt desc, e.id desc""")
    List<QuestionEventEntry> findVisible(Collection<Long> questionIds, Collection<Classification> visible);

    @Modifying
    @Query("""
            update QuestionEventEntry e set e.meetingTitle = :title, e.meetingClassification = :classification
            where e.meetingId = :meetingId""")
    int meetingSaved(long meetingId, String title, Classification classification);
}
