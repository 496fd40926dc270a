package org.parley.calendar.mail.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.DirectoryFixture;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * Approved phone calls between two new people with e-mail addresses, each in a year of its own so that nothing
 * clashes: what the e-mail invitation section's tests show. {@code label}, {@code mailboxPrefix} and
 * {@code firstYear} keep each test class's people and years apart from the others'.
 */
record ApprovedCalls(
        DirectoryFixture directory,
        TestUsers users,
        MeetingService meetings,
        ApprovalService approvals,
        String label,
        String mailboxPrefix,
        int firstYear) {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    /** Planned by the planner, approved by the approver. */
    public MeetingId approved(String title, Classification classification) {
        int n = counter.incrementAndGet();
        Person a = directory.person(person(label + " RU " + n, "RU", mailboxPrefix + "ru" + n + "@mid.example"));
        Person b = directory.person(person(label + " US " + n, "US", mailboxPrefix + "us" + n + "@state.example"));
        LocalDateTime start = LocalDateTime.of(firstYear + n, 4, 14, 10, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title + " " + n)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(classification)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    private static PersonData person(String name, String country, String email) {
        return new PersonData(
                name,
                null,
                null,
                new CountryCode(country),
                email,
                null,
                null,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }
}
