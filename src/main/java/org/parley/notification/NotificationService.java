package org.parley.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.approval.ApprovalEvent;
import org.parley.meeting.MeetingWorkflow;
import org.parley.meeting.ParticipantAnswered;
import org.parley.meeting.ParticipantResponse;
import org.parley.participation.TimeProposed;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.shared.AuditActions;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what concerns them: approvers learn of submissions they may decide on (within their clearance),
 * planners and submitters of decisions and cancellations. Each user reads only their own.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final NotificationRepository notifications;
    private final UserService users;
    private final MeetingWorkflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            UserService users,
            MeetingWorkflow workflow,
            CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Slice<NotificationSummary> mine(Pageable pageable) {
        return notifications.findMine(me(), pageable).map(Notification::toView);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countUnread(me());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        Notification notification = notifications
                .findById(id)
                .filter(n -> n.recipient().equals(me()))
                .orElseThrow(() -> new NotFoundException("Notification"));
        notification.markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    /** Runs in the transaction of the submission or decision, as the person who acted. */
    @EventListener
    void onApprovalEvent(ApprovalEvent event) {
        Set<String> recipients = new LinkedHashSet<>();
        String key;
        switch (event.action()) {
            case AuditActions.MEETING_SUBMITTED -> {
                users.usersWithAnyRole(EnumSet.of(Role.APPROVER, Role.SENIOR_APPROVER))
                        .forEach(u -> recipients.add(u.username()));
                key = "notification.text.submitted";
            }
            case AuditActions.MEETING_APPROVED -> {
                addPlanners(recipients, event);
                key = "notification.text.approved";
            }
            case AuditActions.MEETING_REJECTED -> {
                addPlanners(recipients, event);
                key = "notification.text.rejected";
            }
            case AuditActions.MEETING_CANCELLED -> {
                addPlanners(recipients, event);
                key = "notification.text.cancelled";
            }
            default -> {
                return;
            }
        }
        recipients.remove(event.actor());
        // everyone told must still be enabled and cleared for the meeting: the text names it; each reads it in their
        // own language, fixed when it is written (a notification is a message received, like an e-mail)
        var classification = workflow.read(event.meeting()).classification();
        users.usersNamed(recipients).stream()
                .filter(u -> u.clearance().covers(classification))
                .forEach(u -> notifications.save(new Notification(
                        u.username(),
                        event.meeting(),
                        Messages.get(
                                Messages.supported(u.language()), key, event.actor(), event.title(), event.details()),
                        clock.instant())));
    }

    /** Tells the planner when a head of delegation declines and when everybody has answered (docs/0025). */
    @EventListener
    void onAnswer(ParticipantAnswered event) {
        List<String> texts = new ArrayList<>();
        if (event.headOfDelegation() && event.answer() == ParticipantResponse.DECLINED) {
            texts.add(
                    event.comment() == null
                            ? Messages.english("participation.notice.headDeclined", event.personName(), event.title())
                            : Messages.english(
                                    "participation.notice.headDeclinedWithComment",
                                    event.personName(),
                                    event.title(),
                                    event.comment()));
        }
        if (event.lastToAnswer()) {
            var summary = event.summary();
            texts.add(Messages.english(
                    "participation.notice.allAnswered",
                    event.title(),
                    Messages.english(
                            "participation.answers.summary",
                            summary.accepted(),
                            summary.participants(),
                            summary.tentative(),
                            summary.declined(),
                            summary.noAnswer())));
        }
        if (texts.isEmpty() || event.planner().isBlank() || event.planner().equals(event.actor())) {
            return;
        }
        tellPlanner(event.planner(), event.meeting(), texts);
    }

    /** Tells the planner that a participant proposed another time (docs/0026), unless they proposed it themselves. */
    @EventListener
    void onTimeProposed(TimeProposed event) {
        if (event.planner().isBlank() || event.planner().equals(event.actor())) {
            return;
        }
        tellPlanner(
                event.planner(),
                event.meeting(),
                List.of(
                        event.comment() == null
                                ? Messages.english(
                                        "participation.notice.timeProposed",
                                        event.personName(),
                                        event.title(),
                                        event.when())
                                : Messages.english(
                                        "participation.notice.timeProposedWithComment",
                                        event.personName(),
                                        event.title(),
                                        event.when(),
                                        event.comment())));
    }

    private void tellPlanner(String planner, org.parley.meeting.MeetingId meeting, List<String> texts) {
        var classification = workflow.read(meeting).classification();
        users.usersNamed(Set.of(planner)).stream()
                .filter(u -> u.clearance().covers(classification))
                .forEach(u -> texts.forEach(
                        text -> notifications.save(new Notification(u.username(), meeting, text, clock.instant()))));
    }

    private static void addPlanners(Set<String> recipients, ApprovalEvent event) {
        if (!event.planner().isBlank()) {
            recipients.add(event.planner());
        }
        if (!event.submitter().isBlank()) {
            recipients.add(event.submitter());
        }
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
