package org.parley.protocol;

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
 * Languages as ISO 639-1 codes separated by commas ("ru, en, ar"): the two-letter codes Java knows, in lower case.
 * Null and blank pass (nobody's languages known yet).
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCodes.Check.class)
public @interface LanguageCodes {

    String message() default "Use two-letter ISO 639-1 codes separated by commas, such as \u201cru, en, ar\u201d";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<LanguageCodes, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return Languages.split(value).stream().allMatch(Languages::known);
        }
    }
}
