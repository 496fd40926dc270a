package org.parley.relations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.followup.Outcome;
import org.parley.followup.OutcomeRecorded;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingSaved;
import org.parley.meeting.MeetingService;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.AuditActions;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.PlainText;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The open questions between us and other countries (docs/0030-open-questions.md). Everybody signed in reads the
 * questions their clearance covers, and of each question only the meetings their clearance covers; planners open,
 * edit, note, move and raise questions at agenda items. Every change is in the question's timeline and the audit log;
 * a decision or action item recorded on an agenda item where a question was raised is added to its timeline.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuestionService {

    private static final Set<QuestionStatus> OPEN_STATUSES =
            EnumSet.of(QuestionStatus.OPEN, QuestionStatus.IN_PROGRESS);

    private final OpenQuestionRepository questions;
    private final QuestionLinkRepository links;
    private final QuestionEventRepository events;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    QuestionService(
            OpenQuestionRepository questions,
            QuestionLinkRepository links,
            QuestionEventRepository events,
            MeetingService meetings,
            PeopleService people,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.questions = questions;
        this.links = links;
        this.events = events;
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A country's questions the caller may see, the last moved first, each with its last movement; closed ones
     * (resolved, dropped) only when asked for.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<QuestionSummary> ofCountry(CountryCode country, boolean withClosed, Pageable pageable) {
        List<Classification> visible = visible();
        Collection<QuestionStatus> statuses = withClosed ? EnumSet.allOf(QuestionStatus.class) : OPEN_STATUSES;
        Slice<OpenQuestionEntry> page = questions.findOfCountry(country, visible, statuses, pageable);
        Map<Long, TimelineEntry> last = new LinkedHashMap<>();
        if (page.hasContent()) {
            List<Long> ids =
                    page.getContent().stream().map(OpenQuestionEntry::id).toList();
            for (QuestionEventEntry event : events.findVisible(ids, visible)) {
                last.putIfAbsent(event.questionId(), event.toEntry());
            }
        }
        return page.map(q -> q.toSummary(last.get(q.id())));
    }

    /** One question with the agenda items and timeline the caller may see; not found when above their clearance. */
    @PreAuthorize("isAuthenticated()")
    public OpenQuestion get(long id) {
        return details(visibleEntry(id));
    }

    /** The questions raised at a meeting's agenda items, for those who may see the meeting and the question. */
    @PreAuthorize("isAuthenticated()")
    public List<LinkedQuestion> raisedAt(MeetingId meetingId) {
        meetings.get(meetingId);
        Classification clearance = currentUser.require().clearance();
        List<QuestionLinkEntry> raised = links.findOfMeeting(meetingId.value());
        Map<Long, OpenQuestionEntry> byId = new LinkedHashMap<>();
        questions
                .findAllById(raised.stream()
                        .map(QuestionLinkEntry::questionId)
                        .distinct()
                        .toList())
                .forEach(q -> byId.put(q.id(), q));
        return raised.stream()
                .filter(l -> byId.containsKey(l.questionId())
                        && clearance.covers(byId.get(l.questionId()).classification()))
                .map(l -> {
                    OpenQuestionEntry q = byId.get(l.questionId());
                    return new LinkedQuestion(q.id(), q.title(), q.status(), l.agendaPosition());
                })
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public OpenQuestion create(@Valid QuestionData data) {
        SignedInUser user = currentUser.require();
        requireWithinClearance(user, data.classification());
        Instant now = clock.instant();
        OpenQuestionEntry entry = questions.save(new OpenQuestionEntry(data, ownerName(data), user.getUsername(), now));
        events.save(new QuestionEventEntry(entry.id(), now, user.getUsername(), TimelineKind.CREATED, "")
                .withStatus(data.status()));
        audit(user, AuditActions.QUESTION_CREATED, entry.id(), data.title());
        return details(entry);
    }

    /**
     * Saves a planner's edit of the version they read; a changed status and changed fields each get a timeline entry.
     *
     * Refused when someone saved the question since {@code version}.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public OpenQuestion update(long id, long version, @Valid QuestionData data) {
        SignedInUser user = currentUser.require();
        OpenQuestionEntry entry = visibleEntry(id);
        if (entry.version() != version) {
            throw refusal("relations.refused.changedMeanwhile");
        }
        requireWithinClearance(user, data.classification());
        Instant now = clock.instant();
        List<String> changed = entry.changedFields(data);
        QuestionStatus before = entry.status();
        entry.apply(data, ownerName(data));
        if (!changed.isEmpty()) {
            events.save(new QuestionEventEntry(
                    id, now, user.getUsername(), TimelineKind.CHANGED, String.join(",", changed)));
            audit(user, AuditActions.QUESTION_CHANGED, id, String.join(", ", changed));
        }
        if (before != data.status()) {
            entry.moveTo(data.status());
            events.save(new QuestionEventEntry(id, now, user.getUsername(), TimelineKind.STATUS, "")
                    .withStatus(data.status()));
            audit(user, AuditActions.QUESTION_STATUS_CHANGED, id, before + " \u2192 " + data.status());
        }
        if (!changed.isEmpty() || before != data.status()) {
            entry.moved(now);
        }
        return details(questions.saveAndFlush(entry));
    }

    /** Moves a question to another status, with an optional word on why (as from a meeting's page). */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public OpenQuestion move(
            long id,
            QuestionStatus status,
            @Size(max = QuestionData.TEXT_MAX_LENGTH, message = "{relations.invalid.tooLong}")
                    @PlainText(multiline = true)
                    String why) {
        SignedInUser user = currentUser.require();
        OpenQuestionEntry entry = visibleEntry(id);
        QuestionStatus before = entry.status();
        if (before == status) {
            throw refusal("relations.refused.sameStatus");
        }
        Instant now = clock.instant();
        entry.moveTo(status);
        entry.moved(now);
        events.save(new QuestionEventEntry(id, now, user.getUsername(), TimelineKind.STATUS, why.strip())
                .withStatus(status));
        audit(user, AuditActions.QUESTION_STATUS_CHANGED, id, before + " \u2192 " + status);
        return details(entry);
    }

    /** Adds a note to the timeline: a development between meetings, a word from the embassy. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public OpenQuestion addNote(
            long id,
            @NotBlank(message = "{relations.invalid.note}")
                    @Size(max = QuestionData.TEXT_MAX_LENGTH, message = "{relations.invalid.tooLong}")
                    @PlainText(multiline = true)
                    String text) {
        SignedInUser user = currentUser.require();
        OpenQuestionEntry entry = visibleEntry(id);
        Instant now = clock.instant();
        events.save(new QuestionEventEntry(id, now, user.getUsername(), TimelineKind.NOTE, text.strip()));
        entry.moved(now);
        audit(user, AuditActions.QUESTION_NOTED, id, "");
        return details(entry);
    }

    /**
     * Records that the question is raised at a meeting's agenda item (0-based position); decisions recorded on that
     * item will join its timeline. The caller must see both the meeting and the question.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public OpenQuestion raise(long id, MeetingId meetingId, int agendaPosition) {
        SignedInUser user = currentUser.require();
        OpenQuestionEntry entry = visibleEntry(id);
        MeetingDetails meeting = meetings.get(meetingId);
        AgendaItemDetails item = meeting.agenda().stream()
                .filter(a -> a.position() == agendaPosition)
                .findFirst()
                .orElseThrow(() -> refusal("relations.refused.noSuchAgendaItem"));
        if (links.isLinked(id, meetingId.value(), agendaPosition)) {
            throw refusal("relations.refused.alreadyRaised");
        }
        Instant now = clock.instant();
        links.save(new QuestionLinkEntry(
                id,
                new RaisedAt(meetingId, meeting.title(), meeting.start(), agendaPosition, item.title()),
                meeting.classification(),
                user.getUsername(),
                now));
        events.save(new QuestionEventEntry(id, now, user.getUsername(), TimelineKind.RAISED, item.title())
                .atMeeting(meetingId, meeting.title(), meeting.classification()));
        entry.moved(now);
        audit(
                user,
                AuditActions.QUESTION_RAISED,
                id,
                "meeting " + meetingId.value() + ", item " + (agendaPosition + 1));
        return details(entry);
    }

    /** A decision or action item on an agenda item where questions were raised moves those questions. */
    @EventListener
    void onOutcomeRecorded(OutcomeRecorded recorded) {
        Outcome outcome = recorded.outcome();
        Integer position = outcome.agendaPosition();
        if (position == null) {
            return;
        }
        for (QuestionLinkEntry link : links.findOfMeeting(outcome.meeting().value())) {
            if (link.agendaPosition() != position) {
                continue;
            }
            questions.findById(link.questionId()).ifPresent(question -> {
                events.save(new QuestionEventEntry(
                                question.id(),
                                outcome.recordedAt(),
                                outcome.recordedBy(),
                                TimelineKind.OUTCOME,
                                outcome.text())
                        .atMeeting(outcome.meeting(), outcome.meetingTitle(), recorded.meetingClassification()));
                question.moved(outcome.recordedAt());
                publisher.publishEvent(QuestionAudited.of(
                        outcome.recordedBy(),
                        AuditActions.QUESTION_OUTCOME_ADDED,
                        question.id(),
                        "meeting " + outcome.meeting().value() + ", item " + (position + 1)));
            });
        }
    }

    /** Keeps the copies of a meeting's title and classification in step, so clearance applies as it is now. */
    @EventListener
    void onMeetingSaved(MeetingSaved saved) {
        links.meetingSaved(saved.meeting().value(), saved.title(), saved.classification());
        events.meetingSaved(saved.meeting().value(), saved.title(), saved.classification());
    }

    private OpenQuestion details(OpenQuestionEntry entry) {
        List<Classification> visible = visible();
        List<RaisedAt> raisedAt = links.findOfQuestion(entry.id(), visible).stream()
                .map(QuestionLinkEntry::toRaisedAt)
                .toList();
        List<TimelineEntry> timeline = events.findVisible(List.of(entry.id()), visible).reversed().stream()
                .map(QuestionEventEntry::toEntry)
                .toList();
        return entry.toQuestion(raisedAt, timeline);
    }

    private OpenQuestionEntry visibleEntry(long id) {
        Classification clearance = currentUser.require().clearance();
        return questions
                .findById(id)
                .filter(q -> clearance.covers(q.classification()))
                .orElseThrow(() -> new NotFoundException("Open question " + id));
    }

    private List<Classification> visible() {
        return currentUser.require().clearance().andBelow();
    }

    private void requireWithinClearance(SignedInUser user, Classification classification) {
        if (!user.clearance().covers(classification)) {
            throw refusal("relations.refused.aboveClearance");
        }
    }

    private @Nullable String ownerName(QuestionData data) {
        return data.owner() == null ? null : people.get(data.owner()).fullName();
    }

    private void audit(SignedInUser user, String action, long id, String details) {
        publisher.publishEvent(QuestionAudited.of(user.getUsername(), action, id, details));
    }

    private static RuleViolationException refusal(String key) {
        Locale locale = Messages.supported(LocaleContextHolder.getLocale());
        return new RuleViolationException(Messages.get(locale, key));
    }
}
