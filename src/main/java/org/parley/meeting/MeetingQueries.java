package org.parley.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.SearchText;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The queries behind the Meetings grid and conflict detection. All of them filter by the caller's clearance and
 * bound the time range so that they use the start-time indexes instead of reading every meeting.
 */
@Component
class MeetingQueries {

    /** Conflict queries look this far back for meetings that started earlier and still run (the longest allowed). */
    static final Duration LONGEST_MEETING = Duration.ofDays(MeetingData.MAX_DURATION_DAYS);
    /**
     * The longest a meeting can last as instants: the length limit is in local days, and the clocks may change in
     * between (by up to a day, as when Samoa moved across the date line), so a day is added for safety.
     */
    static final Duration LONGEST_IN_INSTANTS = LONGEST_MEETING.plusDays(1);

    private static final List<MeetingStatus> NOT_OCCUPYING =
            List.of(MeetingStatus.CANCELLED, MeetingStatus.REJECTED, MeetingStatus.POSTPONED);

    private final EntityManager em;
    private final MeetingSearchIndex searchIndex;

    MeetingQueries(EntityManager em, MeetingSearchIndex searchIndex) {
        this.em = em;
        this.searchIndex = searchIndex;
    }

    Slice<Meeting> search(MeetingFilter filter, Collection<Classification> visible, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> m = query.from(Meeting.class);
        query.select(m).where(predicates(filter, visible, cb, query, m)).orderBy(orderFor(pageable.getSort(), cb, m));
        return slice(query, pageable);
    }

    /** One page, and whether there is another, from one query that reads a row more than the page: no count. */
    private Slice<Meeting> slice(CriteriaQuery<Meeting> query, Pageable pageable) {
        List<Meeting> rows = em.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /**
     * The meetings of the filter that clash with another meeting that still occupies time: one of their people is in
     * it too, or their room is booked for it. The other meeting may be above the caller's clearance: the clash is
     * real all the same, and its page says only "busy". For the dashboard, so that a clash is found wherever in the
     * period it is, not only among the first meetings shown.
     */
    Slice<Meeting> clashing(MeetingFilter filter, Collection<Classification> visible, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> m = query.from(Meeting.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(filter, visible, cb, query, m)));
        where.add(cb.not(m.get("status").in(NOT_OCCUPYING)));

        Subquery<Long> personClash = query.subquery(Long.class);
        Root<DelegationMember> member = personClash.from(DelegationMember.class);
        Root<DelegationMember> alsoIn = personClash.from(DelegationMember.class);
        Root<Meeting> other = personClash.from(Meeting.class);
        List<Predicate> sharedPerson = new ArrayList<>(List.of(
                cb.equal(member.get("meetingId"), m.get("id")),
                cb.equal(alsoIn.get("personId"), member.get("personId")),
                cb.equal(alsoIn.get("meetingId"), other.get("id"))));
        sharedPerson.addAll(overlapping(filter, cb, m, other));
        personClash.select(other.get("id")).where(sharedPerson.toArray(Predicate[]::new));

        Subquery<Long> roomClash = query.subquery(Long.class);
        Root<Meeting> sameRoom = roomClash.from(Meeting.class);
        List<Predicate> bookedRoom = new ArrayList<>(
                List.of(cb.isNotNull(m.get("roomId")), cb.equal(sameRoom.get("roomId"), m.get("roomId"))));
        bookedRoom.addAll(overlapping(filter, cb, m, sameRoom));
        roomClash.select(sameRoom.get("id")).where(bookedRoom.toArray(Predicate[]::new));

        where.add(cb.or(cb.exists(personClash), cb.exists(roomClash)));
        query.select(m).where(where.toArray(Predicate[]::new)).orderBy(orderFor(pageable.getSort(), cb, m));
        return slice(query, pageable);
    }

