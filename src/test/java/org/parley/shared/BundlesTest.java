package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The four bundles of every feature hold the same keys with the same placeholders, and every key names its feature. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void every_feature_has_its_texts_in_english_russian_hindi_and_arabic_under_the_same_keys() throws IOException {
        for (String feature : features()) {
            Set<String> english = load(feature, "").keySet();
            for (Locale language : Messages.LANGUAGES.subList(1, Messages.LANGUAGES.size())) {
                Set<String> translated =
                        load(feature, "_" + language.getLanguage()).keySet();
                assertThat(translated)
                        .as("keys of %s_%s", feature, language)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void a_key_starts_with_the_name_of_its_bundle_and_no_text_is_empty() throws IOException {
        for (String feature : features()) {
            for (Locale language : Messages.LANGUAGES) {
                for (Map.Entry<String, String> text :
                        load(feature, suffix(language)).entrySet()) {
                    assertThat(text.getKey())
                            .as("in %s%s", feature, suffix(language))
                            .startsWith(feature + ".");
                    assertThat(text.getValue()).as(text.getKey()).isNotBlank();
                }
            }
        }
    }

    @Test
    void a_translation_has_the_placeholders_of_the_english_text_and_each_text_is_a_valid_pattern() throws IOException {
        for (String feature : features()) {
            Map<String, String> english = load(feature, "");
            for (Locale language : Messages.LANGUAGES) {
                for (Map.Entry<String, String> text :
                        load(feature, suffix(language)).entrySet()) {
                    String englishText = english.get(text.getKey());
                    if (englishText == null) {
                        continue;
                    }
                    assertThat(placeholders(text.getValue()))
                            .as("%s in %s", text.getKey(), language)
                            .isEqualTo(placeholders(englishText));
                    new MessageFormat(text.getValue(), language);
                    if (!placeholders(englishText).isEmpty()) {
                        assertThat(text.getValue())
                                .as("%s in %s: with placeholders an apostrophe is written ''", text.getKey(), language)
                                .doesNotContainPattern("(?<!')'(?!')");
                    }
                }
            }
        }
    }

    @Test
    void texts_come_in_the_readers_language_and_fall_back_to_english_never_to_the_hosts_language() {
        Locale host = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("ru"));
            assertThat(Messages.label(Locale.ENGLISH, Classification.SECRET)).isEqualTo("Secret");
            assertThat(Messages.label(Locale.of("ar"), Classification.SECRET)).isEqualTo("سري");
            assertThat(Messages.label(Locale.of("fr"), Classification.SECRET)).isEqualTo("Secret");
            assertThat(Messages.get(Locale.ENGLISH, "shared.no.such.key")).isEqualTo("!shared.no.such.key!");
            assertThat(Messages.supported("ar-EG")).isEqualTo(Locale.of("ar"));
            assertThat(Messages.supported("de")).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(host);
        }
    }

    static Set<String> features() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .filter(n -> !n.contains("_"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    static Map<String, String> load(String feature, String suffix) throws IOException {
        Path file = BUNDLES.resolve(feature + suffix + ".properties");
        assertThat(file).as("bundle file").exists();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        var texts = new TreeMap<String, String>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    private static String suffix(Locale language) {
        return language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
