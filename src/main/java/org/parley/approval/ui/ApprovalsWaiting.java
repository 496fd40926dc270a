package org.parley.approval.ui;

import org.parley.approval.ApprovalService;
import org.parley.shared.ui.NavigationCount;
import org.springframework.stereotype.Component;

/** The number next to "Approvals" in the navigation: what waits for the signed-in approver. */
@Component
class ApprovalsWaiting implements NavigationCount {

    private final ApprovalService approvals;

    ApprovalsWaiting(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public Class<ApprovalsView> view() {
        return ApprovalsView.class;
    }

    @Override
    public long count() {
        return approvals.waitingCount();
    }
}
