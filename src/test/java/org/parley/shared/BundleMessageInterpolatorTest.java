package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.security.NewUser;
import org.springframework.context.i18n.LocaleContextHolder;

/** Bean Validation's messages come from the bundles in the reader's language, with the constraint's limits. */
class BundleMessageInterpolatorTest {

    private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = factory.getValidator();

    @AfterEach
    void closeAndForgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
        factory.close();
    }

    @Test
    void a_russian_reader_gets_russian_messages_with_the_limit_put_in() {
        LocaleContextHolder.setLocale(Locale.of("ru"));
        assertThat(messages(invalidUser()))
                .contains("Введите отображаемое имя", "Имя пользователя может содержать не более 64 символов");
    }

    @Test
    void an_arabic_reader_gets_arabic_and_outside_any_request_the_messages_are_english() {
        LocaleContextHolder.setLocale(Locale.of("ar"));
        assertThat(messages(invalidUser())).contains("أدخل الاسم المعروض");
        LocaleContextHolder.resetLocaleContext();
        assertThat(messages(invalidUser()))
                .contains("Enter the name to display", "A username has at most 64 characters");
    }

    private Set<String> messages(NewUser user) {
        return validator.validate(user).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    private static NewUser invalidUser() {
        return new NewUser(
                "u".repeat(NewUser.USERNAME_MAX_LENGTH + 1),
                "",
                null,
                Set.of(),
                Classification.SECRET,
                ZoneId.of("UTC"),
                "en",
                "");
    }
}
