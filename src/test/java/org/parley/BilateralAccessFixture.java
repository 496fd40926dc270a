package org.parley;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.bilateral.BilateralId;
import org.parley.bilateral.BilateralRequestData;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.Priority;
import org.parley.bilateral.RequestedBy;
import org.parley.directory.Person;
import org.parley.directory.Venue;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.CountryCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Conferences with bilateral requests for the authorisation matrix, each on days of its own. */
@Component
@Profile("test")
public class BilateralAccessFixture {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final AtomicInteger counter = new AtomicInteger();

    private final BilateralService bilaterals;
    private final MeetingService meetings;
    private final DirectoryFixture directory;
    private final TestUsers users;

    BilateralAccessFixture(
            BilateralService bilaterals, MeetingService meetings, DirectoryFixture directory, TestUsers users) {
        this.bilaterals = bilaterals;
        this.meetings = meetings;
        this.directory = directory;
        this.users = users;
    }

    public BilateralService service() {
        return bilaterals;
    }

    /** A one-day conference in a venue with one room, set aside for bilaterals. */
    public MeetingId conference() {
        int n = counter.incrementAndGet();
        Venue venue = directory.venue("Matrix conference centre " + n, GENEVA, "Salon");
        LocalDateTime day = LocalDateTime.of(2700, 1, 1, 8, 0).plusDays(2L * n);
        MeetingId conference = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Matrix conference " + n)
                                        .kind(MeetingKind.CONFERENCE)
                                        .at(day, day.plusHours(12), GENEVA)
                                        .venue(venue.id())
                                        .delegations(List.of())
                                        .build(),
                                true)
                        .id());
        users.as(
                "planner",
                () -> bilaterals.setRooms(
                        conference, Set.of(venue.rooms().getFirst().id())));
        return conference;
    }

    public Venue venue() {
        return directory.venue("Matrix walk " + counter.incrementAndGet(), GENEVA, "Hall");
    }

    public BilateralRequestData request() {
        int n = counter.incrementAndGet();
        Person ours = directory.person("Matrix principal " + n, new CountryCode("RU"), GENEVA);
        Person theirs = directory.person("Matrix counterpart " + n, new CountryCode("CH"), GENEVA);
        return new BilateralRequestData(
                new CountryCode("CH"),
                theirs.id(),
                ours.id(),
                RequestedBy.THEM,
                Priority.MUST,
                null,
                30,
                6,
                null,
                null,
                null,
                null,
                List.of(),
                "");
    }

    public String csv() {
        int n = counter.incrementAndGet();
        String ours = directory
                .person("Matrix pasted principal " + n, new CountryCode("RU"), GENEVA)
                .fullName();
        String theirs = directory
                .person("Matrix pasted counterpart " + n, new CountryCode("CH"), GENEVA)
                .fullName();
        return "country,counterpart,our_principal,priority\nCH," + theirs + "," + ours + ",must\n";
    }

    public BilateralId requested(MeetingId conference) {
        return users.as("planner", () -> bilaterals.add(conference, request()).id());
    }

    /** A conference whose one request the last plan placed. */
    public MeetingId planned() {
        MeetingId conference = conference();
        requested(conference);
        users.as("planner", () -> bilaterals.plan(conference));
        return conference;
    }
}
