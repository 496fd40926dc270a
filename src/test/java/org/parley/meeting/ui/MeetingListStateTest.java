package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.CountryCode;

class MeetingListStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_list_as_it_opens_has_an_empty_address() {
        assertThat(MeetingListState.opening(TODAY, BERLIN).write(TODAY, BERLIN)).isEmpty();
        assertThat(MeetingListState.read(Map.of(), TODAY, BERLIN)).isEqualTo(MeetingListState.opening(TODAY, BERLIN));
    }

    @Test
    void filters_and_order_go_into_the_address_and_come_back_out_of_it() {
        var state = new MeetingListState(
                "riyadh talks",
                MeetingKind.SUMMIT,
                null,
                MeetingStatus.APPROVED,
                null,
                new CountryCode("SA"),
                null,
                LocalDate.of(2027, 1, 31),
                ZoneId.of("Asia/Riyadh"),
                "title",
                false,
                40);

        Map<String, String> address = state.write(TODAY, BERLIN);

        assertThat(address)
                .containsExactly(
                        Map.entry("text", "riyadh talks"),
                        Map.entry("kind", "SUMMIT"),
                        Map.entry("status", "APPROVED"),
                        Map.entry("country", "SA"),
                        Map.entry("from", ""),
                        Map.entry("to", "2027-01-31"),
                        Map.entry("zone", "Asia/Riyadh"),
                        Map.entry("sort", "-title"),
                        Map.entry("row", "40"));
        assertThat(MeetingListState.read(listed(address), TODAY, BERLIN)).isEqualTo(state);
    }

    @Test
    void what_makes_no_sense_in_an_address_is_ignored() {
        MeetingListState read = MeetingListState.read(
                Map.of(
                        "kind",
                        List.of("PICNIC"),
                        "from",
                        List.of("yesterday"),
                        "to",
                        List.of("2027-02-30"),
                        "zone",
                        List.of("Mars/Olympus"),
                        "country",
                        List.of("XX"),
                        "sort",
                        List.of("-password"),
                        "row",
                        List.of("-3")),
                TODAY,
                BERLIN);

        assertThat(read).isEqualTo(MeetingListState.opening(TODAY, BERLIN));
    }

    @Test
    void a_row_that_is_not_a_number_starts_the_list_at_its_top() {
        assertThat(MeetingListState.read(Map.of("row", List.of("forty")), TODAY, BERLIN)
                        .row())
                .isZero();
        assertThat(MeetingListState.read(Map.of("row", List.of(" 12 ")), TODAY, BERLIN)
                        .row())
                .isEqualTo(12);
    }

    private static Map<String, List<String>> listed(Map<String, String> address) {
        var lists = new java.util.LinkedHashMap<String, List<String>>();
        address.forEach((name, value) -> lists.put(name, List.of(value)));
        return lists;
    }
}
