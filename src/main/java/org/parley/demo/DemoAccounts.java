package org.parley.demo;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonId;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.MemberDetails;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes every demo user a person of the scenario who takes part in an approved upcoming meeting the user may see, so
 * that "my meetings" and answering an invitation show something at once (docs/0025). The officials of the Riyadh
 * talks and the Munich sideline come first; a user whose clearance hides those gets a member of our delegation in
 * an approved generated meeting.
 */
final class DemoAccounts {

    private static final Map<String, String> SCENARIO_PEOPLE = new LinkedHashMap<>();

    static {
        SCENARIO_PEOPLE.put("senior", "ru-minister");
        SCENARIO_PEOPLE.put("approver", "ru-aide");
        SCENARIO_PEOPLE.put("approver2", "ru-envoy");
        SCENARIO_PEOPLE.put("planner", "ru-director");
        SCENARIO_PEOPLE.put("admin", "ru-interpreter");
    }

    private final UserService users;
    private final PeopleService people;
    private final MeetingService meetings;
    private final UserDetailsService userDetails;
    private final Clock clock;

    DemoAccounts(
            UserService users,
            PeopleService people,
            MeetingService meetings,
            UserDetailsService userDetails,
            Clock clock) {
        this.users = users;
        this.people = people;
        this.meetings = meetings;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    void run(DemoDirectory directory) {
        // the scenario's people are spoken for first, so that no generated pick takes one of them from its user
        Set<PersonId> taken = new HashSet<>();
        SCENARIO_PEOPLE.values().forEach(key -> taken.add(directory.person(key).id()));
        for (var user : DemoUsers.ALL) {
            String key = SCENARIO_PEOPLE.get(user.username());
            Optional<PersonId> person = key != null
                    ? Optional.of(directory.person(key).id())
                    : SystemTask.runAs(
                            userDetails.loadUserByUsername(user.username()), () -> memberOfAnApprovedMeeting(taken));
            person.ifPresent(id -> {
                taken.add(id);
                SystemTask.runAsSystem(
                        () -> people.linkAccount(id, accountOf(user.username()).id()));
            });
        }
    }

    /** The first member of our delegation, not yet anybody's, in an upcoming approved meeting the caller sees. */
    private Optional<PersonId> memberOfAnApprovedMeeting(Set<PersonId> taken) {
        var upcoming = new MeetingFilter(null, null, null, MeetingStatus.APPROVED, clock.instant(), null, null, null);
        for (MeetingSummary meeting : meetings.find(upcoming, PageRequest.of(0, 50, Sort.by("start")))) {
            Optional<PersonId> free = meetings.get(meeting.id()).delegations().stream()
                    .filter(DelegationDetails::ours)
                    .flatMap(d -> d.members().stream())
                    .map(MemberDetails::person)
                    .filter(p -> !taken.contains(p))
                    .findFirst();
            if (free.isPresent()) {
                return free;
            }
        }
        return Optional.empty();
    }

    private UserSummary accountOf(String username) {
        return users.list(username, PageRequest.of(0, 10)).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
