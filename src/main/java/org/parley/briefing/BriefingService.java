package org.parley.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.approval.ApprovalService;
import org.parley.approval.StepKind;
import org.parley.approval.TimelineStep;
import org.parley.followup.FollowUpService;
import org.parley.followup.Outcome;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingSelection;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefing notes (docs/0034): everything a principal reads before a meeting, printed as a PDF that carries the
 * meeting's classification on every page. A conference's note is its briefing book: the conference and each of its
 * sideline meetings the reader may see. Clearance applies as to the meeting itself (hidden is missing).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BriefingService {

    /** Sideline meetings printed in a conference's book at most; a conference has a few dozen at the very most. */
    static final int SIDELINES_LIMIT = 100;

    /** Decisions of the meetings that led to this one, latest first, that the note lists at most. */
    static final int DECISIONS_SHOWN = 10;

    private static final Instant EVER = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final MeetingService meetings;
    private final ApprovalService approvals;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final BriefingPdf pdf;
    private final Clock clock;

    BriefingService(
            MeetingService meetings,
            ApprovalService approvals,
            FollowUpService followUps,
            CurrentUser currentUser,
            BriefingPdf pdf,
            Clock clock) {
        this.meetings = meetings;
        this.approvals = approvals;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * The meeting's briefing note in the reader's language, times in the venue's zone and the principal's (our head
     * of delegation's). Throws {@code NotFoundException} for a meeting above the reader's clearance, as reading it does.
     */
    @PreAuthorize("isAuthenticated()")
    public BriefingNote note(MeetingId id) {
        SignedInUser reader = currentUser.require();
        Locale locale = Messages.supported(reader.language());
        MeetingDetails meeting = meetings.get(id);
        List<BriefedMeeting> book = new ArrayList<>();
        book.add(briefed(meeting));
        if (meeting.kind() == MeetingKind.CONFERENCE) {
            sidelinesOf(meeting).forEach(sideline -> book.add(briefed(sideline)));
        }
        byte[] content = pdf.render(BriefingDocument.of(book, locale, reader.timeZone(), clock.instant()), locale);
        return new BriefingNote(content, "briefing-note-" + id.value() + ".pdf");
    }

    /** The sideline meetings the reader may see, earliest first; cancelled and rejected ones are not briefed. */
    private List<MeetingDetails> sidelinesOf(MeetingDetails conference) {
        var statuses = EnumSet.complementOf(EnumSet.of(MeetingStatus.CANCELLED, MeetingStatus.REJECTED));
        var selection = new MeetingSelection(MeetingFilter.all(), conference.id(), statuses, EVER, NEVER, NEVER);
        return meetings.select(selection, SIDELINES_LIMIT + 1).stream()
                .filter(m -> !m.id().equals(conference.id()))
                .limit(SIDELINES_LIMIT)
                .toList();
    }

    private BriefedMeeting briefed(MeetingDetails meeting) {
        return new BriefedMeeting(
                meeting,
                inPrecedenceOrder(meeting.delegations()),
                meetings.parity(meeting.id()),
                justification(meeting.id()),
                meetings.interpretation(meeting.id()),
                lastDecisions(meeting.id()));
    }

    /**
     * Delegations by their heads' precedence (the highest-ranking head first); unranked heads after the ranked ones,
     * and otherwise as the meeting lists them. Members inside each keep the delegation's own protocol order.
     */
    static List<DelegationDetails> inPrecedenceOrder(List<DelegationDetails> delegations) {
        return delegations.stream()
                .sorted(Comparator.comparingInt(BriefingService::headPrecedence))
                .toList();
    }

    private static int headPrecedence(DelegationDetails delegation) {
        return delegation
                .head()
                .map(head ->
                        head.rank() == null ? Integer.MAX_VALUE : head.rank().precedence())
                .orElse(Integer.MAX_VALUE);
    }

    /** The note the planner submitted with, which carries the justification of a parity warning (docs/0023). */
    private @Nullable String justification(MeetingId id) {
        return approvals.state(id).timeline().stream()
                .filter(step -> step.kind() == StepKind.SUBMITTED)
                .max(Comparator.comparing(TimelineStep::at))
                .map(TimelineStep::comment)
                .filter(comment -> !comment.isBlank())
                .orElse(null);
    }

    /** The decisions recorded at this meeting and at those that led to it, the latest meeting's first. */
    private List<Outcome> lastDecisions(MeetingId id) {
        List<MeetingRef> chain = new ArrayList<>(meetings.chain(id).ledTo());
        List<MeetingId> latestFirst = new ArrayList<>(List.of(id));
        chain.reversed().forEach(ref -> latestFirst.add(ref.id()));
        List<Outcome> decisions = new ArrayList<>();
        for (MeetingId meeting : latestFirst) {
            followUps.outcomesOf(meeting).stream()
                    .filter(outcome -> outcome.kind() == OutcomeKind.DECISION)
                    .sorted(Comparator.comparing(Outcome::recordedAt).reversed())
                    .forEach(decisions::add);
            if (decisions.size() >= DECISIONS_SHOWN) {
                break;
            }
        }
        return decisions.stream().limit(DECISIONS_SHOWN).toList();
    }
}
