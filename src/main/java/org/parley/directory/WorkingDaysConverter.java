package org.parley.directory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores working days as their ISO numbers in week order, Monday = 1: "12345", or "71234" for Sunday to Thursday. */
@Converter
class WorkingDaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days.stream()
                .sorted()
                .map(day -> Integer.toString(day.getValue()))
                .collect(Collectors.joining());
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String stored) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        stored.chars().filter(c -> c >= '1' && c <= '7').forEach(c -> days.add(DayOfWeek.of(c - '0')));
        return Set.copyOf(days);
    }
}
