package org.parley.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonChanged;
import org.parley.directory.PersonId;
import org.parley.security.SystemTask;
import org.parley.shared.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the meetings' search documents and matches queries against them (docs/0019-search.md). A document holds each
 * word of a meeting's title, objectives, agenda, delegations' organisations and participants' names, and is written
 * in the transaction that changes the meeting or a participant's name, so search never lags behind. PostgreSQL
 * matches with its full-text index; other databases (H2) with a table of the same words, one row each.
 */
@Component
class MeetingSearchIndex {

    /** The version of the document builder; documents written by another are rebuilt at start-up. */
    static final int FORMAT = 1;

    private static final int BATCH = 500;
    private static final int WORD_ROWS_PER_STATEMENT = 400;
    private static final int FREQUENCY_LIMIT = 1000;
    /** Up to this many meetings found by the full-text index go to the page's query as a list of ids. */
    private static final int FEW = 1000;

    private static final Logger log = LoggerFactory.getLogger(MeetingSearchIndex.class);

    private final MeetingSearchRepository documents;
    private final MeetingRepository meetings;
    private final PeopleService people;
    private final TransactionTemplate newTransaction;
    private final EntityManager em;
    private final boolean fullTextSearch;

    MeetingSearchIndex(
            MeetingSearchRepository documents,
            MeetingRepository meetings,
            PeopleService people,
            PlatformTransactionManager transactions,
            EntityManagerFactory entityManagerFactory,
            EntityManager em) {
        this.documents = documents;
        this.meetings = meetings;
        this.people = people;
        this.em = em;
        this.newTransaction = new TransactionTemplate(transactions);
        this.fullTextSearch = entityManagerFactory
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                instanceof PostgreSQLDialect;
    }

    // --- matching -----------------------------------------------------------------------------------------------

    /**
     * The condition that the meeting's document holds every word of the query, each as the beginning of one of its
     * words: on PostgreSQL through the full-text index, elsewhere through the table of words.
     */
    Predicate matches(CriteriaBuilder cb, CommonAbstractCriteria query, Root<Meeting> meeting, List<String> words) {
        if (fullTextSearch) {
            String tsquery = words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
            // PostgreSQL cannot tell how many documents a prefix matches, and would rather test meetings in the order
            // of the page until it is full: quick for a common word, a scan of every meeting for a rare one. So ask
            // the index first; a few matches go to the query as ids, many as the condition itself.
            CriteriaQuery<Long> first = cb.createQuery(Long.class);
            Root<MeetingSearchEntry> entry = first.from(MeetingSearchEntry.class);
            first.select(entry.get("meetingId")).where(fullTextMatch(cb, entry, tsquery));
            List<Long> few = em.createQuery(first).setMaxResults(FEW + 1).getResultList();
            if (few.size() <= FEW) {
                return few.isEmpty() ? cb.disjunction() : meeting.get("id").in(few);
            }
            Subquery<Long> found = query.subquery(Long.class);
            Root<MeetingSearchEntry> matching = found.from(MeetingSearchEntry.class);
            found.select(matching.get("meetingId")).where(fullTextMatch(cb, matching, tsquery));
            return meeting.get("id").in(found);
        }
        // the rarest word picks the meetings from the (word, meeting) index; the others are checked for each of them
        Map<String, Integer> frequencies = new HashMap<>();
        if (words.size() > 1) {
            words.forEach(word -> frequencies.put(word, frequency(cb, word)));
        }
        String rarest = words.stream()
                .min(Comparator.comparingInt(word -> frequencies.getOrDefault(word, 0)))
                .orElseThrow();
        List<Predicate> all = new ArrayList<>();
        Subquery<Long> picked = query.subquery(Long.class);
        Root<MeetingSearchWord> row = picked.from(MeetingSearchWord.class);
        picked.select(row.get("meetingId")).where(beginsWith(cb, row, rarest));
        all.add(meeting.get("id").in(picked));
        for (String word : words) {
            if (!word.equals(rarest)) {
                Subquery<Long> also = query.subquery(Long.class);
                Root<MeetingSearchWord> other = also.from(MeetingSearchWord.class);
                also.select(other.get("meetingId"))
                        .where(cb.equal(other.get("meetingId"), meeting.get("id")), beginsWith(cb, other, word));
                all.add(cb.exists(also));
            }
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    private static Predicate fullTextMatch(CriteriaBuilder cb, Root<MeetingSearchEntry> entry, String tsquery) {
        return cb.isTrue(
                cb.function("parley_search_matches", Boolean.class, entry.get("document"), cb.literal(tsquery)));
    }

    /** How many words of all documents begin so, up to {@value #FREQUENCY_LIMIT}: enough to tell rare from common. */
    private int frequency(CriteriaBuilder cb, String word) {
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<MeetingSearchWord> row = count.from(MeetingSearchWord.class);
        count.select(row.get("meetingId")).where(beginsWith(cb, row, word));
        return em.createQuery(count)
                .setMaxResults(FREQUENCY_LIMIT)
                .getResultList()
                .size();
    }

    /** A literal, not a parameter: H2 reads an index range for LIKE only when it knows the pattern beforehand. */
    private static Predicate beginsWith(CriteriaBuilder cb, Root<MeetingSearchWord> row, String word) {
        return cb.like(row.get("word"), cb.literal(word + "%"));
    }

    // --- writing ------------------------------------------------------------------------------------------------

    /** Writes the documents of these meetings, in the caller's transaction. */
    void index(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(meetingIds));
        Map<Long, Set<Delegation>> delegationsByMeeting = new HashMap<>();
        for (Object[] row : meetings.findDelegationsWithMembersOf(ids)) {
            delegationsByMeeting
                    .computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>())
                    .add((Delegation) row[1]);
        }
        Map<Long, List<AgendaItem>> agendaByMeeting = new HashMap<>();
        for (Object[] row : meetings.findAgendaOf(ids)) {
            agendaByMeeting
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((AgendaItem) row[1]);
        }
        Set<PersonId> personIds = new HashSet<>();
        delegationsByMeeting
                .values()
                .forEach(ds -> ds.forEach(d -> d.members().forEach(m -> personIds.add(new PersonId(m.personId())))));
        Map<PersonId, Person> personById =
                people.getAll(personIds).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, MeetingSearchEntry> existing = documents.findAllById(ids).stream()
                .collect(Collectors.toMap(MeetingSearchEntry::meetingId, Function.identity()));
        Map<Long, String> written = new HashMap<>();
        for (Meeting meeting : meetings.findAllById(ids)) {
            long id = Objects.requireNonNull(meeting.rawId());
            String document = document(
                    meeting,
                    delegationsByMeeting.getOrDefault(id, Set.of()),
                    agendaByMeeting.getOrDefault(id, List.of()),
                    personById);
            MeetingSearchEntry entry = existing.get(id);
            if (entry == null) {
                entry = new MeetingSearchEntry(id);
                entry.write(FORMAT, document);
                documents.save(entry);
            } else {
                entry.write(FORMAT, document);
            }
            written.put(id, document);
        }
        documents.flush();
        if (!fullTextSearch) {
            writeWords(written);
        }
    }

