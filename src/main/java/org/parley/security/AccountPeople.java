package org.parley.security;

import java.util.Collection;
import java.util.Map;

/**
 * Which directory person each account is, for the Users page. The directory implements it: it builds on security,
 * so security cannot ask it directly (docs/0025).
 */
public interface AccountPeople {

    /** The linked person's name for each of {@code accounts} that has one. */
    Map<UserId, String> namesOf(Collection<UserId> accounts);
}
