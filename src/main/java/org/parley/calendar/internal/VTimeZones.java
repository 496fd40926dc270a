package org.parley.calendar.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.jspecify.annotations.Nullable;

/**
 * Builds a VTIMEZONE from the JDK's own zone rules, in the subset Outlook understands: one STANDARD and one DAYLIGHT
 * block with a yearly RRULE of a single BYDAY or BYMONTHDAY, or a single STANDARD for a zone that no longer changes
 * its clocks. No RDATE lists, and no lookup of iCal4j's bundled or downloaded definitions, so the file agrees with
 * the times Parley shows. See docs/0006-icalendar.md.
 */
final class VTimeZones {

    /** Where a zone without clock changes starts; any date before every meeting would do. */
    static final LocalDateTime FIXED_OFFSET_START = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** A yearly rule is checked against the JDK's for this many years: the Gregorian calendar repeats every 400. */
    private static final int YEARS_CHECKED = 400;

    private VTimeZones() {}

    /** The VTIMEZONE for {@code zone} that is right for every instant from {@code from} to {@code to}. */
    static VTimeZone of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        @Nullable ZoneOffsetTransition last = history.isEmpty() ? null : history.getLast();
        // after the last listed transition, the JDK computes offsets from its transition rules alone
        boolean ruled = last == null || !from.isBefore(last.getInstant());
        List<Observance> observances;
        if (ruled && rules.getTransitionRules().isEmpty()) {
            observances = List.of(fixed(rules.getOffset(from)));
        } else if (ruled) {
            observances = yearly(rules.getTransitionRules(), last).orElseGet(() -> onsets(rules, from, to));
        } else {
            observances = onsets(rules, from, to);
        }
        var timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        observances.forEach(timeZone::add);
        return timeZone;
    }

    /** One STANDARD block: the same offset since long before any meeting (Asia/Kolkata, Europe/Moscow since 2014). */
    private static Observance fixed(ZoneOffset offset) {
        return observance(new Standard(), FIXED_OFFSET_START, offset, offset, null);
    }

    /**
     * A STANDARD and a DAYLIGHT block, each repeating yearly from the JDK's transition rule, when both rules can be
     * said as a single BYDAY ("last Sunday", "second Sunday") or BYMONTHDAY. Each block starts at its rule's last
     * transition no later than the JDK's last listed one, so that the two together cover every later instant.
     */
    private static Optional<List<Observance>> yearly(
            List<ZoneOffsetTransitionRule> transitionRules, @Nullable ZoneOffsetTransition last) {
        if (transitionRules.size() != 2) {
            return Optional.empty();
        }
        ZoneOffsetTransitionRule standard = null;
        ZoneOffsetTransitionRule daylight = null;
        for (ZoneOffsetTransitionRule rule : transitionRules) {
            if (rule.getOffsetAfter().equals(rule.getStandardOffset())) {
                standard = rule;
            } else {
                daylight = rule;
            }
        }
        if (standard == null || daylight == null) {
            return Optional.empty();
        }
        Optional<Observance> standardBlock = yearly(new Standard(), standard, last);
        Optional<Observance> daylightBlock = yearly(new Daylight(), daylight, last);
        if (standardBlock.isEmpty() || daylightBlock.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(standardBlock.get(), daylightBlock.get()));
    }

    private static Optional<Observance> yearly(
            Observance block, ZoneOffsetTransitionRule rule, @Nullable ZoneOffsetTransition last) {
        int year = last == null
                ? FIXED_OFFSET_START.getYear()
                : last.getDateTimeAfter().getYear();
        if (last != null) {
            while (rule.createTransition(year).getInstant().isAfter(last.getInstant())) {
                year--;
            }
        }
        int firstYear = year;
        LocalDateTime first = rule.createTransition(firstYear).getDateTimeBefore();
        return recurrence(rule, first, firstYear)
                .map(rrule -> observance(block, first, rule.getOffsetBefore(), rule.getOffsetAfter(), rrule));
    }

    /**
     * The yearly RRULE that gives the same local onset as the JDK's rule in every year checked, or none. The JDK keeps
     * "last Sunday of March" as "Sunday on or after 25 March", and some zones use rules such as "Friday on or after
     * 23 March" that no single BYDAY says, so candidates are tried rather than translated.
     */
    private static Optional<String> recurrence(ZoneOffsetTransitionRule rule, LocalDateTime first, int firstYear) {
        Month month = first.getMonth();
        int day = first.getDayOfMonth();
        DayOfWeek weekday = first.getDayOfWeek();
        String byMonth = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";";
        List<Candidate> candidates = new ArrayList<>();
        if (rule.getDayOfWeek() == null) {
            candidates.add(new Candidate(byMonth + "BYMONTHDAY=" + day, y -> LocalDate.of(y, month, day)));
        } else {
            String byDay = weekday.name().substring(0, 2);
            int ordinal = (day - 1) / 7 + 1;
            if (ordinal <= 4) {
                candidates.add(new Candidate(
                        byMonth + "BYDAY=" + ordinal + byDay,
                        y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday))));
            }
            candidates.add(new Candidate(
                    byMonth + "BYDAY=-1" + byDay,
                    y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.lastInMonth(weekday))));
        }
        return candidates.stream()
                .filter(candidate -> agreesWithRule(candidate, rule, first, firstYear))
                .map(Candidate::rrule)
                .findFirst();
    }

    private record Candidate(String rrule, Function<Integer, LocalDate> dateIn) {}

    private static boolean agreesWithRule(
            Candidate candidate, ZoneOffsetTransitionRule rule, LocalDateTime first, int firstYear) {
        for (int year = firstYear; year < firstYear + YEARS_CHECKED; year++) {
            LocalDateTime expected = rule.createTransition(year).getDateTimeBefore();
            if (!candidate.dateIn().apply(year).atTime(first.toLocalTime()).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a meeting the yearly rules do not reach (before the JDK's last listed transition, as for a past meeting in
     * a zone whose rules changed since, or in a zone with rules no single BYDAY says): one block per actual clock
     * change, without RRULE or RDATE. The change in force at the start and the one before it, so both kinds of block
     * appear, and every change until the end.
     */
    private static List<Observance> onsets(ZoneRules rules, Instant from, Instant to) {
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusNanos(1));
        if (inForce != null) {
            ZoneOffsetTransition before = rules.previousTransition(inForce.getInstant());
            if (before != null) {
                changes.add(before);
            }
            changes.add(inForce);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from);
                next != null && !next.getInstant().isAfter(to);
                next = rules.nextTransition(next.getInstant())) {
            changes.add(next);
        }
        if (changes.isEmpty()) {
            return List.of(fixed(rules.getOffset(from)));
        }
        return changes.stream()
                .map(change -> observance(
                        rules.isDaylightSavings(change.getInstant()) ? new Daylight() : new Standard(),
                        change.getDateTimeBefore(),
                        change.getOffsetBefore(),
                        change.getOffsetAfter(),
                        null))
                .toList();
    }

    private static Observance observance(
            Observance block, LocalDateTime onset, ZoneOffset from, ZoneOffset to, @Nullable String rrule) {
        // an observance's DTSTART is local time in the offset before the change, without TZID (RFC 5545 §3.6.5)
        block.add(new DtStart<>(onset));
        block.add(new TzOffsetFrom(from));
        block.add(new TzOffsetTo(to));
        if (rrule != null) {
            block.add(new RRule<>(rrule));
        }
        return block;
    }
}