    /** The table of words, for databases without full-text search: rewritten for the meetings given. */
    private void writeWords(Map<Long, String> documentById) {
        if (documentById.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from meeting_search_word where meeting_id in (:ids)")
                .setParameter("ids", documentById.keySet())
                .executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        documentById.forEach((id, document) -> {
            for (String word : document.strip().split(" ")) {
                if (!word.isEmpty()) {
                    rows.add(new Object[] {word, id});
                }
            }
        });
        for (int from = 0; from < rows.size(); from += WORD_ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + WORD_ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into meeting_search_word (word, meeting_id) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?")
                        .append(2 * i + 1)
                        .append(", ?")
                        .append(2 * i + 2)
                        .append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(2 * i + 1, chunk.get(i)[0]).setParameter(2 * i + 2, chunk.get(i)[1]);
            }
            insert.executeUpdate();
        }
    }

    /** A participant's name or organisation is in the documents of their meetings. */
    @EventListener
    void personChanged(PersonChanged event) {
        List<Long> theirs = documents.findMeetingsOf(event.person().value());
        for (int from = 0; from < theirs.size(); from += BATCH) {
            index(theirs.subList(from, Math.min(theirs.size(), from + BATCH)));
        }
    }

    /**
     * At start-up, writes the documents that are missing (meetings saved before search documents existed) or older
     * than {@link #FORMAT}, a batch per transaction. Another node doing the same at the same moment makes a batch
     * fail on a duplicate key; the next round finds what that node wrote and goes on.
     */
    @EventListener(ApplicationReadyEvent.class)
    void indexWhatIsMissing() {
        int written = 0;
        int failures = 0;
        while (failures < 3) {
            List<Long> batch = documents.findUnindexed(FORMAT, PageRequest.of(0, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            try {
                SystemTask.runAsSystem(() -> newTransaction.executeWithoutResult(status -> index(batch)));
                written += batch.size();
            } catch (DataIntegrityViolationException writtenElsewhere) {
                failures++;
            }
        }
        if (written > 0) {
            log.info("Wrote the search documents of {} meetings", written);
        }
    }

    // --- the document -------------------------------------------------------------------------------------------

    static String document(
            Meeting meeting,
            Collection<Delegation> delegations,
            List<AgendaItem> agenda,
            Map<PersonId, Person> personById) {
        List<@Nullable String> parts = new ArrayList<>();
        parts.add(meeting.title());
        parts.add(meeting.objectives());
        for (AgendaItem item : agenda) {
            parts.add(item.title());
            parts.add(item.description());
        }
        for (Delegation delegation : delegations) {
            parts.add(delegation.organisation());
            for (DelegationMember member : delegation.members()) {
                Person person = personById.get(new PersonId(member.personId()));
                if (person != null) {
                    parts.add(person.fullName());
                    parts.add(person.originalName());
                    parts.add(person.organisation());
                }
            }
        }
        // each word once: a match asks only whether a word is there, and a short document is quick to compare
        Set<String> words = new LinkedHashSet<>();
        parts.stream().filter(Objects::nonNull).forEach(part -> words.addAll(SearchText.words(part)));
        StringBuilder document = new StringBuilder();
        for (String word : words) {
            if (document.length() + word.length() + 1 > MeetingSearchEntry.DOCUMENT_MAX_LENGTH) {
                break;
            }
            document.append(' ').append(word);
        }
        return document.toString();
    }
}
