package org.parley.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.ProtocolService;
import org.parley.security.CurrentUser;
import org.parley.security.UserId;
import org.parley.security.UserService;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The people in the directory. Everyone signed in reads; planners and administrators maintain it. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleService {

    private static final CountryCode ANY = new CountryCode("US");

    private final PersonRepository people;
    private final PersonAccountRepository accounts;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProtocolService protocol;

    PeopleService(
            PersonRepository people,
            PersonAccountRepository accounts,
            UserService users,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ProtocolService protocol) {
        this.people = people;
        this.accounts = accounts;
        this.users = users;
        this.protocol = protocol;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page of people, filtered in the database, ordered by name. */
    @PreAuthorize("isAuthenticated()")
    public Slice<Person> find(PersonFilter filter, Pageable pageable) {
        String text = filter.text() == null ? "" : filter.text();
        return people.search(
                        likePattern(text),
                        filter.country() == null ? ANY : filter.country(),
                        filter.country() == null,
                        filter.includeInactive(),
                        pageable)
                .map(PersonEntry::toPerson);
    }

    @PreAuthorize("isAuthenticated()")
    public Person get(PersonId id) {
        return find(id).toPerson();
    }

    /** The given people in one query; missing ids are simply absent from the result. */
    @PreAuthorize("isAuthenticated()")
    public List<Person> getAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findByIdIn(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .map(PersonEntry::toPerson)
                .toList();
    }

    /** The person with this e-mail address, ignoring case; an active entry wins over an inactive one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Person> findByEmail(String email) {
        return people.findByEmailIgnoringCase(email.trim().toLowerCase(Locale.ROOT)).stream()
                .findFirst()
                .map(PersonEntry::toPerson);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Person create(@Valid PersonData data) {
        checkRank(data);
        var entry = new PersonEntry(username(), clock.instant());
        entry.apply(data, username(), clock.instant());
        return people.saveAndFlush(entry).toPerson();
    }

    /** Saves changes made to the version the editor loaded; a newer version saved meanwhile is not overwritten. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Person update(PersonId id, @Valid PersonData data, long expectedVersion) {
        PersonEntry entry = find(id);
        if (entry.version() != expectedVersion) {
            throw RuleViolationException.because(
                    "directory.person.changedMeanwhile", entry.updatedBy(), String.valueOf(entry.updatedAt()));
        }
        checkRank(data);
        entry.apply(data, username(), clock.instant());
        Person saved = people.saveAndFlush(entry).toPerson();
        events.publishEvent(new PersonChanged(id));
        return saved;
    }

    /** Takes the person out of pickers; their past meetings keep them. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Person deactivate(PersonId id) {
        PersonEntry entry = find(id);
        entry.setActive(false, username(), clock.instant());
        return people.saveAndFlush(entry).toPerson();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Person reactivate(PersonId id) {
        PersonEntry entry = find(id);
        entry.setActive(true, username(), clock.instant());
        return people.saveAndFlush(entry).toPerson();
    }

    /**
     * Makes {@code user} the account of this person, replacing the person's earlier account; {@code null} removes
     * the link. An account already linked to someone else must be unlinked there first (docs/0025).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void linkAccount(PersonId id, @Nullable UserId user) {
        PersonEntry person = find(id);
        Optional<PersonAccount> before = accounts.findById(id.value());
        if (user != null) {
            String username = users.get(user).username();
            Optional<PersonAccount> elsewhere =
                    accounts.findByUserId(user.value()).filter(link -> link.personId() != id.value());
            if (elsewhere.isPresent()) {
                String other = find(new PersonId(elsewhere.get().personId()))
                        .toPerson()
                        .fullName();
                throw new AccountLinkedElsewhereException(username, other);
            }
            if (before.isPresent() && before.get().userId() == user.value()) {
                return;
            }
            before.ifPresent(link -> unlink(link, person));
            accounts.flush();
            accounts.saveAndFlush(new PersonAccount(id.value(), user.value(), username(), clock.instant()));
            events.publishEvent(
                    new AccountLinked(username(), username, person.toPerson().fullName(), true));
        } else {
            before.ifPresent(link -> unlink(link, person));
        }
    }

    private void unlink(PersonAccount link, PersonEntry person) {
        accounts.delete(link);
        String username = users.get(new UserId(link.userId())).username();
        events.publishEvent(
                new AccountLinked(username(), username, person.toPerson().fullName(), false));
    }

    /** The user account linked to this person, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<UserId> accountOf(PersonId id) {
        return accounts.findById(id.value()).map(link -> new UserId(link.userId()));
    }

    /** The person a user account is linked to, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PersonId> personOf(UserId user) {
        return accounts.findByUserId(user.value()).map(link -> new PersonId(link.personId()));
    }

    /** The person the signed-in user is, when an administrator has linked their account (docs/0025). */
    @PreAuthorize("isAuthenticated()")
    public Optional<PersonId> myPerson() {
        return currentUser.get().flatMap(me -> personOf(me.id()));
    }

    /** A rank that does not exist is refused with "not found" rather than a broken reference. */
    private void checkRank(PersonData data) {
        if (data.rank() != null) {
            protocol.rank(data.rank());
        }
    }

    private PersonEntry find(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new NotFoundException("Person"));
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    static String likePattern(String text) {
        return org.parley.shared.SearchText.containsPattern(text);
    }
}
