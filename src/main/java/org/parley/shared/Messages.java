package org.parley.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every text a user reads, from the per-feature bundles {@code i18n/<feature>[_ru|_hi|_ar].properties} (UTF-8, the
 * bare file is English). A key starts with its feature ({@code meeting.editor.save}), which names the bundle, so
 * each feature keeps its own texts next to nothing else's. Views reach it through Vaadin's {@code getTranslation};
 * services, e-mails and the API call it directly with the reader's locale.
 */
public final class Messages {

    /** The languages Parley speaks, English first (it is also the fallback). */
    public static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.of("ru"), Locale.of("hi"), Locale.of("ar"));

    /**
     * A pseudo-language for tests only, never offered to users: every text comes back as its English wrapped in
     * {@code ⟦…⟧}, so that a test rendering a view in it sees at once any text that did not come from a bundle.
     */
    public static final Locale PSEUDO = Locale.of("xx");

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    /** Never the JVM's default locale as a fallback: a missing Russian text falls back to English, not to the host's. */
    private static final ResourceBundle.Control BUNDLES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    private Messages() {}

    /**
     * A text to be put into another in the same language: an argument of {@link #get} (or of
     * {@code RuleViolationException.because}) that is itself a bundle text, such as a status said as a predicate.
     */
    public record Text(String key, Object... arguments) implements java.io.Serializable {}

    /**
     * The text for {@code key} in {@code locale}, with {@code arguments} put in by {@link MessageFormat}. An argument
     * that is a {@link Text} is written in the same language first, and an enum constant with a label in its feature's
     * bundle is written as that label.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            if (reportedMissing.add(key)) {
                log.warn("No text for key {} (locale {})", key, locale);
            }
            return "!" + key + "!";
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = switch (arguments[i]) {
                case Text text -> get(locale, text.key(), text.arguments());
                case Enum<?> value when labelled(value) -> label(locale, value);
                case null -> null;
                default -> arguments[i];
            };
        }
        String text = arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(resolved);
        return PSEUDO.equals(locale) ? "\u27e6" + text + "\u27e7" : text;
    }

    /** The text for {@code key} in English, for logs and audit entries, which are read by all. */
    public static String english(String key, Object... arguments) {
        return get(Locale.ENGLISH, key, arguments);
    }

    /** Whether a bundle holds {@code key}: for texts that exist only for some values. */
    public static boolean has(String key) {
        return pattern(Locale.ENGLISH, key) != null;
    }

    /** The label of an enum constant: key {@code <feature>.<EnumName>.<CONSTANT>}, e.g. {@code meeting.MeetingKind.SUMMIT}. */
    public static String label(Locale locale, Enum<?> value) {
        return get(locale, keyOf(value));
    }

    private static boolean labelled(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        return type.getPackageName().startsWith("org.parley.") && has(keyOf(value));
    }

    public static String keyOf(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        return featureOf(type) + "." + type.getSimpleName() + "." + value.name();
    }

    /** The supported language nearest to {@code wanted} (its language alone counts), English when none is. */
    public static Locale supported(Locale wanted) {
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The supported language for a language tag such as {@code ru} or {@code ar-EG}; English for anything else. */
    public static Locale supported(String languageTag) {
        return supported(Locale.forLanguageTag(languageTag.trim()));
    }

    /**
     * The language of whoever the current request serves: the signed-in user's choice in the UI (set per request by
     * {@code shared.ui.Languages}), the {@code Accept-Language} of other requests, English outside any request.
     */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? Locale.ENGLISH : supported(locale);
    }

    /** A language named in itself ("Русский", "العربية"), as a language chooser shows it. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** Whether the language is written right to left. */
    public static boolean rightToLeft(Locale language) {
        return "ar".equals(language.getLanguage());
    }

    static String featureOf(Class<?> type) {
        String name = type.getPackageName();
        String root = "org.parley.";
        if (!name.startsWith(root)) {
            throw new IllegalArgumentException(type + " is not in a Parley feature");
        }
        String rest = name.substring(root.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static @org.jspecify.annotations.Nullable String pattern(Locale locale, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + key.substring(0, dot), locale, BUNDLES);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException noSuchBundle) {
            return null;
        }
    }
}
