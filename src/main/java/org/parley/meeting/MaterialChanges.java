package org.parley.meeting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;

/**
 * Which changes undo an approval: start, end, venue or room, classification, heads of delegation, or a delegation
 * taken away. Agenda text, objectives and other details do not. The service asks the planner to confirm them
 * ({@link ReapprovalNeedsConfirmationException}) and then sends the meeting back for approval.
 */
final class MaterialChanges {

    private MaterialChanges() {}

    static List<String> between(MeetingDetails before, MeetingData after) {
        List<String> changed = new ArrayList<>();
        ZoneId zone = after.timeZone();
        if (after.start() != null && !after.start().atZone(zone).toInstant().equals(before.start())) {
            changed.add("start");
        }
        if (after.end() != null && !after.end().atZone(zone).toInstant().equals(before.end())) {
            changed.add("end");
        }
        if (!Objects.equals(before.venue() == null ? null : before.venue().id(), after.venue())) {
            changed.add("venue");
        }
        if (!Objects.equals(before.venue() == null ? null : before.venue().room(), after.room())) {
            changed.add("room");
        }
        if (before.classification() != after.classification()) {
            changed.add("classification");
        }
        Map<CountryCode, PersonId> headsBefore = before.delegations().stream()
                .filter(d -> d.head().isPresent())
                .collect(Collectors.toMap(
                        DelegationDetails::country, d -> d.head().orElseThrow().person(), (a, b) -> a));
        Map<CountryCode, PersonId> headsAfter = after.delegations().stream()
                .flatMap(d -> d.members().stream()
                        .filter(m -> m.role() == MemberRole.HEAD)
                        .map(m -> Map.entry(d.country(), m.person())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Set<CountryCode> countriesAfter =
                after.delegations().stream().map(DelegationData::country).collect(Collectors.toSet());
        if (!countriesAfter.containsAll(headsBefore.keySet())
                || before.delegations().size() > after.delegations().size()) {
            changed.add("delegations");
        }
        boolean headChanged = headsBefore.entrySet().stream()
                .anyMatch(e -> headsAfter.containsKey(e.getKey())
                        && !headsAfter.get(e.getKey()).equals(e.getValue()));
        if (headChanged) {
            changed.add("heads of delegation");
        }
        return changed;
    }
}
