package org.parley.calendar.importing;

import java.util.List;
import org.parley.meeting.MeetingData;

/**
 * The meeting an invitation would become, and what stops it from being saved as it is (empty when it can be).
 * With problems, the planner completes it in the editor instead.
 */
public record ImportDraft(MeetingData data, List<String> problems) {

    public ImportDraft {
        problems = List.copyOf(problems);
    }

    public boolean canBeSaved() {
        return problems.isEmpty();
    }
}
