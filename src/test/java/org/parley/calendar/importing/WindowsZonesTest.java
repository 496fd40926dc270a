package org.parley.calendar.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.Test;

class WindowsZonesTest {

    @Test
    void every_zone_of_the_table_is_one_the_jdk_knows() {
        for (String zone : WindowsZones.commonZones()) {
            assertThat(ZoneId.getAvailableZoneIds()).as(zone).contains(zone.equals("UTC") ? "UTC" : zone);
        }
    }

    @Test
    void outlooks_names_map_regardless_of_case() {
        assertThat(WindowsZones.ianaFor("W. Europe Standard Time")).contains("Europe/Berlin");
        assertThat(WindowsZones.ianaFor("russian standard time")).contains("Europe/Moscow");
        assertThat(WindowsZones.ianaFor("Arab Standard Time ")).contains("Asia/Riyadh");
        assertThat(WindowsZones.ianaFor("Atlantis Standard Time")).isEmpty();
    }

    @Test
    void iana_names_are_found_also_behind_a_prefix() {
        assertThat(InvitationReader.iana("/mozilla.org/20050126_1/Europe/Berlin"))
                .contains(ZoneId.of("Europe/Berlin"));
        assertThat(InvitationReader.iana("America/Argentina/Buenos_Aires"))
                .contains(ZoneId.of("America/Argentina/Buenos_Aires"));
        assertThat(InvitationReader.iana("W. Europe Standard Time")).isEmpty();
    }

    @Test
    void reading_an_invitation_leaves_ical4js_jvm_wide_hints_strict() {
        new InvitationReader(1024 * 1024).read(IcsImportServiceTest.file("outlook-windows-tzid.ics"), ZoneId.of("UTC"));

        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING))
                .isFalse();
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING))
                .isFalse();
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION))
                .isFalse();
    }
}
