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
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A time zone {@link TimeZones} accepts (Area/City or UTC); null passes (say {@code @NotNull} where required). */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AreaCityZone.Check.class)
public @interface AreaCityZone {

    String message() default TimeZones.MESSAGE_TEMPLATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<AreaCityZone, ZoneId> {
        @Override
        public boolean isValid(@Nullable ZoneId value, ConstraintValidatorContext context) {
            return TimeZones.isAccepted(value);
        }
    }
}
