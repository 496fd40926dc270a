package org.parley.shared;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation's messages from Parley's bundles (docs/0021). A constraint's message that is a bundle key in braces,
 * {@code @NotBlank(message = "{security.user.usernameRequired}")}, becomes that text in the reader's language; a
 * text with a limit gets it as {@code {0}}: the constraint's {@code value} or else its {@code max}, and {@code {1}}
 * its {@code min}. Any other message (Bean Validation's own {@code {jakarta…}} templates, English literals) goes to
 * the provider's interpolator. Spring's validator gets it through {@link LanguageConfiguration}, Vaadin's binders
 * through {@code META-INF/validation.xml}.
 */
public final class BundleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator standard;

    public BundleMessageInterpolator() {
        this(Validation.byDefaultProvider().configure().getDefaultMessageInterpolator());
    }

    BundleMessageInterpolator(MessageInterpolator standard) {
        this.standard = standard;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Messages.current());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        String key = bundleKey(template);
        if (key == null) {
            return standard.interpolate(template, context, locale);
        }
        return text(key, locale, context.getConstraintDescriptor().getAttributes());
    }

    /**
     * The text of a constraint's message for a field that shows it itself (a field's own length limit); nothing for a
     * message that is not a bundle key.
     */
    public static @Nullable String textOf(String template, Locale locale, Map<String, ?> attributes) {
        String key = bundleKey(template);
        return key == null ? null : text(key, locale, attributes);
    }

    private static String text(String key, Locale locale, Map<String, ?> attributes) {
        Object limit = attributes.containsKey("value") ? attributes.get("value") : attributes.get("max");
        Object lower = attributes.get("min");
        return Messages.get(Messages.supported(locale), key, limit == null ? "" : limit, lower == null ? "" : lower);
    }

    private static @Nullable String bundleKey(String template) {
        if (template.length() < 3 || template.charAt(0) != '{' || template.charAt(template.length() - 1) != '}') {
            return null;
        }
        String key = template.substring(1, template.length() - 1);
        return Messages.has(key) ? key : null;
    }
}
