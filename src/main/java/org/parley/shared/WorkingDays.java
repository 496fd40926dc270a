package org.parley.shared;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a set of working days the way people say them: "Mon–Fri", "Sun–Thu", "Mon, Wed, Fri", "every day". */
public final class WorkingDays {

    private static final Locale LOCALE = Locale.ENGLISH;

    private WorkingDays() {}

    public static String label(Set<DayOfWeek> days) {
        return label(days, LOCALE);
    }

    /** The days in the reader's language: "пн–пт", "every day" as "ежедневно"… */
    public static String label(Set<DayOfWeek> days, Locale locale) {
        if (days.size() == 7) {
            return Messages.get(locale, "shared.workingDays.every");
        }
        if (days.isEmpty()) {
            return Messages.get(locale, "shared.workingDays.none");
        }
        // a run may wrap around the week (Sun–Thu): it starts on the day whose previous day is not worked
        DayOfWeek first = Stream.of(DayOfWeek.values())
                .filter(d -> days.contains(d) && !days.contains(d.minus(1)))
                .findFirst()
                .orElseThrow();
        boolean oneRun = Stream.of(DayOfWeek.values())
                        .filter(d -> days.contains(d) && !days.contains(d.minus(1)))
                        .count()
                == 1;
        if (oneRun && days.size() >= 3) {
            return name(first, locale) + "\u2013" + name(first.plus(days.size() - 1L), locale);
        }
        List<DayOfWeek> inOrder = Stream.iterate(first, d -> d.plus(1))
                .limit(7)
                .filter(days::contains)
                .toList();
        return inOrder.stream().map(d -> name(d, locale)).collect(Collectors.joining(", "));
    }

    public static String name(DayOfWeek day) {
        return name(day, LOCALE);
    }

    private static String name(DayOfWeek day, Locale locale) {
        return TimeLabels.weekday(day, locale);
    }
}
