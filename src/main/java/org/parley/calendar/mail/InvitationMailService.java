package org.parley.calendar.mail;

import java.time.Clock;
import java.util.List;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail invitations of a meeting: who was sent what, and a second try for what failed. Planners and approvers
 * see them, within their clearance; planners retry. Sending itself needs nobody: the outbox queues with each change
 * and sends after it commits (docs/0009-email-invitations.md).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InvitationMailService {

    /** The most messages the meeting page lists; a meeting with that many has been sent out very often. */
    public static final int LIST_LIMIT = 500;

    private final InvitationMailRepository outbox;
    private final InvitationOutbox queue;
    private final InvitationMailSettings settings;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationMailService(
            InvitationMailRepository outbox,
            InvitationOutbox queue,
            InvitationMailSettings settings,
            MeetingService meetings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbox = outbox;
        this.queue = queue;
        this.settings = settings;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** Whether invitations go out for the meeting, and every message so far, newest first. */
    @PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
    public InvitationMailOverview overview(MeetingId id) {
        MeetingDetails meeting = meetings.get(id);
        List<InvitationMailSummary> messages =
                outbox.findByMeetingIdOrderByIdDesc(id.value(), PageRequest.of(0, LIST_LIMIT)).stream()
                        .map(InvitationMail::view)
                        .toList();
        InvitationMailOverview.Mode mode = !queue.mailConfigured()
                ? InvitationMailOverview.Mode.NOT_CONFIGURED
                : !settings.mayEmail(meeting.classification())
                        ? InvitationMailOverview.Mode.WITHHELD
                        : InvitationMailOverview.Mode.SENDING;
        return new InvitationMailOverview(mode, settings.maxClassification(), messages);
    }

    /**
     * Tries every failed message of the meeting again, with its attempts counted afresh, once this call commits.
     * Returns how many were queued again: none without a mail server, which could not send them anyway.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public int retryFailed(MeetingId id) {
        MeetingDetails meeting = meetings.get(id);
        if (!queue.mailConfigured()) {
            return 0;
        }
        List<InvitationMail> failed = outbox.findByMeetingIdAndStatus(id.value(), InvitationMailStatus.FAILED);
        failed.forEach(mail -> mail.retry(clock.instant()));
        if (!failed.isEmpty()) {
            events.publishEvent(new InvitationMailQueued(meeting.id().value()));
        }
        return failed.size();
    }
}
