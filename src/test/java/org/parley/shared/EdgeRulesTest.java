package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules at the edges: which dates, zones and texts Parley takes (docs/0016-clean-edges.md). */
class EdgeRulesTest {

    // --- calendar years -------------------------------------------------------------------------------------------

    @Test
    void dates_from_1900_to_2999_are_within_the_calendar_years() {
        assertThat(List.of(
                        LocalDateTime.of(1900, 1, 1, 0, 0),
                        LocalDateTime.of(2027, 2, 14, 10, 0),
                        LocalDateTime.of(2999, 12, 31, 23, 59),
                        CalendarYears.EARLIEST,
                        CalendarYears.LATEST))
                .allMatch(CalendarYears::contain);
        assertThat(CalendarYears.contain(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(CalendarYears.contain((LocalDate) null))
                .as("no date is not a wrong date")
                .isTrue();
    }

    @Test
    void dates_before_1900_after_2999_and_at_the_ends_of_time_are_not() {
        var outside = List.of(
                LocalDateTime.of(1899, 12, 31, 23, 59),
                LocalDateTime.of(3000, 1, 1, 0, 0),
                LocalDateTime.of(0, 1, 1, 10, 0),
                LocalDateTime.of(99999, 5, 10, 10, 0),
                LocalDateTime.MAX,
                LocalDateTime.MIN,
                LocalDateTime.parse("+999999999-12-31T23:59"),
                LocalDateTime.parse("-999999999-01-01T00:00"));

        assertThat(outside).noneMatch(CalendarYears::contain);
    }

    @Test
    void instants_are_judged_by_their_year_in_utc_or_on_a_zone_clock_even_at_the_ends_of_time() {
        assertThat(CalendarYears.contain(Instant.parse("2999-12-31T23:00:00Z"))).isTrue();
        assertThat(CalendarYears.contain(Instant.MAX)).isFalse();
        assertThat(CalendarYears.contain(Instant.MIN)).isFalse();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(CalendarYears.contain(Instant.parse("1899-12-31T23:30:00Z"), berlin))
                .as("1900 in Berlin")
                .isTrue();
        assertThat(CalendarYears.contain(Instant.parse("2999-12-31T23:30:00Z"), berlin))
                .as("3000 in Berlin")
                .isFalse();
        assertThat(CalendarYears.contain(Instant.MAX, berlin)).isFalse();
        assertThat(CalendarYears.contain(Instant.MIN, berlin)).isFalse();
    }

    @Test
    void offset_and_zoned_times_are_judged_by_the_year_they_show() {
        assertThat(CalendarYears.contain(OffsetDateTime.parse("+999999999-12-31T23:59:00+14:00")))
                .isFalse();
        assertThat(CalendarYears.contain(OffsetDateTime.of(LocalDateTime.of(3000, 1, 1, 0, 30), ZoneOffset.ofHours(2))))
                .isFalse();
        assertThat(CalendarYears.contain(
                        OffsetDateTime.of(LocalDateTime.of(2999, 12, 31, 23, 30), ZoneOffset.ofHours(-5))))
                .isTrue();
        assertThat(CalendarYears.contain(LocalDateTime.of(2030, 1, 1, 0, 0).atZone(ZoneId.of("Asia/Tokyo"))))
                .isTrue();
    }

    // --- time zones -----------------------------------------------------------------------------------------------

    @Test
    void region_zones_by_area_and_city_and_utc_are_accepted() {
        assertThat(List.of(
                        "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "Pacific/Kiritimati", "UTC"))
                .allMatch(id -> TimeZones.isAccepted(ZoneId.of(id))
                        && TimeZones.byId(id).isPresent());
    }

    @Test
    void fixed_offsets_their_aliases_and_bare_abbreviations_are_refused() {
        var refused = List.of(
                "+05:30",
                "Z",
                "-14:00",
                "GMT+14",
                "UTC+03:00",
                "UT-5",
                "GMT",
                "UCT",
                "Zulu",
                "Etc/GMT-14",
                "Etc/UTC",
                "Etc/Greenwich",
                "SystemV/AST4",
                "SystemV/EST5EDT",
                "EST",
                "MST7MDT",
                "Japan",
                "PRC",
                "Europe",
                "/Berlin",
                "Europe/");

        for (String id : refused) {
            assertThat(TimeZones.byId(id)).as(id).isEmpty();
            try {
                assertThat(TimeZones.isAccepted(ZoneId.of(id))).as(id).isFalse();
            } catch (java.time.DateTimeException notAZoneAtAll) {
                // "Europe", "/Berlin": not even a zone id; refused all the more
            }
        }
    }

    @Test
    void the_choices_are_utc_first_then_every_accepted_region_once_by_name() {
        List<ZoneId> choices = TimeZones.choices();

        assertThat(choices.getFirst()).isEqualTo(TimeZones.UTC);
        assertThat(choices)
                .allMatch(TimeZones::isAccepted)
                .doesNotHaveDuplicates()
                .contains(ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Riyadh"));
        assertThat(choices.subList(1, choices.size()))
                .allMatch(zone -> zone.getId().contains("/"))
                .isSortedAccordingTo(java.util.Comparator.comparing(ZoneId::getId));
    }

    // --- plain text -----------------------------------------------------------------------------------------------

    @Test
    void text_in_any_script_with_emoji_and_direction_marks_is_plain() {
        var texts = List.of(
                "Strategic dialogue",
                "Стратегический диалог",
                "الحوار الاستراتيجي",
                "रणनीतिक संवाद",
                "東京 🤝 Berlin",
                "Talks\u200F (Riyadh)",
                "\u2067العربية\u2069 and English",
                "");

        assertThat(texts).allMatch(text -> PlainText.Check.isPlain(text, false));
    }

    @Test
    void control_characters_direction_overrides_and_broken_utf16_are_not_plain() {
        var texts = List.of(
                "a\u0000b",
                "a\u0007b",
                "line\nbreak",
                "tab\there",
                "a\u001bb",
                "a\u0085b",
                "a\u009fb",
                "\u202Egnitaem terces",
                "a\u202Db",
                "lone \uD800 high",
                "lone \uDC00 low",
                "end \uD83E",
                "a\uFFFEb",
                "a\uFFFFb",
                " ",
                "\u3000",
                "\u00A0\u2003",
                "\u200B",
                "\u200F",
                "\u2066\u2069");

        assertThat(texts).noneMatch(text -> PlainText.Check.isPlain(text, false));
    }

    @Test
    void line_breaks_and_tabs_are_plain_only_where_text_may_have_lines() {
        assertThat(PlainText.Check.isPlain("First line\r\nSecond\tline", true)).isTrue();
        assertThat(PlainText.Check.isPlain("First line\r\nSecond\tline", false)).isFalse();
        assertThat(PlainText.Check.isPlain("Still\u0000 not", true)).isFalse();
    }
}
