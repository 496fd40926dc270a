package org.parley.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parley.directory.Person;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/**
 * The scheduling assistant's arithmetic, apart from the database: which starts to try, who is busy at each, and how
 * the free ones rank. Busy times and proposals are instants throughout, so a daylight-saving change or a half-hour
 * zone needs no special case beyond deciding which local starts on the venue's clock exist.
 */
final class SlotSearch {

    private static final int PEOPLE_NAMED_WHEN_BUSY = 5;

    private SlotSearch() {}

    record Candidate(Instant start, Instant end) {}

    /** The starts worth trying, and how many times on the venue's clock were left out and why. */
    record Candidates(List<Candidate> list, int inClockChange, int past) {

        Instant firstStart() {
            return list.stream()
                    .map(Candidate::start)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
        }

        Instant lastEnd() {
            return list.stream()
                    .map(Candidate::end)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    /**
     * Every {@code step} from the earliest to the latest start, on each day of the range, on the venue's clock.
     * A local time in a spring-forward gap never happens and is skipped. A local time in an autumn overlap happens
     * twice; only the first (the earlier offset) is tried, because that is the instant the editor, and so
     * {@link MeetingService}, makes of the same wall-clock time: a proposal "Use"d there is saved as proposed.
     * Starts before {@code now} are skipped: nobody can meet in the past.
     */
    static Candidates candidates(SlotRequest request, Instant now) {
        ZoneRules rules = request.venueZone().getRules();
        List<LocalTime> dailyStarts = dailyStarts(request);
        List<Candidate> list = new ArrayList<>();
        int inClockChange = 0;
        int past = 0;
        for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
            for (LocalTime time : dailyStarts) {
                LocalDateTime local = day.atTime(time);
                if (rules.getValidOffsets(local).isEmpty()) {
                    inClockChange++;
                    continue;
                }
                Instant start = local.atZone(request.venueZone()).toInstant();
                if (start.isBefore(now)) {
                    past++;
                    continue;
                }
                list.add(new Candidate(start, start.plus(request.duration())));
            }
        }
        return new Candidates(list, inClockChange, past);
    }

    private static List<LocalTime> dailyStarts(SlotRequest request) {
        // counting seconds of the day instead of adding to a LocalTime, which wraps at midnight and never passes 23:59
        long step = request.step().toSeconds();
        List<LocalTime> times = new ArrayList<>();
        for (long s = request.earliestLocalStart().toSecondOfDay();
                s <= request.latestLocalStart().toSecondOfDay();
                s += step) {
            times.add(LocalTime.ofSecondOfDay(s));
        }
        return times;
    }

    /** The answer when no start is left to try: says whether the clock change or the past took them all. */
    static SlotProposals nothingToTry(SlotRequest request, Candidates candidates) {
        Locale locale = Messages.current();
        String key;
        if (candidates.past() == 0) {
            key = "meeting.slots.noStartExists";
        } else if (candidates.inClockChange() == 0) {
            key = "meeting.slots.allPassed";
        } else {
            key = "meeting.slots.allPassedOrMissing";
        }
        return new SlotProposals(List.of(), Messages.get(locale, key, window(request, locale)));
    }

    /**
     * Drops the starts at which anyone is busy, then ranks the rest by how many people they catch outside their
     * working hours and, among equals, by how early they are.
     *
     * @param people in the order the proposals should list them
     */
    static SlotProposals rank(
            SlotRequest request, List<Person> people, Candidates candidates, List<MeetingQueries.Busy> busy) {
        Map<Long, List<MeetingQueries.Busy>> busyByPerson =
                busy.stream().collect(Collectors.groupingBy(MeetingQueries.Busy::personId));
        List<BusyTimes> busyTimes = people.stream()
                .map(p -> BusyTimes.of(busyByPerson.getOrDefault(p.id().value(), List.of())))
                .toList();
        int[] blocked = new int[people.size()];
        record Free(Candidate candidate, int outside) {}
        List<Free> free = new ArrayList<>();
        for (Candidate candidate : candidates.list()) {
            boolean someoneBusy = false;
            for (int i = 0; i < people.size(); i++) {
                if (busyTimes.get(i).overlaps(candidate.start(), candidate.end())) {
                    blocked[i]++;
                    someoneBusy = true;
                }
            }
            if (!someoneBusy) {
                int outside = (int) people.stream()
                        .filter(p -> !WorkingHours.contain(p, candidate.start(), candidate.end()))
                        .count();
                free.add(new Free(candidate, outside));
            }
        }
        int possible = candidates.list().size();
        if (free.isEmpty()) {
            return new SlotProposals(List.of(), everyoneNeverFree(request, people, blocked, possible));
        }
        free.sort(Comparator.comparingInt(Free::outside)
                .thenComparing(f -> f.candidate().start()));
        List<SlotProposal> proposals = free.stream()
                .limit(request.maxProposals())
                .map(f -> proposal(f.candidate(), f.outside(), people))
                .toList();
        // in the language of whoever asks (the page's, set for each request), English outside a request
        Locale locale = Messages.current();
        String window = window(request, locale);
        String explanation = free.size() > proposals.size()
                ? Messages.get(locale, "meeting.slots.foundBest", free.size(), possible, window, proposals.size())
                : Messages.get(locale, "meeting.slots.found", free.size(), possible, window);
        if (proposals.getFirst().peopleOutsideHours() > 0) {
            explanation += " " + Messages.get(locale, "meeting.slots.noneInside");
        }
        return new SlotProposals(proposals, explanation);
    }

