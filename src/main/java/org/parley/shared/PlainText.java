package org.parley.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text a person could have typed and can read: empty, or something visible rather than only spaces and invisible
 * marks (which {@code @NotBlank} lets through when they are not ASCII); no control characters (line breaks and tabs
 * only where {@link #multiline()}); no bidirectional override characters, which make a title read differently from
 * what it says (U+202D, U+202E); no broken UTF-16. PostgreSQL refuses NUL outright, and none of these belongs in a
 * calendar, a mail or the audit log. Marks that only steer the direction of mixed Arabic and Latin text (U+200E,
 * U+200F, isolates) are allowed within visible text. Null passes.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    /** Bundle templates of the two messages, in the reader's language (docs/0021). */
    String SINGLE_LINE_MESSAGE = "{shared.validation.plainTextLine}";

    String MULTILINE_MESSAGE = "{shared.validation.plainText}";

    /** Whether line breaks and tabs are allowed. */
    boolean multiline() default false;

    /** Empty for the message that matches {@link #multiline()}. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;
        private String message = SINGLE_LINE_MESSAGE;

        /** Whether the text is plain in this sense; also for checks outside Bean Validation (search texts). */
        public static boolean isPlain(@Nullable CharSequence text, boolean multiline) {
            if (text == null || text.isEmpty()) {
                return true;
            }
            boolean visible = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a whole supplementary character: an emoji, a rare ideograph
                    visible = true;
                    continue;
                }
                boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
                if ((Character.isISOControl(c) && !(multiline && lineBreakOrTab))
                        || Character.isSurrogate(c)
                        || c == '\u202D'
                        || c == '\u202E'
                        || c == '\uFFFE'
                        || c == '\uFFFF') {
                    return false;
                }
                visible |= !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT;
            }
            // only spaces and invisible marks (U+3000, U+200B, U+200F…): blank to a reader, though not to trim()
            return visible;
        }

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
            message = !annotation.message().isEmpty()
                    ? annotation.message()
                    : multiline ? MULTILINE_MESSAGE : SINGLE_LINE_MESSAGE;
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            if (isPlain(value, multiline)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
