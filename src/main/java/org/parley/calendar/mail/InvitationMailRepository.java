package org.parley.calendar.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.parley.calendar.CalendarMethod;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The outbox of e-mail invitations. Rows are added and their status moves on; none is removed. */
interface InvitationMailRepository extends Repository<InvitationMail, Long> {

    InvitationMail save(InvitationMail mail);

    List<InvitationMail> findByIdInOrderById(Collection<Long> ids);

    List<InvitationMail> findByMeetingIdOrderByIdDesc(long meetingId, Pageable pageable);

    /** Every message about the meeting, oldest first, as a modifiable list. */
    default List<InvitationMail> messagesAbout(long meetingId) {
        return new java.util.ArrayList<>(findByMeetingIdOrderByIdAsc(meetingId));
    }

    List<InvitationMail> findByMeetingIdOrderByIdAsc(long meetingId);

    boolean existsByMeetingIdAndMethod(long meetingId, CalendarMethod method);

    List<InvitationMail> findByMeetingIdAndStatus(long meetingId, InvitationMailStatus status);

    @Query("select m.id from InvitationMail m where m.meetingId = :meetingId and m.status = :status order by m.id")
    List<Long> idsOf(@Param("meetingId") long meetingId, @Param("status") InvitationMailStatus status);

    /** Messages waiting to be (re)tried, and messages a sender took but never finished. */
    @Query("""
            select m.id from InvitationMail m
            where (m.status in :waiting and m.nextAttemptAt <= :now)
               or (m.status = org.parley.calendar.mail.InvitationMailStatus.SENDING and m.claimedAt <= :abandonedBefore)
            order by m.id""")
    List<Long> findDue(
            @Param("waiting") Collection<InvitationMailStatus> waiting,
            @Param("now") Instant now,
            @Param("abandonedBefore") Instant abandonedBefore,
            Pageable pageable);

    /** Marks the unsent messages to one person as replaced by a newer one; a message being sent is left alone. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update InvitationMail m set m.status = org.parley.calendar.mail.InvitationMailStatus.SUPERSEDED,
                m.nextAttemptAt = null
            where m.meetingId = :meetingId and m.recipient = :recipient
              and m.status in (org.parley.calendar.mail.InvitationMailStatus.PENDING,
                    org.parley.calendar.mail.InvitationMailStatus.FAILED)""")
    int supersede(@Param("meetingId") long meetingId, @Param("recipient") String recipient);

    /**
     * Takes a message for sending if nobody else has: exactly one of two senders gets 1 back, so a message leaves
     * once however many senders (after-commit, the sweep, another node) reach for it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update InvitationMail m set m.status = org.parley.calendar.mail.InvitationMailStatus.SENDING,
                m.claimedAt = :now
            where m.id = :id and (m.status in (org.parley.calendar.mail.InvitationMailStatus.PENDING,
                    org.parley.calendar.mail.InvitationMailStatus.FAILED)
                or (m.status = org.parley.calendar.mail.InvitationMailStatus.SENDING and m.claimedAt <= :abandonedBefore))""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("abandonedBefore") Instant abandonedBefore);
}
