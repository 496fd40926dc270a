package org.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The link between a directory person and a Parley user account; one row per linked person (docs/0025). */
@Entity
@Table(name = "person_account")
class PersonAccount {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy = "";

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt = Instant.EPOCH;

    protected PersonAccount() {}

    PersonAccount(long personId, long userId, String linkedBy, Instant linkedAt) {
        this.personId = personId;
        this.userId = userId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    long personId() {
        return personId;
    }

    long userId() {
        return userId;
    }
}
