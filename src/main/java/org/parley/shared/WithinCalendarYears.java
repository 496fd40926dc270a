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
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/** A date or time within {@link CalendarYears}; null passes (say {@code @NotNull} where a value is required). */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinCalendarYears.Check.class)
public @interface WithinCalendarYears {

    String message() default CalendarYears.MESSAGE_TEMPLATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime and Instant alike. */
    final class Check implements ConstraintValidator<WithinCalendarYears, TemporalAccessor> {
        @Override
        public boolean isValid(@Nullable TemporalAccessor value, ConstraintValidatorContext context) {
            return CalendarYears.contain(value);
        }
    }
}