    private static SlotProposal proposal(Candidate candidate, int outside, List<Person> people) {
        return new SlotProposal(
                candidate.start(),
                candidate.end(),
                outside,
                people.stream()
                        .map(p -> new LocalTimeOfPerson(
                                p.id(),
                                p.fullName(),
                                p.homeZone(),
                                LocalDateTime.ofInstant(candidate.start(), p.homeZone()),
                                LocalDateTime.ofInstant(candidate.end(), p.homeZone()),
                                WorkingHours.contain(p, candidate.start(), candidate.end())))
                        .toList());
    }

    /** Names the people who block the most starts; says only "busy", never with what. */
    private static String everyoneNeverFree(SlotRequest request, List<Person> people, int[] blocked, int possible) {
        List<Integer> busiest = IntStream.range(0, people.size())
                .filter(i -> blocked[i] > 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -blocked[i])
                        .thenComparing(i -> people.get(i).fullName()))
                .toList();
        Locale locale = Messages.current();
        List<String> named = new ArrayList<>();
        for (int i : busiest.subList(0, Math.min(PEOPLE_NAMED_WHEN_BUSY, busiest.size()))) {
            String name = people.get(i).fullName();
            named.add(
                    blocked[i] < possible
                            ? Messages.get(locale, "meeting.slots.busyAtSome", name, blocked[i])
                            : possible == 1
                                    ? Messages.get(locale, "meeting.slots.busyAtIt", name)
                                    : Messages.get(locale, "meeting.slots.busyAtAll", name, possible));
        }
        if (busiest.size() > PEOPLE_NAMED_WHEN_BUSY) {
            named.add(Messages.get(locale, "meeting.slots.moreBusy", busiest.size() - PEOPLE_NAMED_WHEN_BUSY));
        }
        return Messages.get(
                locale, "meeting.slots.noneFree", window(request, locale), possible, String.join(", ", named));
    }

    /** "between 09:00 and 17:00 on 2 Mar 2041 (Europe/Berlin)" or "… from 2 Mar 2041 to 4 Mar 2041 (…)". */
    private static String window(SlotRequest request, Locale locale) {
        String earliest = TimeLabels.time(request.earliestLocalStart(), locale);
        String latest = TimeLabels.time(request.latestLocalStart(), locale);
        String zone = request.venueZone().getId();
        return request.from().equals(request.to())
                ? Messages.get(
                        locale,
                        "meeting.slots.windowOneDay",
                        earliest,
                        latest,
                        TimeLabels.day(request.from(), locale),
                        zone)
                : Messages.get(
                        locale,
                        "meeting.slots.windowDays",
                        earliest,
                        latest,
                        TimeLabels.day(request.from(), locale),
                        TimeLabels.day(request.to(), locale),
                        zone);
    }

    /** One person's busy times merged into disjoint intervals in order, so one binary search answers "busy?". */
    private static final class BusyTimes {

        private final Instant[] starts;
        private final Instant[] ends;

        private BusyTimes(Instant[] starts, Instant[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        static BusyTimes of(List<MeetingQueries.Busy> busy) {
            List<MeetingQueries.Busy> sorted = busy.stream()
                    .sorted(Comparator.comparing(MeetingQueries.Busy::start))
                    .toList();
            List<Instant> starts = new ArrayList<>();
            List<Instant> ends = new ArrayList<>();
            for (MeetingQueries.Busy interval : sorted) {
                int last = ends.size() - 1;
                if (last >= 0 && !interval.start().isAfter(ends.get(last))) {
                    if (interval.end().isAfter(ends.get(last))) {
                        ends.set(last, interval.end());
                    }
                } else {
                    starts.add(interval.start());
                    ends.add(interval.end());
                }
            }
            return new BusyTimes(starts.toArray(Instant[]::new), ends.toArray(Instant[]::new));
        }

        /** Whether [start, end) overlaps a busy interval; one meeting ending as the next begins is no clash. */
        boolean overlaps(Instant start, Instant end) {
            // the last interval that starts before the end is the only one that can reach into [start, end)
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle].isBefore(end)) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found >= 0 && ends[found].isAfter(start);
        }
    }
}
