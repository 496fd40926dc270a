package org.parley.calendar.importing;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.Venue;
import org.parley.meeting.MeetingKind;

/**
 * What Parley found in an uploaded invitation, before anything is saved.
 *
 * @param title the invitation's SUMMARY, or empty if it has none
 * @param start the start in the zone Parley chose (the file's, mapped to an IANA zone where it used a Windows name)
 * @param location the invitation's LOCATION as written
 * @param venue the directory's venue of that name, if any
 * @param warnings what Parley guessed or left out, for the planner to check
 * @param suggestedKind the kind the draft gets unless the planner chooses another
 */
public record ImportPreview(
        String title,
        ZonedDateTime start,
        ZonedDateTime end,
        boolean allDay,
        String location,
        @Nullable Venue venue,
        @Nullable ImportedPerson organiser,
        List<ImportedPerson> attendees,
        String description,
        List<String> warnings,
        MeetingKind suggestedKind) {

    public ImportPreview {
        attendees = List.copyOf(attendees);
        warnings = List.copyOf(warnings);
    }

    /** Everyone named, organiser first, each once. */
    public List<ImportedPerson> everyone() {
        var all = new java.util.ArrayList<ImportedPerson>();
        if (organiser != null) {
            all.add(organiser);
        }
        attendees.stream()
                .filter(a ->
                        organiser == null || a.email() == null || !a.email().equalsIgnoreCase(organiser.email()))
                .forEach(all::add);
        return all;
    }
}
