package org.parley.calendar.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.CurrentUser;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeZones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ParleyTest
class IcsImportServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    IcsImportService imports;

    @Autowired
    MeetingService meetings;

    @Autowired
    PeopleService people;

    @Autowired
    VenueService venues;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentUser currentUser;

    private Person ivanov;
    private Person schmidt;
    private Venue foreignOffice;

    @BeforeEach
    void directory() {
        ivanov = existingOr("import.ivanov@parley.example", "Ivan Importov", "RU");
        schmidt = existingOr("anna.schmidt@partner-ministry.example", "Anna Schmidt", "DE");
        foreignOffice = users.as(
                        "planner",
                        () -> venues.find("Federal Foreign Office", PageRequest.of(0, 1)).stream()
                                .findFirst())
                .orElseGet(() -> directory.venue("Federal Foreign Office", BERLIN, "Weltsaal"));
    }

    private Person existingOr(String email, String name, String country) {
        return users.as("planner", () -> people.findByEmail(email))
                .orElseGet(() -> directory.person(new PersonData(
                        name,
                        null,
                        "Ministry of Foreign Affairs",
                        new CountryCode(country),
                        email,
                        null,
                        null,
                        BERLIN,
                        PersonData.DEFAULT_WORKDAY_START,
                        PersonData.DEFAULT_WORKDAY_END,
                        null)));
    }

    static byte[] file(String name) {
        try (InputStream in = IcsImportServiceTest.class.getResourceAsStream("/ics-import/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportPreview preview(String name) {
        return users.as("planner", () -> imports.preview(file(name)));
    }

    private long meetingCount() {
        return users.as("planner", () -> meetings.count(MeetingFilter.all()));
    }

    // --- good files -------------------------------------------------------------------------------------------

    @Test
    void an_outlook_invitation_with_a_windows_zone_name_is_read_in_the_iana_zone_with_its_people_matched() {
        ImportPreview preview = preview("outlook-windows-tzid.ics");

        assertThat(preview.title()).isEqualTo("Consultations on culture");
        assertThat(preview.start()).isEqualTo(ZonedDateTime.of(2030, 6, 10, 10, 0, 0, 0, BERLIN));
        assertThat(preview.end()).isEqualTo(ZonedDateTime.of(2030, 6, 10, 11, 30, 0, 0, BERLIN));
        assertThat(preview.allDay()).isFalse();
        assertThat(preview.location()).isEqualTo("Federal Foreign Office, Werderscher Markt 1, Berlin");
        assertThat(preview.venue()).isNotNull();
        assertThat(preview.venue().id()).isEqualTo(foreignOffice.id());
        assertThat(preview.description())
                .isEqualTo("Consultations on the cultural agreement.\n\nPlease confirm the delegation list by Friday.");
        assertThat(preview.organiser().name()).isEqualTo("Anna Schmidt");
        assertThat(preview.organiser().email()).isEqualTo("anna.schmidt@partner-ministry.example");
        assertThat(preview.organiser().person().id()).isEqualTo(schmidt.id());
        assertThat(preview.attendees())
                .extracting(ImportedPerson::email)
                .containsExactly("import.ivanov@parley.example", "nobody@elsewhere.example");
        assertThat(preview.attendees().get(0).person().id()).isEqualTo(ivanov.id());
        assertThat(preview.attendees().get(1).person()).isNull();
        assertThat(preview.attendees().get(1).name()).isEqualTo("Nobody Known");
        assertThat(preview.warnings()).isEmpty();
        assertThat(preview.suggestedKind()).isEqualTo(MeetingKind.MINISTERIAL_MEETING);
    }

    @Test
    void russian_standard_time_with_a_bom_and_cyrillic_title_is_moscow_time() {
        ImportPreview preview = preview("outlook-russian-time.ics");

        assertThat(preview.title()).isEqualTo("Телефонный разговор министров");
        assertThat(preview.start()).isEqualTo(ZonedDateTime.of(2030, 7, 15, 15, 0, 0, 0, ZoneId.of("Europe/Moscow")));
        assertThat(preview.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 7, 15, 15, 30));
        // the organiser's address differs in case from the directory's
        assertThat(preview.organiser().person().id()).isEqualTo(ivanov.id());
    }

    @Test
    void an_unknown_zone_name_is_recognised_by_the_clock_of_its_vtimezone_and_said_so() {
        ImportPreview preview = preview("outlook-custom-zone.ics");

        // +02:00 in winter, +03:00 from the last Sunday of March: Eastern European Time
        assertThat(preview.start().toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(preview.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 2, 4, 9, 0));
        assertThat(preview.start().getZone()).isEqualTo(ZoneId.of("Europe/Bucharest"));
        assertThat(preview.warnings())
                .singleElement()
                .asString()
                .contains("Customized Time Zone")
                .contains("Europe/Bucharest");
    }

    @Test
    void a_google_invitation_with_an_iana_zone_and_folded_attendees() {
        ImportPreview preview = preview("google-iana.ics");

        assertThat(preview.title()).isEqualTo("Bilateral on the sidelines of UNGA");
        assertThat(preview.start())
                .isEqualTo(ZonedDateTime.of(2030, 9, 23, 14, 0, 0, 0, ZoneId.of("America/New_York")));
        assertThat(preview.location()).isEqualTo("United Nations Headquarters, New York");
        assertThat(preview.description()).isEqualTo("Sidelines of the General Assembly, bilateral.");
        assertThat(preview.organiser().label()).isEqualTo("John Carter <j.carter@state.example>");
        assertThat(preview.attendees())
                .extracting(ImportedPerson::email)
                .containsExactly("j.carter@state.example", "import.ivanov@parley.example");
        // the organiser is listed once, though Google also lists them as an attendee
        assertThat(preview.everyone()).hasSize(2);
        assertThat(preview.venue()).isNull();
    }

    @Test
    void an_apple_file_with_lf_line_ends_and_an_online_location_suggests_a_video_call() {
        ImportPreview preview = preview("apple-lf.ics");

        assertThat(preview.title()).isEqualTo("Video call with the Japanese embassy");
        assertThat(preview.start()).isEqualTo(ZonedDateTime.of(2030, 4, 12, 16, 30, 0, 0, ZoneId.of("Asia/Tokyo")));
        assertThat(preview.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 4, 12, 17, 30));
        assertThat(preview.organiser()).isNull();
        assertThat(preview.suggestedKind()).isEqualTo(MeetingKind.VIDEO_CALL);
    }

    @Test
    void utc_times_keep_their_instant_and_are_shown_in_the_planners_zone() {
        ZoneId plannersZone = users.as("planner", () -> currentUser.require().timeZone());
        ImportPreview preview = preview("utc.ics");

        assertThat(preview.start().toInstant()).isEqualTo(java.time.Instant.parse("2030-03-01T08:00:00Z"));
        assertThat(preview.start().getZone()).isEqualTo(plannersZone);
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void an_all_day_event_runs_midnight_to_midnight_and_says_so() {
        ZoneId plannersZone = users.as("planner", () -> currentUser.require().timeZone());
        ImportPreview preview = preview("all-day.ics");

        assertThat(preview.allDay()).isTrue();
        assertThat(preview.start()).isEqualTo(LocalDateTime.of(2030, 5, 5, 0, 0).atZone(plannersZone));
        assertThat(preview.end()).isEqualTo(LocalDateTime.of(2030, 5, 6, 0, 0).atZone(plannersZone));
        assertThat(preview.warnings()).anyMatch(w -> w.contains("all-day"));
    }

    @Test
    void floating_times_are_read_in_the_planners_zone_with_a_warning_and_a_duration_gives_the_end() {
        ZoneId plannersZone = users.as("planner", () -> currentUser.require().timeZone());
        ImportPreview preview = preview("floating.ics");

        assertThat(preview.start())
                .isEqualTo(LocalDateTime.of(2030, 3, 3, 10, 0).atZone(plannersZone));
        assertThat(preview.end()).isEqualTo(LocalDateTime.of(2030, 3, 3, 12, 0).atZone(plannersZone));
        assertThat(preview.warnings()).anyMatch(w -> w.contains("no time zone"));
    }

    @Test
    void folded_cyrillic_text_is_unfolded_and_unescaped() {
        ImportPreview preview = preview("cyrillic-folded.ics");

        assertThat(preview.title())
                .isEqualTo("Консультации по вопросам стратегической стабильности и контроля над вооружениями");
        assertThat(preview.description())
                .isEqualTo("Повестка дня:\n1. Обмен мнениями\n2. Следующие шаги, сроки; ответственные");
        assertThat(preview.location()).isEqualTo("Особняк МИД, Спиридоновка, 17, Москва");
        assertThat(preview.organiser().name()).isEqualTo("Пётр Смирнов");
        assertThat(preview.start()).isEqualTo(ZonedDateTime.of(2030, 11, 12, 11, 0, 0, 0, ZoneId.of("Europe/Moscow")));
    }

    // --- bad files --------------------------------------------------------------------------------------------

    private void refused(byte[] file, String... messageParts) {
        long before = meetingCount();
        assertThatThrownBy(() -> users.as("planner", () -> imports.preview(file)))
                .isInstanceOf(RuleViolationException.class)
                .message()
                .contains(messageParts);
        assertThatThrownBy(() ->
                        users.as("planner", () -> imports.createDraft(file, MeetingKind.MINISTERIAL_MEETING, true)))
                .isInstanceOf(RuleViolationException.class)
                .message()
                .contains(messageParts);
        assertThat(meetingCount()).isEqualTo(before);
    }

    private void refused(String name, String... messageParts) {
        refused(file(name), messageParts);
    }

    @Test
    void an_empty_file_is_refused() {
        refused("empty.ics", "The file is empty");
    }

    @Test
    void a_pdf_is_not_an_invitation() {
        refused("pdf.ics", "not an iCalendar (.ics) invitation", "PDF");
    }

    @Test
    void a_web_page_is_not_an_invitation() {
        refused("html.ics", "not an iCalendar (.ics) invitation", "web page");
    }

    @Test
    void a_truncated_file_is_refused_as_not_valid() {
        refused("truncated.ics", "not valid iCalendar");
    }

    @Test
    void a_garbled_line_is_refused_with_its_line_number() {
        refused("garbled.ics", "not valid iCalendar", "line 7");
    }

    @Test
    void a_file_with_two_events_is_refused() {
        refused("two-events.ics", "holds 2 events", "one invitation at a time");
    }

    @Test
    void a_repeating_meeting_with_a_changed_occurrence_is_refused() {
        refused("recurring-with-override.ics", "repeating meeting with 1 changed occurrence");
    }

    @Test
    void a_file_without_an_event_is_refused() {
        refused("no-event.ics", "holds no event");
    }

    @Test
    void an_event_without_a_start_is_refused() {
        refused("no-dtstart.ics", "no start time (DTSTART)");
    }

    @Test
    void an_event_that_ends_before_it_starts_is_refused() {
        refused("end-before-start.ics", "ends (1 Mar 2030 09:00) before it starts (1 Mar 2030 10:00)");
    }

    /** A one-event invitation with the given DTSTART and DTEND lines (and time zone lines, if any). */
    private static byte[] invitation(String start, String end, String... more) {
        String lines = String.join(
                "\r\n",
                List.of(
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Test//Edges//EN",
                        "METHOD:REQUEST",
                        "BEGIN:VEVENT",
                        "UID:edge-" + start.hashCode() + "@test.example",
                        "DTSTAMP:20300101T000000Z",
                        start,
                        end,
                        "SUMMARY:Edge of the calendar"));
        String extra = more.length == 0 ? "" : String.join("\r\n", more) + "\r\n";
        return (lines + "\r\n" + extra + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_date_or_time_that_does_not_exist_is_refused_instead_of_moved_to_another_day() {
        var impossible = List.of(
                "DTSTART:20270230T100000Z",
                "DTSTART:20270431T100000Z",
                "DTSTART:20270229T100000Z",
                "DTSTART:20271301T100000Z",
                "DTSTART:20270001T100000Z",
                "DTSTART:20270100T100000Z",
                "DTSTART:20270110T240000Z",
                "DTSTART:20270110T106000Z",
                "DTSTART;TZID=Europe/Berlin:20270230T100000",
                "DTSTART;VALUE=DATE:20270230");
        for (String start : impossible) {
            refused(invitation(start, "DURATION:PT1H"), "is not a date and time that exists");
        }
        refused(
                invitation("DTSTART:20270210T100000Z", "DTEND:20270230T110000Z"),
                "The end time",
                "is not a date and time that exists");
    }

    @Test
    void a_leap_day_is_real() {
        ImportPreview leapDay = users.as(
                "planner",
                () -> imports.preview(invitation("DTSTART;TZID=Europe/Berlin:20280229T100000", "DURATION:PT1H")));

        assertThat(leapDay.start()).isEqualTo(ZonedDateTime.of(2028, 2, 29, 10, 0, 0, 0, BERLIN));
    }

    @Test
    void a_date_outside_the_calendar_years_is_refused() {
        for (String start : List.of(
                "DTSTART:00000101T100000Z",
                "DTSTART:18991231T100000Z",
                "DTSTART:30000101T100000Z",
                "DTSTART:99991231T100000Z",
                "DTSTART;TZID=Europe/Berlin:18500101T100000")) {
            refused(invitation(start, "DURATION:PT1H"), "outside the years 1900 to 2999");
        }
        refused(invitation("DTSTART:29991231T230000Z", "DTEND:30000101T010000Z"), "outside the years 1900 to 2999");
    }

    @Test
    void zones_that_are_not_regions_are_read_as_a_region_with_the_same_clock_or_as_utc() {
        byte[] fixedOffset =
                invitation("DTSTART;TZID=Etc/GMT-3:20300310T100000", "DTEND;TZID=Etc/GMT-3:20300310T110000");
        byte[] utc = invitation("DTSTART;TZID=UTC:20300310T100000", "DTEND;TZID=UTC:20300310T110000");
        byte[] unknown = invitation("DTSTART;TZID=Mars Standard Time:20300310T100000", "DURATION:PT1H");

        ZonedDateTime atFixedOffset =
                users.as("planner", () -> imports.preview(fixedOffset)).start();
        assertThat(atFixedOffset.getZone().getId()).contains("/").doesNotStartWith("Etc/");
        assertThat(atFixedOffset.getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(atFixedOffset.toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 3, 10, 10, 0));
        assertThat(users.as("planner", () -> imports.preview(utc)).start().getZone())
                .isEqualTo(TimeZones.UTC);
        assertThat(users.as("planner", () -> imports.preview(unknown)).start().getZone())
                .isEqualTo(TimeZones.UTC);
        for (byte[] file : List.of(fixedOffset, utc, unknown)) {
            var draft = users.as("planner", () -> imports.draft(file, MeetingKind.PHONE_CALL));
            assertThat(TimeZones.isAccepted(draft.data().timeZone())).isTrue();
            assertThat(draft.problems()).noneMatch(problem -> problem.contains("time zone"));
        }
    }

    @Test
    void a_cancellation_is_not_an_invitation() {
        refused("cancel.ics", "cancels a meeting");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() {
        long limit = users.as("planner", () -> imports.maxFileBytes());
        assertThat(limit).isEqualTo(1024 * 1024);
        String head = new String(file("utc.ics"), StandardCharsets.UTF_8);
        byte[] large = head.replace("SUMMARY:Call in UTC", "SUMMARY:" + "x".repeat((int) limit))
                .getBytes(StandardCharsets.UTF_8);

        refused(large, "too large", "up to 1 MB");
    }

    // --- drafts -----------------------------------------------------------------------------------------------

    @Test
    void an_outlook_invitation_becomes_a_draft_at_the_matched_venue_with_one_delegation_per_country() {
        long before = meetingCount();
        MeetingDetails draft = users.as(
                "planner",
                () -> imports.createDraft(file("outlook-windows-tzid.ics"), MeetingKind.MINISTERIAL_MEETING, true));

        assertThat(meetingCount()).isEqualTo(before + 1);
        assertThat(draft.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Consultations on culture");
        assertThat(draft.kind()).isEqualTo(MeetingKind.MINISTERIAL_MEETING);
        assertThat(draft.timeZone()).isEqualTo(BERLIN);
        assertThat(draft.start())
                .isEqualTo(ZonedDateTime.of(2030, 6, 10, 10, 0, 0, 0, BERLIN).toInstant());
        assertThat(draft.end())
                .isEqualTo(ZonedDateTime.of(2030, 6, 10, 11, 30, 0, 0, BERLIN).toInstant());
        assertThat(draft.venue().id()).isEqualTo(foreignOffice.id());
        assertThat(draft.delegations())
                .extracting(DelegationDetails::country)
                .containsExactly(new CountryCode("DE"), new CountryCode("RU"));
        assertThat(draft.objectives())
                .contains("Consultations on the cultural agreement.")
                .contains("Imported from an invitation by Anna Schmidt <anna.schmidt@partner-ministry.example>");
    }

    @Test
    void a_draft_that_would_lack_a_venue_or_a_second_delegation_is_not_saved_and_says_what_is_missing() {
        long before = meetingCount();
        ImportDraft draft =
                users.as("planner", () -> imports.draft(file("cyrillic-folded.ics"), MeetingKind.MINISTERIAL_MEETING));

        assertThat(draft.canBeSaved()).isFalse();
        assertThat(draft.problems())
                .anyMatch(
                        p -> p.startsWith("Choose a venue for a meeting held in person") && p.contains("Особняк МИД"));
        assertThat(draft.problems()).anyMatch(p -> p.startsWith("A meeting has at least two delegations"));
        assertThat(draft.data().title()).startsWith("Консультации");
        assertThat(draft.data().objectives()).contains("Location in the invitation: Особняк МИД");
        assertThatThrownBy(() -> users.as(
                        "planner",
                        () -> imports.createDraft(file("cyrillic-folded.ics"), MeetingKind.MINISTERIAL_MEETING, true)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("two delegations");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void a_call_in_moscow_time_becomes_a_phone_call_draft_in_moscow_time() {
        MeetingDetails draft = users.as(
                "planner", () -> imports.createDraft(file("outlook-russian-time.ics"), MeetingKind.PHONE_CALL, true));

        assertThat(draft.format()).isEqualTo(MeetingFormat.PHONE);
        assertThat(draft.timeZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(draft.start()).isEqualTo(java.time.Instant.parse("2030-07-15T12:00:00Z"));
        assertThat(draft.venue()).isNull();
    }

    // --- who may import ---------------------------------------------------------------------------------------

    @Test
    void viewers_and_approvers_may_not_import() {
        long before = meetingCount();
        for (String who : new String[] {"viewer", "approver"}) {
            assertThatThrownBy(() -> users.as(who, () -> imports.preview(file("outlook-windows-tzid.ics"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(
                            who,
                            () -> imports.createDraft(
                                    file("outlook-windows-tzid.ics"), MeetingKind.MINISTERIAL_MEETING, true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(meetingCount()).isEqualTo(before);
    }

    // --- iCal4j's zone id pool --------------------------------------------------------------------------------

    @Test
    void two_thousand_imports_with_vtimezones_do_not_use_up_ical4j_zone_ids() {
        InvitationReader reader = new InvitationReader(1024 * 1024);
        byte[] outlook = file("outlook-windows-tzid.ics");
        byte[] custom = file("outlook-custom-zone.ics");
        for (int i = 0; i < 2000; i++) {
            // every tenth a zone matched by its clock, which takes longer (about 12 ms against 0.4)
            assertThat(reader.read(i % 10 == 0 ? custom : outlook, ZoneOffset.UTC)
                            .start()
                            .getHour())
                    .isIn(9, 10);
        }
    }
}