    /**
     * Another meeting that overlaps the meeting and still occupies time. The bounds from the filter's period keep the
     * scan on the start index short: an overlapping meeting starts at most two longest meetings before the period.
     */
    private static List<Predicate> overlapping(
            MeetingFilter filter, CriteriaBuilder cb, Root<Meeting> meeting, Root<Meeting> other) {
        List<Predicate> where = new ArrayList<>(List.of(
                cb.notEqual(other.get("id"), meeting.get("id")),
                cb.lessThan(other.get("start"), meeting.<Instant>get("end")),
                cb.greaterThan(other.get("end"), meeting.<Instant>get("start")),
                cb.not(other.get("status").in(NOT_OCCUPYING))));
        if (filter.from() != null) {
            where.add(cb.greaterThan(other.get("start"), filter.from().minus(LONGEST_IN_INSTANTS.multipliedBy(2))));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(other.get("start"), filter.to().plus(LONGEST_IN_INSTANTS)));
        }
        return where;
    }

    long count(MeetingFilter filter, Collection<Classification> visible) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> m = query.from(Meeting.class);
        query.select(cb.count(m)).where(predicates(filter, visible, cb, query, m));
        return em.createQuery(query).getSingleResult();
    }

    /** The meetings of a selection, earliest first, at most {@code limit}. */
    List<Meeting> select(MeetingSelection selection, Collection<Classification> visible, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> m = query.from(Meeting.class);
        query.select(m)
                .where(selectionPredicates(selection, visible, cb, query, m))
                .orderBy(cb.asc(m.get("start")), cb.asc(m.get("id")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** The count and the latest change of a selection's meetings, in one query. */
    MeetingSelection.Stamp stamp(MeetingSelection selection, Collection<Classification> visible) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Meeting> m = query.from(Meeting.class);
        query.multiselect(cb.count(m), cb.greatest(m.<Instant>get("updatedAt")))
                .where(selectionPredicates(selection, visible, cb, query, m));
        Object[] row = em.createQuery(query).getSingleResult();
        return new MeetingSelection.Stamp((Long) row[0], (Instant) row[1]);
    }

    private Predicate[] selectionPredicates(
            MeetingSelection selection,
            Collection<Classification> visible,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Meeting> m) {
        List<Predicate> where = new ArrayList<>(List.of(
                predicates(selection.filter().between(selection.from(), selection.to()), visible, cb, query, m)));
        where.add(m.get("status").in(selection.statuses()));
        // a cancelled meeting stays a while, so calendars remove it; one cancelled before approval never left Parley
        where.add(cb.or(
                cb.notEqual(m.get("status"), MeetingStatus.CANCELLED),
                cb.and(
                        cb.isTrue(m.get("everApproved")),
                        cb.greaterThanOrEqualTo(m.get("updatedAt"), selection.cancelledSince()))));
        if (selection.conference() != null) {
            long conference = selection.conference().value();
            where.add(cb.or(cb.equal(m.get("id"), conference), cb.equal(m.get("parentConferenceId"), conference)));
        }
        return where.toArray(Predicate[]::new);
    }

    private Predicate[] predicates(
            MeetingFilter filter,
            Collection<Classification> visible,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Meeting> m) {
        List<Predicate> where = new ArrayList<>();
        where.add(m.get("classification").in(visible));
        List<String> words = filter.text() == null ? List.of() : SearchText.queryWords(filter.text());
        if (!words.isEmpty()) {
            // the title, objectives, agenda, organisations and participants, through the meeting's search document
            where.add(searchIndex.matches(cb, query, m, words));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(m.get("kind"), filter.kind()));
        }
        if (filter.tier() != null) {
            where.add(cb.equal(m.get("tier"), filter.tier()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(m.get("status"), filter.status()));
        }
        if (filter.classification() != null) {
            where.add(cb.equal(m.get("classification"), filter.classification()));
        }
        @Nullable
        Predicate planned = filter.plannedBy() == null ? null : cb.equal(m.get("createdBy"), filter.plannedBy());
        @Nullable Predicate member = null;
        if (filter.member() != null) {
            Subquery<Long> members = query.subquery(Long.class);
            Root<DelegationMember> dm = members.from(DelegationMember.class);
            members.select(dm.get("id"))
                    .where(
                            cb.equal(dm.get("meetingId"), m.get("id")),
                            cb.equal(dm.get("personId"), filter.member().value()));
            member = cb.exists(members);
        }
        if (planned != null && member != null) {
            where.add(cb.or(planned, member));
        } else if (planned != null) {
            where.add(planned);
        } else if (member != null) {
            where.add(member);
        }
        if (filter.from() != null) {
            where.add(cb.greaterThan(m.get("end"), filter.from()));
            // ends are not indexed: no meeting starts earlier than this and still runs, so the database can read
            // the start index from here instead of every meeting before the period
            where.add(cb.greaterThan(m.get("start"), filter.from().minus(LONGEST_IN_INSTANTS)));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(m.get("start"), filter.to()));
        }
        if (filter.country() != null) {
            Subquery<Long> delegations = query.subquery(Long.class);
            Root<Delegation> d = delegations.from(Delegation.class);
            delegations
                    .select(d.get("id"))
                    .where(cb.equal(d.get("meeting"), m), cb.equal(d.get("country"), filter.country()));
            where.add(cb.exists(delegations));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> orderFor(Sort sort, CriteriaBuilder cb, Root<Meeting> m) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String property = switch (order.getProperty()) {
                case "title" -> "title";
                case "end" -> "end";
                case "status" -> "status";
                case "kind" -> "kind";
                case "updatedAt" -> "updatedAt";
                default -> "start";
            };
            orders.add(order.isAscending() ? cb.asc(m.get(property)) : cb.desc(m.get(property)));
        }
        if (orders.isEmpty()) {
            orders.add(cb.asc(m.get("start")));
        }
        orders.add(cb.asc(m.get("id")));
        return orders;
    }

    static String likePattern(String text) {
        return SearchText.containsPattern(text);
    }

    /** Delegation countries of the given meetings, in delegation order, in one query. */
    Map<Long, List<CountryCode>> countriesOf(Collection<Long> meetingIds) {
        Map<Long, List<CountryCode>> countries = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return countries;
        }
        em.createQuery("""
                        select d.meeting.id, d.country from Delegation d
                        where d.meeting.id in :ids order by d.meeting.id, d.position
                        """, Object[].class)
                .setParameter("ids", meetingIds)
                .getResultList()
                .forEach(row -> countries
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((CountryCode) row[1]));
        return countries;
    }

    java.util.Set<MeetingId> visible(Collection<Long> meetingIds, Collection<Classification> visible) {
        return em
                .createQuery(
                        "select m.id from Meeting m where m.id in :ids and m.classification in :visible", Long.class)
                .setParameter("ids", meetingIds)
                .setParameter("visible", visible)
                .getResultList()
                .stream()
                .map(MeetingId::new)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The other sides that have not confirmed each pending or approved meeting among these (docs/0033), in one query. */
    Map<MeetingId, List<CountryCode>> awaitingConfirmation(
            Collection<Long> meetingIds, Collection<Classification> visible) {
        Map<MeetingId, List<CountryCode>> awaited = new LinkedHashMap<>();
        em.createQuery("""
                        select d.meeting.id, d.country from Delegation d
                        where d.meeting.id in :ids and d.meeting.classification in :visible
                          and d.meeting.status in :statuses and d.ours = false
                          and d.confirmationStatus <> :confirmed
                        order by d.meeting.id, d.position
                        """, Object[].class)
                .setParameter("ids", meetingIds)
                .setParameter("visible", visible)
                .setParameter("statuses", List.of(MeetingStatus.PENDING_APPROVAL, MeetingStatus.APPROVED))
                .setParameter("confirmed", org.parley.protocol.ConfirmationStatus.CONFIRMED)
                .getResultList()
                .forEach(row -> {
                    List<CountryCode> sides =
                            awaited.computeIfAbsent(new MeetingId((Long) row[0]), k -> new ArrayList<>());
                    if (!sides.contains((CountryCode) row[1])) {
                        sides.add((CountryCode) row[1]);
                    }
                });
        return awaited;
    }

    /** One clash: a meeting that overlaps, with the person (or nobody, for rooms) it concerns. */
    record Overlap(
            @Nullable Long personId,
            long meetingId,
            String title,
            Classification classification,
            Instant start,
            Instant end) {}

    List<Overlap> peopleBusy(Collection<Long> personIds, Instant start, Instant end, long excludedMeeting) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return overlapping("""
                        select dm.personId, m.id, m.title, m.classification, m.start, m.end
                        from DelegationMember dm join Meeting m on m.id = dm.meetingId
                        where dm.personId in :people and""", start, end, excludedMeeting).setParameter("people", personIds).getResultList().stream()
                .map(r -> new Overlap(
                        (Long) r[0], (Long) r[1], (String) r[2], (Classification) r[3], (Instant) r[4], (Instant) r[5]))
                .toList();
    }

    /** A time when a person is taken; which meeting, and how secret it is, never leaves the query. */
    record Busy(long personId, Instant start, Instant end) {}

    /**
     * When the people are in any meeting that still occupies time between start and end, whatever its
     * classification: for the scheduling assistant, a meeting the caller may not see still makes its people busy.
     */
    List<Busy> busyTimes(Collection<Long> personIds, Instant start, Instant end, long excludedMeeting) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return overlapping("""
                        select dm.personId, m.start, m.end
                        from DelegationMember dm join Meeting m on m.id = dm.meetingId
                        where dm.personId in :people and""", start, end, excludedMeeting).setParameter("people", personIds).getResultList().stream()
                .map(r -> new Busy((Long) r[0], (Instant) r[1], (Instant) r[2]))
                .toList();
    }

    /** A meeting that takes a person's or a room's time, with where it is held. */
    record Taken(
            long meetingId,
            @Nullable Long personId,
            @Nullable Long roomId,
            @Nullable Long venueId,
            Instant start,
            Instant end) {}

    /**
     * When the people or the rooms are in any meeting that still occupies time between start and end, whatever its
     * classification: for planning bilaterals around what is already fixed.
     */
    List<Taken> takenTimes(Collection<Long> personIds, Collection<Long> roomIds, Instant start, Instant end) {
        List<Taken> taken = new ArrayList<>();
        if (!personIds.isEmpty()) {
            overlapping("""
                            select dm.personId, m.venueId, m.start, m.end, m.id
                            from DelegationMember dm join Meeting m on m.id = dm.meetingId
                            where dm.personId in :people and""", start, end, -1)
                    .setParameter("people", personIds)
                    .getResultList()
                    .forEach(r -> taken.add(
                            new Taken((Long) r[4], (Long) r[0], null, (Long) r[1], (Instant) r[2], (Instant) r[3])));
        }
        if (!roomIds.isEmpty()) {
            overlapping("""
                            select m.roomId, m.venueId, m.start, m.end, m.id from Meeting m
                            where m.roomId in :rooms and""", start, end, -1)
                    .setParameter("rooms", roomIds)
                    .getResultList()
                    .forEach(r -> taken.add(
                            new Taken((Long) r[4], null, (Long) r[0], (Long) r[1], (Instant) r[2], (Instant) r[3])));
        }
        return taken;
    }

    List<Overlap> roomBooked(long roomId, Instant start, Instant end, long excludedMeeting) {
        return overlapping("""
                        select m.id, m.id, m.title, m.classification, m.start, m.end from Meeting m
                        where m.roomId = :room and""", start, end, excludedMeeting).setParameter("room", roomId).getResultList().stream()
                .map(r -> new Overlap(
                        null, (Long) r[1], (String) r[2], (Classification) r[3], (Instant) r[4], (Instant) r[5]))
                .toList();
    }

    /**
     * The time condition shared by the conflict and busy-time queries: overlapping, still occupying time, not the
     * meeting itself. The lower bound on the start keeps the scan on the start index short.
     */
    private jakarta.persistence.TypedQuery<Object[]> overlapping(
            String selectAndFirstCondition, Instant start, Instant end, long excludedMeeting) {
        return em.createQuery(selectAndFirstCondition + """
                         m.start < :end and m.start > :earliest and m.end > :start
                          and m.status not in :notOccupying and m.id <> :excluded
                        order by m.start
                        """, Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("earliest", start.minus(LONGEST_MEETING))
                .setParameter("notOccupying", NOT_OCCUPYING)
                .setParameter("excluded", excludedMeeting);
    }
}
