package org.parley.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A time when everyone asked for is free.
 *
 * @param peopleOutsideHours how many of them it would catch outside their working hours; proposals are ranked by it
 * @param people each person's local time, in the order of the request
 */
public record SlotProposal(Instant start, Instant end, int peopleOutsideHours, List<LocalTimeOfPerson> people) {

    public SlotProposal {
        people = List.copyOf(people);
    }
}
