package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The figures a benchmark reports for {@code ./parley bench}'s table: one line each (figure, Parley, reference, ratio,
 * goal, tab-separated) appended to {@code target/bench/figures.tsv}, which the script turns into the printed table,
 * {@code target/bench/figures.md} and {@code figures.json} (docs/0031-performance-figures.md). A figure is a measurement,
 * never an assertion.
 */
public final class BenchmarkFigures {

    public static final Path FILE = Path.of("target", "bench", "figures.tsv");

    private BenchmarkFigures() {}

    /** A figure with no reference to compare with, e.g. the median of a grid page in milliseconds. */
    public static void record(String figure, double parley, String unit, String goal) {
        write(figure, format(parley, unit), "", "", goal);
    }

    /** A figure next to a reference measured in the same run (same unit); the ratio is Parley's over the reference. */
    public static void record(String figure, double parley, double reference, String unit, String goal) {
        write(
                figure,
                format(parley, unit),
                format(reference, unit),
                String.format(Locale.ROOT, "%.2f", parley / reference),
                goal);
    }

    /** A figure already in words (e.g. "median 0.4 ms, p95 0.9 ms"), with its reference and ratio if any. */
    public static void record(String figure, String parley, String reference, String ratio, String goal) {
        write(figure, parley, reference, ratio, goal);
    }

    /** The median of the values (the mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, or "unknown": figures are noisy under load. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String format(double value, @Nullable String unit) {
        String number = Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    private static synchronized void write(String... columns) {
        String line =
                String.join(
                                "\t",
                                List.of(columns).stream()
                                        .map(c -> c.replace('\t', ' ').replace('\n', ' '))
                                        .toList()) + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
