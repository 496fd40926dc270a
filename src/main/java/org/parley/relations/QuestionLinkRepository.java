package org.parley.relations;

import java.util.Collection;
import java.util.List;
import org.parley.shared.Classification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionLinkRepository extends JpaRepository<QuestionLinkEntry, Long> {

    @Query("""
            select l from QuestionLinkEntry l
            where l.questionId = :questionId and l.meetingClassification in :visible
            order by l.meetingStart, l.agendaPosition""")
    List<QuestionLinkEntry> findOfQuestion(long questionId, Collection<Classification> visible);

    @Query("select l from QuestionLinkEntry l where l.meetingId = :meetingId order by l.agendaPosition, l.id")
    List<QuestionLinkEntry> findOfMeeting(long meetingId);

    @Query("""
            select count(l) > 0 from QuestionLinkEntry l
            where l.questionId = :questionId and l.meetingId = :meetingId and l.agendaPosition = :position""")
    boolean isLinked(long questionId, long meetingId, int position);

    @Modifying
    @Query("""
            update QuestionLinkEntry l set l.meetingTitle = :title, l.meetingClassification = :classification
            where l.meetingId = :meetingId""")
    int meetingSaved(long meetingId, String title, Classification classification);
}
