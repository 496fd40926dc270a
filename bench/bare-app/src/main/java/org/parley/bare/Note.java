package org.parley.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The one entity: enough for Hibernate and Spring Data to do their start-up work. */
@Entity
public class Note {

    @Id
    @GeneratedValue
    private Long id;

    private String text;

    protected Note() {}

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
