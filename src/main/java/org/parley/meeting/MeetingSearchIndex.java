package org.parley.meeting;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
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
 * matches with its full-text index; other databases (H2) compare the words with LIKE.
 */
@Component
class MeetingSearchIndex {

    /** The version of the document builder; documents written by another are rebuilt at start-up. */
    static final int FORMAT = 1;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MeetingSearchIndex.class);

    private final MeetingSearchRepository documents;
    private final MeetingRepository meetings;
    private final PeopleService people;
    private final TransactionTemplate newTransaction;
    private final boolean fullTextSearch;

    MeetingSearchIndex(MeetingSearchRepository documents, MeetingRepository meetings, PeopleService people,
            PlatformTransactionManager transactions, EntityManagerFactory entityManagerFactory) {
        this.documents = documents;
        this.meetings = meetings;
        this.people = people;
        this.newTransaction = new TransactionTemplate(transactions);
        this.fullTextSearch = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }

    // --- matching -----------------------------------------------------------------------------------------------

    /** The condition that a document holds every word of the query, each as the beginning of one of its words. */
    Predicate matches(CriteriaBuilder cb, Expression<String> document, List<String> queryWords) {
        if (fullTextSearch) {
            String query = queryWords.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
            return cb.isTrue(cb.function("parley_search_matches", Boolean.class, document, cb.literal(query)));
        }
        // the document starts with a space and has one between words: " word" is the start of a word
        return cb.and(queryWords.stream().map(word -> cb.like(document, "% " + word + "%"))
                .toArray(Predicate[]::new));
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
            delegationsByMeeting.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((Delegation) row[1]);
        }
        Map<Long, List<AgendaItem>> agendaByMeeting = new HashMap<>();
        for (Object[] row : meetings.findAgendaOf(ids)) {
            agendaByMeeting.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((AgendaItem) row[1]);
        }
        Set<PersonId> personIds = new HashSet<>();
        delegationsByMeeting.values().forEach(ds -> ds.forEach(d -> d.members()
                .forEach(m -> personIds.add(new PersonId(m.personId())))));
        Map<PersonId, Person> personById = people.getAll(personIds).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, MeetingSearchEntry> existing = documents.findAllById(ids).stream()
                .collect(Collectors.toMap(MeetingSearchEntry::meetingId, Function.identity()));
        for (Meeting meeting : meetings.findAllById(ids)) {
            long id = Objects.requireNonNull(meeting.rawId());
            String document = document(meeting, delegationsByMeeting.getOrDefault(id, Set.of()),
                    agendaByMeeting.getOrDefault(id, List.of()), personById);
            MeetingSearchEntry entry = existing.get(id);
            if (entry == null) {
                entry = new MeetingSearchEntry(id);
                entry.write(FORMAT, document);
                documents.save(entry);
            } else {
                entry.write(FORMAT, document);
            }
        }
        documents.flush();
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

    static String document(Meeting meeting, Collection<Delegation> delegations, List<AgendaItem> agenda,
            Map<PersonId, Person> personById) {
        List<@Nullable String> parts = new ArrayList<>();
        parts.add(meeting.title());
        parts.add(meeting.objectives());
        for (AgendaItem item : agenda) {
            parts.add(item.title());
            parts.add(item.description());
            parts.add(item.outcome());
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
