package org.parley.participation;

import static org.parley.meeting.MeetingDataBuilder.meeting;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.DirectoryFixture;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Participants with accounts linked to their people, and meetings they take part in, for the participation tests. */
@Component
@Profile("test")
public class Participants {

    public static final CountryCode RU = new CountryCode("RU");
    public static final CountryCode US = new CountryCode("US");
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    /** A participant with an account linked to their person, whose e-mail address is {@code username@mfa.example}. */
    public record Participant(UserSummary account, Person person) {
        public String email() {
            return account.username() + "@mfa.example";
        }
    }

    private final UserService users;
    private final PeopleService people;
    private final MeetingService meetings;
    private final ApprovalService approvals;
    private final DirectoryFixture directory;
    private final TestUsers as;

    Participants(
            UserService users,
            PeopleService people,
            MeetingService meetings,
            ApprovalService approvals,
            DirectoryFixture directory,
            TestUsers as) {
        this.users = users;
        this.people = people;
        this.meetings = meetings;
        this.approvals = approvals;
        this.directory = directory;
        this.as = as;
    }

    public Participant participant(String name, CountryCode country) {
        int n = counter.incrementAndGet();
        String username = "part" + n + "-" + System.nanoTime() % 100000;
        UserSummary account = SystemTask.runAsSystem(() -> users.create(new NewUser(
                username,
                name,
                null,
                Set.of(Role.VIEWER),
                Classification.SECRET,
                MOSCOW,
                "en",
                "a-long-pass-phrase-1")));
        Person person = directory.person(new PersonData(
                name + " " + n,
                null,
                null,
                country,
                username + "@mfa.example",
                null,
                null,
                MOSCOW,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                ""));
        as.as("admin", () -> people.linkAccount(person.id(), account.id()));
        return new Participant(account, person);
    }

    /** A telephone call planned by "planner" at 10:00 Moscow time on a day of 2032, headed by the two. */
    public MeetingId call(String title, Participant ours, Participant theirs) {
        LocalDateTime start = LocalDateTime.of(2032, 5, 1, 10, 0).plusDays(counter.incrementAndGet());
        return as.as(
                "planner",
                () -> meetings.create(
                                meeting(title)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(
                                                RU,
                                                ours.person().id(),
                                                US,
                                                theirs.person().id())
                                        .build(),
                                true)
                        .id());
    }

    /** The same call, submitted by the planner and approved by "approver". */
    public MeetingId approvedCall(String title, Participant ours, Participant theirs) {
        MeetingId id = call(title, ours, theirs);
        as.as("planner", () -> approvals.submit(id, null));
        as.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }
}
