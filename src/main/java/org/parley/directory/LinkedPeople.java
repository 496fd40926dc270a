package org.parley.directory;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.security.AccountPeople;
import org.parley.security.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the Users page who each account is in the directory, two queries per page of users. */
@Component
class LinkedPeople implements AccountPeople {

    private final PersonAccountRepository accounts;
    private final PersonRepository people;

    LinkedPeople(PersonAccountRepository accounts, PersonRepository people) {
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<UserId, String> namesOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var links = accounts.findByUserIdIn(users.stream().map(UserId::value).toList());
        Map<Long, String> names = people
                .findByIdIn(links.stream().map(PersonAccount::personId).toList())
                .stream()
                .collect(Collectors.toMap(
                        p -> p.toPerson().id().value(), p -> p.toPerson().fullName()));
        return links.stream()
                .filter(link -> names.containsKey(link.personId()))
                .collect(Collectors.toMap(
                        link -> new UserId(link.userId()), link -> names.get(link.personId()), (a, b) -> a));
    }
}
