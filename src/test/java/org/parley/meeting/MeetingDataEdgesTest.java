package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.directory.PersonId;
import org.parley.shared.CalendarYears;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.TimeZones;

/** A meeting as the editor, the API and the import hand it to the service, at the edges of what is valid. */
class MeetingDataEdgesTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static MeetingData call(String title, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new MeetingData(
                title,
                MeetingKind.PHONE_CALL,
                Tier.MINISTERIAL,
                MeetingFormat.PHONE,
                start,
                end,
                zone,
                null,
                null,
                null,
                null,
                Classification.UNCLASSIFIED,
                "Objectives\nover two lines",
                null,
                null,
                List.of(
                        new DelegationData(
                                new CountryCode("RU"),
                                null,
                                true,
                                List.of(new MemberData(new PersonId(1), MemberRole.HEAD))),
                        new DelegationData(
                                new CountryCode("US"),
                                null,
                                false,
                                List.of(new MemberData(new PersonId(2), MemberRole.HEAD)))),
                List.of());
    }

    private static Map<String, String> problems(MeetingData data) {
        return VALIDATOR.validate(data).stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void a_sound_call_has_no_problems() {
        LocalDateTime start = LocalDateTime.of(2027, 2, 14, 10, 0);

        assertThat(problems(call("Ministers' call", start, start.plusHours(1), MOSCOW)))
                .isEmpty();
        assertThat(problems(call("Ministers' call", start, start.plusHours(1), TimeZones.UTC)))
                .isEmpty();
    }

    @Test
    void a_start_outside_the_calendar_years_is_refused_on_the_start_field_without_failing_other_rules() {
        var starts = List.of(
                LocalDateTime.of(0, 1, 1, 10, 0),
                LocalDateTime.of(1899, 12, 31, 23, 0),
                LocalDateTime.of(3000, 1, 1, 10, 0),
                LocalDateTime.of(99999, 5, 10, 10, 0),
                LocalDateTime.parse("+999999999-12-31T23:59"),
                LocalDateTime.parse("-999999999-01-01T00:00"));

        for (LocalDateTime start : starts) {
            LocalDateTime end = start.getYear() > 0 ? start.minusHours(1) : start.plusHours(1); // either side
            Map<String, String> problems = problems(call("Ministers' call", start, end, MOSCOW));

            assertThat(problems).as(start.toString()).containsEntry("start", CalendarYears.MESSAGE);
        }
    }

    @Test
    void an_end_outside_the_calendar_years_is_refused_on_the_end_field() {
        LocalDateTime start = LocalDateTime.of(2999, 12, 31, 23, 0);

        assertThat(problems(call("Ministers' call", start, start.plusHours(2), MOSCOW)))
                .containsEntry("end", CalendarYears.MESSAGE)
                .doesNotContainKey("start");
    }

    @Test
    void a_zone_that_is_no_region_is_refused_on_the_zone_field() {
        LocalDateTime start = LocalDateTime.of(2027, 2, 14, 10, 0);

        for (String zone : List.of("GMT+14", "+05:30", "SystemV/AST4", "Etc/GMT-3", "Z", "EST5EDT")) {
            assertThat(problems(call("Ministers' call", start, start.plusHours(1), ZoneId.of(zone))))
                    .as(zone)
                    .containsEntry("timeZone", TimeZones.MESSAGE)
                    .hasSize(1);
        }
    }

    @Test
    void a_title_with_control_characters_or_a_direction_override_is_refused_on_the_title() {
        LocalDateTime start = LocalDateTime.of(2027, 2, 14, 10, 0);

        for (String title : List.of("Call\u0000", "Two\nlines", "\u202Ellac s'retsiniM", "Bell\u0007")) {
            assertThat(problems(call(title, start, start.plusHours(1), MOSCOW)))
                    .as(title)
                    .containsOnlyKeys("title");
        }
    }
}
