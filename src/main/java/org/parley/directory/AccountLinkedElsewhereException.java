package org.parley.directory;

import org.parley.shared.RuleViolationException;

/** The account is already some other person's; unlink it there first (docs/0025). */
public class AccountLinkedElsewhereException extends RuleViolationException {

    private final String username;
    private final String otherPerson;

    public AccountLinkedElsewhereException(String username, String otherPerson) {
        super("The account " + username + " is already linked to " + otherPerson);
        this.username = username;
        this.otherPerson = otherPerson;
    }

    public String username() {
        return username;
    }

    public String otherPerson() {
        return otherPerson;
    }
}
