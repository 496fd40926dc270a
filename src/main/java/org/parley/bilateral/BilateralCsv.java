package org.parley.bilateral;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.ImportResult.RowError;
import org.parley.directory.PersonId;
import org.parley.shared.CalendarYears;
import org.parley.shared.CountryCode;

/**
 * Reads bilateral requests pasted or imported as CSV with a header row (docs/0027 lists the columns). Each line is
 * checked whole, and every problem is reported with its line number; the caller saves nothing unless no line has one.
 */
final class BilateralCsv {

    static final int MAX_ROWS = 500;
    static final int MAX_CHARACTERS = 200_000;
    static final List<String> COLUMNS = List.of(
            "country",
            "counterpart",
            "our_principal",
            "requested_by",
            "priority",
            "duration",
            "party",
            "earliest",
            "latest",
            "preferred_from",
            "preferred_to",
            "unavailable",
            "precedence",
            "notes");
    private static final List<String> REQUIRED = List.of("country", "counterpart", "our_principal", "priority");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private BilateralCsv() {}

    /** A line that parsed, with the line it came from. */
    record Row(long line, BilateralRequestData data) {}

    record Parsed(List<Row> rows, List<RowError> errors) {}

    /**
     * Parses the text; {@code people} finds a person by full name: empty when nobody has it, and the error key when
     * the name is unknown or ambiguous.
     */
    static Parsed parse(String text, Function<String, PersonLookup> people) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (text.isBlank()) {
            errors.add(new RowError(0, "bilateral.csv.empty", List.of()));
            return new Parsed(rows, errors);
        }
        if (text.length() > MAX_CHARACTERS) {
            errors.add(new RowError(0, "bilateral.csv.tooLarge", List.of(String.valueOf(MAX_CHARACTERS))));
            return new Parsed(rows, errors);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    errors.add(new RowError(1, "bilateral.csv.missingColumn", List.of(column)));
                }
            }
            header.stream()
                    .filter(h -> !COLUMNS.contains(h))
                    .forEach(h -> errors.add(new RowError(1, "bilateral.csv.unknownColumn", List.of(h))));
            if (!errors.isEmpty()) {
                return new Parsed(rows, errors);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_ROWS) {
                    errors.add(new RowError(line, "bilateral.csv.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
                    break;
                }
                new LineReader(record, header, line, errors, people).read().ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a quote left open or a repeated header this way
            errors.add(new RowError(0, "bilateral.csv.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return new Parsed(rows, errors);
    }

    /** A person looked up by name: found, or the key of the error that says why not. */
    record PersonLookup(@Nullable PersonId person, @Nullable String errorKey) {}

    /** Reads one record field by field, noting each problem against its line. */
    private static final class LineReader {
        private final CSVRecord record;
        private final List<String> header;
        private final long line;
        private final List<RowError> errors;
        private final Function<String, PersonLookup> people;
        private final int errorsBefore;

        LineReader(
                CSVRecord record,
                List<String> header,
                long line,
                List<RowError> errors,
                Function<String, PersonLookup> people) {
            this.record = record;
            this.header = header;
            this.line = line;
            this.errors = errors;
            this.people = people;
            this.errorsBefore = errors.size();
        }

        Optional<Row> read() {
            if (record.size() != header.size()) {
                error("bilateral.csv.columnCount", String.valueOf(header.size()), String.valueOf(record.size()));
                return Optional.empty();
            }
            CountryCode country = country();
            PersonId counterpart = person("counterpart");
            PersonId ours = person("our_principal");
            RequestedBy requestedBy = choice("requested_by", RequestedBy.class, RequestedBy.US);
            Priority priority = choice("priority", Priority.class, Priority.SHOULD);
            Integer duration = number("duration", BilateralRequestData.DEFAULT_DURATION);
            Integer party = number("party", BilateralRequestData.DEFAULT_PARTY);
            Integer precedence = number("precedence", null);
            LocalDateTime earliest = time("earliest");
            LocalDateTime latest = time("latest");
            LocalDateTime preferredFrom = time("preferred_from");
            LocalDateTime preferredTo = time("preferred_to");
            List<LocalSpan> unavailable = spans("unavailable");
            if (errors.size() > errorsBefore
                    || country == null
                    || counterpart == null
                    || ours == null
                    || duration == null
                    || party == null) {
                return Optional.empty();
            }
            BilateralRequestData data = new BilateralRequestData(
                    country,
                    counterpart,
                    ours,
                    requestedBy,
                    priority,
                    precedence,
                    duration,
                    party,
                    earliest,
                    latest,
                    preferredFrom,
                    preferredTo,
                    unavailable,
                    value("notes"));
            data.problems().forEach(key -> error(key));
            return errors.size() > errorsBefore ? Optional.empty() : Optional.of(new Row(line, data));
        }

        private String value(String column) {
            return header.contains(column) ? record.get(header.indexOf(column)).strip() : "";
        }

        private void error(String key, String... arguments) {
            errors.add(new RowError(line, key, List.of(arguments)));
        }

        private @Nullable CountryCode country() {
            String code = value("country").toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                error("bilateral.csv.required", "country");
                return null;
            }
            try {
                return new CountryCode(code);
            } catch (IllegalArgumentException e) {
                error("bilateral.csv.badCountry", code);
                return null;
            }
        }

        private @Nullable PersonId person(String column) {
            String name = value(column);
            if (name.isEmpty()) {
                error("bilateral.csv.required", column);
                return null;
            }
            PersonLookup found = people.apply(name);
            if (found.person() == null) {
                error(found.errorKey() == null ? "bilateral.csv.unknownPerson" : found.errorKey(), name);
            }
            return found.person();
        }

        private <E extends Enum<E>> E choice(String column, Class<E> type, E otherwise) {
            String text = value(column);
            if (text.isEmpty()) {
                return otherwise;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("bilateral.csv.badChoice", column, text);
                return otherwise;
            }
        }

        private @Nullable Integer number(String column, @Nullable Integer otherwise) {
            String text = value(column);
            if (text.isEmpty()) {
                return otherwise;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                error("bilateral.csv.badNumber", column, text);
                return otherwise;
            }
        }

        private @Nullable LocalDateTime time(String column) {
            String text = value(column);
            return text.isEmpty() ? null : parseTime(column, text);
        }

        private @Nullable LocalDateTime parseTime(String column, String text) {
            try {
                LocalDateTime time = LocalDateTime.parse(text.strip(), TIME);
                if (!CalendarYears.contain(time)) {
                    error("bilateral.csv.badTime", column, text);
                    return null;
                }
                return time;
            } catch (DateTimeParseException e) {
                error("bilateral.csv.badTime", column, text);
                return null;
            }
        }

        /** "2030-05-12 09:00/2030-05-12 12:00; 2030-05-13 14:00/2030-05-13 18:00" */
        private List<LocalSpan> spans(String column) {
            String text = value(column);
            List<LocalSpan> spans = new ArrayList<>();
            if (text.isEmpty()) {
                return spans;
            }
            for (String part : text.split(";")) {
                String[] ends = part.split("/");
                if (ends.length != 2) {
                    error("bilateral.csv.badSpan", column, part.strip());
                    continue;
                }
                LocalDateTime start = parseTime(column, ends[0]);
                LocalDateTime end = parseTime(column, ends[1]);
                if (start != null && end != null) {
                    spans.add(new LocalSpan(start, end));
                }
            }
            return spans;
        }
    }
}
