package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code and bundles agree (docs/0021): every key the code names exists, and every key in a bundle is used. A key
 * counts as used when the code names it as a string literal ({@code getTranslation("security.users.title")},
 * {@code Messages.get(locale, "…")}, {@code RuleViolationException.because("…")}, a constraint's
 * {@code "{security.user.usernameRequired}"}), when it is an enum's label ({@code <feature>.<Enum>.<CONSTANT>} of an
 * enum of that feature), or when the code names a prefix ending in a dot that it completes at run time
 * ({@code "security.token.state." + state}).
 */
class BundleKeysInCodeTest {

    private static final Path CODE = Path.of("src/main/java/org/parley");

    @Test
    void every_key_the_code_names_is_in_its_bundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String literal : keyLiterals()) {
            if (!literal.endsWith(".") && !Messages.has(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing)
                .as("keys named in code but missing from the English bundle")
                .isEmpty();
    }

    @Test
    void every_key_in_a_bundle_is_used_by_the_code() throws IOException {
        Set<String> literals = keyLiterals();
        List<String> unused = new ArrayList<>();
        for (String feature : BundlesTest.features()) {
            for (String key : BundlesTest.load(feature, "").keySet()) {
                boolean named = literals.contains(key);
                boolean byPrefix = literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
                if (!named && !byPrefix && !isEnumLabel(feature, key)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("bundle keys no code uses").isEmpty();
    }

    @Test
    void the_scan_sees_keys_in_calls_constraints_and_prefixes() throws IOException {
        Set<String> literals = keyLiterals();
        assertThat(literals)
                .contains("security.users.title", "security.user.usernameRequired", "security.rule.usernameTaken");
        assertThat(isEnumLabel("security", "security.Role.ADMIN")).isTrue();
        assertThat(isEnumLabel("security", "security.Role.EMPEROR")).isFalse();
        assertThat(isEnumLabel("shared", "shared.Classification.SECRET")).isTrue();
    }

    /** String literals in the main code that look like a key of one of the bundles: {@code "<feature>.<name>…"}. */
    static Set<String> keyLiterals() throws IOException {
        Set<String> features = BundlesTest.features();
        Pattern literal = Pattern.compile(
                "\"\\{?((?:" + String.join("|", features) + ")\\.[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.?)}?\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    /** Whether {@code key} is {@code <feature>.<Enum>.<CONSTANT>} of an enum declared in that feature's packages. */
    static boolean isEnumLabel(String feature, String key) throws IOException {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        Path featureDirectory = CODE.resolve(feature);
        try (Stream<Path> files = Files.walk(featureDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(parts[1] + ".java"))
                    .toList()) {
                String className = Path.of("src/main/java")
                        .relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replaceAll("\\.java$", "");
                try {
                    Class<?> type = Class.forName(className);
                    if (type.isEnum()
                            && Arrays.stream(type.getEnumConstants())
                                    .anyMatch(c -> ((Enum<?>) c).name().equals(parts[2]))) {
                        return true;
                    }
                } catch (ClassNotFoundException notCompiled) {
                    // a file of that name that is no top-level class; not an enum label
                }
            }
        }
        return false;
    }
}
