package org.parley.calendar;

import org.parley.calendar.internal.InviteWriter;
import org.parley.calendar.internal.Sequences;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One meeting as an iCalendar file. Only approved meetings leave Parley (and their cancellation follows them). Every
 * method reads the meeting through {@link MeetingService#get}, so a meeting above the caller's clearance is "not
 * found" here as everywhere else.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class InviteService {

    private final Sequences sequences;
    private final InviteWriter writer;
    private final MeetingService meetings;

    InviteService(Sequences sequences, InviteWriter writer, MeetingService meetings) {
        this.sequences = sequences;
        this.writer = writer;
        this.meetings = meetings;
    }

    /** Which files the meeting offers now, for the meeting page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InviteAvailability availability(MeetingId id) {
        return offerFor(meetings.get(id));
    }

    /**
     * The invitation to everyone in the meeting with an e-mail address (METHOD:REQUEST), or for a cancelled meeting
     * its cancellation (METHOD:CANCEL), which has the same UID and a higher SEQUENCE.
     */
    @PreAuthorize("isAuthenticated()")
    public CalendarFile invite(MeetingId id) {
        Sequences.Counted counted = sequences.count(id);
        MeetingDetails meeting = counted.meeting();
        return switch (offerFor(meeting)) {
            case INVITE -> file(counted, CalendarMethod.REQUEST, "");
            case CANCELLATION -> file(counted, CalendarMethod.CANCEL, "-cancelled");
            case COPY_ONLY -> throw RuleViolationException.because("calendar.invite.nobodyToInvite", meeting.title());
            case NOT_YET -> throw notYet(meeting);
            case NEVER -> throw neverSent(meeting);
        };
    }

    /** A copy for the caller's own calendar (METHOD:PUBLISH): the organiser but no attendees, nobody asked to reply. */
    @PreAuthorize("isAuthenticated()")
    public CalendarFile publish(MeetingId id) {
        Sequences.Counted counted = sequences.count(id);
        MeetingDetails meeting = counted.meeting();
        return switch (offerFor(meeting)) {
            case INVITE, COPY_ONLY -> file(counted, CalendarMethod.PUBLISH, "");
            case CANCELLATION -> throw RuleViolationException.because("calendar.invite.cancelledCopy", meeting.title());
            case NOT_YET -> throw notYet(meeting);
            case NEVER -> throw neverSent(meeting);
        };
    }

    private InviteAvailability offerFor(MeetingDetails meeting) {
        return InviteAvailability.of(meeting.status(), meeting.everApproved(), writer.hasInvitees(meeting));
    }

    private CalendarFile file(Sequences.Counted counted, CalendarMethod method, String suffix) {
        MeetingDetails meeting = counted.meeting();
        // ASCII only, so that no browser or mail client mangles the name
        String name = "parley-meeting-" + meeting.id().value() + suffix + ".ics";
        return new CalendarFile(name, method, writer.write(meeting, counted.sequence(), method));
    }

    private static RuleViolationException neverSent(MeetingDetails meeting) {
        return RuleViolationException.because("calendar.invite.neverSent", meeting.title());
    }

    private static RuleViolationException notYet(MeetingDetails meeting) {
        // the refusal rolls back the count made on the way: nothing about a draft changes by asking
        return RuleViolationException.because(
                "calendar.invite.notYet." + meeting.status().name(), meeting.title());
    }
}
