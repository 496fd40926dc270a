package org.parley.readout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingSaved;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.VenueRef;
import org.parley.security.CurrentUser;
import org.parley.shared.AuditActions;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.PlainText;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Readouts: planners draft, approvers release (never their own draft), correct and withdraw; anyone, signed in or
 * not, reads what was released. A readout that is not public is seen only by those who may see its meeting; what
 * the public reads comes from the readout alone (docs/0029-readouts.md).
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReadoutService {

    /** The most entries the Atom feed carries. */
    public static final int FEED_LIMIT = 50;

    private static final Set<ReadoutStatus> PUBLIC = EnumSet.of(ReadoutStatus.RELEASED, ReadoutStatus.WITHDRAWN);
    private static final CountryCode ANY_COUNTRY = new CountryCode("US");

    private final ReadoutRepository readouts;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReadoutService(
            ReadoutRepository readouts,
            MeetingService meetings,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.readouts = readouts;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The meeting's readout, drafts included, for whoever may see the meeting. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Readout> of(MeetingId meetingId) {
        meetings.get(meetingId);
        return readouts.findByMeeting(meetingId.value()).map(ReadoutEntry::toReadout);
    }

    /** Writes the draft texts (the first draft creates the readout); a released readout keeps what the public reads. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Readout saveDraft(MeetingId meetingId, @Valid ReadoutDraft draft) {
        MeetingDetails meeting = meetings.get(meetingId);
        ReadoutEntry entry = readouts.findByMeeting(meetingId.value())
                .orElseGet(() -> new ReadoutEntry(meetingId, meeting.classification()));
        if (entry.status() == ReadoutStatus.WITHDRAWN) {
            throw refusal("readout.refused.withdrawn");
        }
        entry.draft(draft.texts(), currentUser.require().getUsername(), clock.instant());
        return readouts.save(entry).toReadout();
    }

    /**
     * Publishes the draft: a first release, or a correction of a released readout (same entries, a new updated time).
     * Only for a meeting that is under way or took place, never by whoever last changed the draft, and for a
     * classified meeting only with the approver's explicit confirmation.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public Readout release(MeetingId meetingId, boolean confirmClassifiedMeeting) {
        MeetingDetails meeting = meetings.get(meetingId);
        ReadoutEntry entry =
                readouts.findByMeeting(meetingId.value()).orElseThrow(() -> refusal("readout.refused.noDraft"));
        String approver = currentUser.require().getUsername();
        if (entry.status() == ReadoutStatus.WITHDRAWN) {
            throw refusal("readout.refused.withdrawn");
        }
        if (!entry.hasDraftText()) {
            throw refusal("readout.refused.noDraft");
        }
        if (entry.status() == ReadoutStatus.RELEASED && !entry.toReadout().hasUnreleasedChanges()) {
            throw refusal("readout.refused.nothingChanged");
        }
        if (entry.draftedBy().equals(approver)) {
            throw refusal("readout.refused.ownDraft");
        }
        if (!underWayOrOver(meeting)) {
            throw refusal("readout.refused.notYet");
        }
        if (meeting.classification() != Classification.UNCLASSIFIED && !confirmClassifiedMeeting) {
            throw refusal("readout.refused.classified");
        }
        boolean correction = entry.status() == ReadoutStatus.RELEASED;
        entry.meetingClassified(meeting.classification());
        entry.release(approver, clock.instant(), publicFactsOf(meeting));
        Readout released = entry.toReadout();
        events.publishEvent(new ReadoutAudited(
                approver,
                correction ? AuditActions.READOUT_CORRECTED : AuditActions.READOUT_RELEASED,
                "meeting " + meetingId.value(),
                String.join(
                        ", ",
                        released.texts().stream().map(ReadoutText::language).toList())));
        return released;
    }

    /** Takes a released readout off the public page: its entries stay, with a notice and the reason instead of text. */
    @Transactional
    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public Readout withdraw(
            MeetingId meetingId, @NotBlank @Size(max = 1000) @PlainText(multiline = true) String reason) {
        meetings.get(meetingId);
        ReadoutEntry entry =
                readouts.findByMeeting(meetingId.value()).orElseThrow(() -> refusal("readout.refused.notReleased"));
        if (entry.status() != ReadoutStatus.RELEASED) {
            throw refusal("readout.refused.notReleased");
        }
        entry.withdraw(reason, clock.instant());
        events.publishEvent(new ReadoutAudited(
                currentUser.require().getUsername(),
                AuditActions.READOUT_WITHDRAWN,
                "meeting " + meetingId.value(),
                reason));
        return entry.toReadout();
    }

    /** The public page: released and withdrawn readouts, newest first, optionally of one country. */
    @PreAuthorize("permitAll()")
    public Slice<PublicReadout> published(@Nullable CountryCode country, Pageable pageable) {
        return readouts.findPublic(PUBLIC, country == null, country == null ? ANY_COUNTRY : country, pageable)
                .map(ReadoutEntry::toPublic);
    }

    /** One public readout, or nothing when there is no released or withdrawn readout with that id. */
    @PreAuthorize("permitAll()")
    public Optional<PublicReadout> publishedOne(long id) {
        return readouts.findPublicById(id, PUBLIC).map(ReadoutEntry::toPublic);
    }

    /** The Atom feed's readouts: the ones changed last (released, corrected or withdrawn) first. */
    @PreAuthorize("permitAll()")
    public List<PublicReadout> recentlyUpdated() {
        return readouts.findRecentlyUpdated(PUBLIC, PageRequest.of(0, FEED_LIMIT)).stream()
                .map(ReadoutEntry::toPublic)
                .toList();
    }

    /** Keeps the copy of the meeting's classification in step (its public facts change only at a release). */
    @EventListener
    void onMeetingSaved(MeetingSaved saved) {
        readouts.findByMeeting(saved.meeting().value()).ifPresent(r -> r.meetingClassified(saved.classification()));
    }

    static boolean underWayOrOver(MeetingDetails meeting, Instant now) {
        return meeting.status() == MeetingStatus.COMPLETED
                || (meeting.status() == MeetingStatus.APPROVED
                        && !meeting.start().isAfter(now));
    }

    private boolean underWayOrOver(MeetingDetails meeting) {
        return underWayOrOver(meeting, clock.instant());
    }

    private static ReadoutEntry.PublicFacts publicFactsOf(MeetingDetails meeting) {
        VenueRef venue = meeting.venue();
        String place =
                venue == null ? null : venue.city() != null && !venue.city().isBlank() ? venue.city() : venue.name();
        List<CountryCode> countries = meeting.delegations().stream()
                .map(DelegationDetails::country)
                .distinct()
                .sorted()
                .toList();
        return new ReadoutEntry.PublicFacts(meeting.title(), meeting.start(), meeting.timeZone(), place, countries);
    }

    private static RuleViolationException refusal(String key) {
        Locale locale = Messages.supported(LocaleContextHolder.getLocale());
        return new RuleViolationException(Messages.get(locale, key));
    }
}
