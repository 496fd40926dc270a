package org.parley.meeting;

import org.hibernate.envers.RevisionListener;
import org.parley.security.CurrentUser;

/**
 * Names who saved a revision: the signed-in username, or "system" for start-up and background work. Envers creates
 * this listener itself (not through Spring), so it reads the security context through a plain {@link CurrentUser},
 * which holds no state.
 */
class MeetingRevisionListener implements RevisionListener {

    private final CurrentUser currentUser = new CurrentUser();

    @Override
    public void newRevision(Object revision) {
        ((MeetingRevision) revision).setUsername(currentUser.actorName());
    }
}
