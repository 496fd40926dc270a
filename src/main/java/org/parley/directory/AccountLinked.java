package org.parley.directory;

import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;

/** An administrator linked a user account to a person of the directory, or removed the link. */
public record AccountLinked(String actor, String username, String personName, boolean linked)
        implements AuditableEvent {

    @Override
    public String action() {
        return linked ? AuditActions.ACCOUNT_LINKED : AuditActions.ACCOUNT_UNLINKED;
    }

    @Override
    public String target() {
        return username;
    }

    @Override
    public String details() {
        return personName;
    }
}
