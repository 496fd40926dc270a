package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * The JDK's ahead-of-time cache (JEP 483/514/515) needs classes from plain jars on the class path, not from Spring
 * Boot's nested jars: so the packaged jar is first extracted with Boot's jar tools, as {@code ./parley demo} does.
 */
final class AheadOfTimeCache {

    private AheadOfTimeCache() {}

    /** Extracts the Boot jar into the directory and returns the runnable jar there (its lib/ beside it). */
    static Path extract(Path bootJar, Path directory) throws InterruptedException {
        FileSystemUtils.deleteRecursively(directory.toFile());
        var extract = TimedStart.launch(
                directory.getParent(),
                directory.resolveSibling("extract.log"),
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        bootJar.toString(),
                        "extract",
                        "--destination",
                        directory.toString()));
        assertThat(extract.awaitExit()).as(extract.logText()).isZero();
        Path jar = directory.resolve(bootJar.getFileName());
        assertThat(jar).as("the extracted jar").isRegularFile();
        return jar;
    }
}
