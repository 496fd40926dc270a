package org.parley.calendar.importing;

import org.jspecify.annotations.Nullable;
import org.parley.directory.Person;

/**
 * Someone an imported invitation names (organiser or attendee), and the directory's person with the same e-mail
 * address if there is one.
 */
public record ImportedPerson(
        @Nullable String name,
        @Nullable String email,
        @Nullable Person person) {

    /** How the preview names them: the directory's name if matched, else the invitation's. */
    public String label() {
        String shown = person != null ? person.fullName() : name != null ? name : email != null ? email : "?";
        return email == null || shown.equals(email) ? shown : shown + " <" + email + ">";
    }
}
