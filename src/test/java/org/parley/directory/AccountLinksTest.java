package org.parley.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.security.AccountPeople;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParleyTest
class AccountLinksTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final CountryCode RU = new CountryCode("RU");

    @Autowired
    PeopleService people;

    @Autowired
    UserService users;

    @Autowired
    AccountPeople accountPeople;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers as;

    private UserSummary newUser(Role role) {
        String username = "linked" + counter.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return SystemTask.runAsSystem(() -> users.create(new NewUser(
                username,
                "Linked " + username,
                null,
                Set.of(role),
                Classification.SECRET,
                ZoneId.of("Europe/Moscow"),
                "en",
                "a-long-pass-phrase-1")));
    }

    private Person newPerson(String name) {
        return directory.person(name + " " + counter.incrementAndGet(), RU, ZoneId.of("Europe/Moscow"));
    }

    @Test
    void an_administrator_links_an_account_to_a_person_and_both_sides_show_it() {
        UserSummary user = newUser(Role.VIEWER);
        Person person = newPerson("Elena Morozova");

        as.as("admin", () -> people.linkAccount(person.id(), user.id()));

        assertThat(as.as("viewer", () -> people.accountOf(person.id()))).contains(user.id());
        assertThat(as.as(user.username(), () -> people.myPerson())).contains(person.id());
        assertThat(as.as("admin", () -> accountPeople.namesOf(List.of(user.id()))))
                .containsEntry(user.id(), person.fullName());
        assertThat(as.as(
                        "admin",
                        () -> audit.find(
                                        new AuditFilter(null, "ACCOUNT_LINKED", null, null),
                                        org.springframework.data.domain.PageRequest.of(0, 50))
                                .getContent()))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo(user.username()));
    }

    @Autowired
    AuditService audit;

    @Test
    void an_account_is_at_most_one_person_and_must_be_unlinked_there_first() {
        UserSummary user = newUser(Role.VIEWER);
        Person first = newPerson("Yuri Sokolov");
        Person second = newPerson("Kirill Belov");
        as.as("admin", () -> people.linkAccount(first.id(), user.id()));

        assertThatThrownBy(() -> as.as("admin", () -> people.linkAccount(second.id(), user.id())))
                .isInstanceOf(AccountLinkedElsewhereException.class)
                .hasMessageContaining(first.fullName());
        assertThat(as.as("admin", () -> people.accountOf(second.id()))).isEmpty();

        as.as("admin", () -> people.linkAccount(first.id(), null));
        as.as("admin", () -> people.linkAccount(second.id(), user.id()));
        assertThat(as.as(user.username(), () -> people.myPerson())).contains(second.id());
        assertThat(as.as("admin", () -> people.accountOf(first.id()))).isEmpty();
    }

    @Test
    void linking_another_account_to_a_person_replaces_the_earlier_one() {
        UserSummary before = newUser(Role.VIEWER);
        UserSummary after = newUser(Role.PLANNER);
        Person person = newPerson("Natalia Kuznetsova");
        as.as("admin", () -> people.linkAccount(person.id(), before.id()));

        as.as("admin", () -> people.linkAccount(person.id(), after.id()));

        assertThat(as.as(before.username(), () -> people.myPerson())).isEmpty();
        assertThat(as.as(after.username(), () -> people.myPerson())).contains(person.id());
    }

    @Test
    void only_an_administrator_links_accounts() {
        UserSummary user = newUser(Role.VIEWER);
        Person person = newPerson("Igor Lebedev");

        for (String who : List.of("planner", "viewer", "approver")) {
            assertThatThrownBy(() -> as.as(who, () -> people.linkAccount(person.id(), user.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as.as(user.username(), () -> people.myPerson())).isEmpty();
    }
}
