package org.parley.approval;

import java.time.Clock;
import org.parley.meeting.MeetingChangedMaterially;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.AuditActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A material change to a pending or approved meeting starts a new approval round: approvals given so far no longer
 * count, and whoever made the change counts as its submitter for the four-eyes rule.
 */
@Component
class MaterialChangeListener {

    private final ApprovalStepRepository steps;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MaterialChangeListener(
            ApprovalStepRepository steps, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onMaterialChange(MeetingChangedMaterially change) {
        int round = steps.findTimeline(change.meeting().value()).stream()
                        .mapToInt(ApprovalStep::round)
                        .max()
                        .orElse(0)
                + 1;
        boolean senior =
                currentUser.get().map(u -> u.hasRole(Role.SENIOR_APPROVER)).orElse(false);
        String details = "changed: " + String.join(", ", change.changedFields());
        steps.save(new ApprovalStep(
                change.meeting().value(), round, StepKind.RETURNED, change.actor(), senior, clock.instant(), details));
        events.publishEvent(new ApprovalEvent(
                change.actor(),
                AuditActions.MEETING_SUBMITTED,
                change.meeting(),
                change.title(),
                "",
                change.actor(),
                "round " + round + " after a material change (" + details + ")"));
    }
}
