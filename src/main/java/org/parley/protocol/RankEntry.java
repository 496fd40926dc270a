package org.parley.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A protocol rank as stored; the default ranks carry a code, the administrator's own do not. */
@Entity
@Table(name = "protocol_rank")
class RankEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 40, unique = true, updatable = false)
    private @Nullable String code;

    @Column(nullable = false, length = RankData.NAME_MAX_LENGTH)
    private String name = "";

    @Column(nullable = false)
    private int precedence;

    @Version
    private long version;

    protected RankEntry() {}

    RankEntry(RankData data) {
        apply(data);
    }

    void apply(RankData data) {
        this.name = data.name().trim();
        this.precedence = data.precedence();
    }

    long version() {
        return version;
    }

    Rank toRank() {
        return new Rank(new RankId(Objects.requireNonNull(id)), code, name, precedence, version);
    }
}
