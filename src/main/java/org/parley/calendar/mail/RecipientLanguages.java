package org.parley.calendar.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.directory.PeopleService;
import org.parley.security.UserService;
import org.parley.shared.LanguageSettings;
import org.springframework.stereotype.Component;

/**
 * The language an invitation e-mail is written in: the one its recipient chose in Parley when the directory links
 * the address's person to an account (docs/0025), else the configured default ({@code parley.i18n.default-language}).
 */
@Component
class RecipientLanguages {

    private final PeopleService people;
    private final UserService users;
    private final LanguageSettings settings;

    RecipientLanguages(PeopleService people, UserService users, LanguageSettings settings) {
        this.people = people;
        this.users = users;
        this.settings = settings;
    }

    Locale of(String address) {
        return people.findByEmail(address)
                .flatMap(person -> people.accountOf(person.id()))
                .flatMap(account ->
                        Optional.ofNullable(users.languagesOf(List.of(account)).get(account)))
                .orElseGet(settings::defaultLocale);
    }
}
