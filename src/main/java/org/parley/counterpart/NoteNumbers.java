package org.parley.counterpart;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The next number of an outgoing note in its year, without gaps or duplicates (docs/0033). The year's counter row is
 * raised by an UPDATE in the caller's transaction: the row lock it takes makes a second planner's note wait until the
 * first commits (or rolls back, which gives the number back). The row of a new year is created in a transaction of
 * its own, so that two first notes of a year do not both create it.
 */
@Component
class NoteNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    NoteNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Call inside the transaction that records the note, as late as possible: the year stays locked until commit. */
    int next(int year) {
        if (raise(year) == 0) {
            try {
                separately.executeWithoutResult(status ->
                        jdbc.update("insert into note_verbale_counter (note_year, last_number) values (?, 0)", year));
            } catch (DuplicateKeyException anotherPlannerWasFirst) {
                // the row exists now either way
            }
            if (raise(year) == 0) {
                throw new IllegalStateException("no counter row for " + year);
            }
        }
        Integer number = jdbc.queryForObject(
                "select last_number from note_verbale_counter where note_year = ?", Integer.class, year);
        return java.util.Objects.requireNonNull(number);
    }

    private int raise(int year) {
        return jdbc.update("update note_verbale_counter set last_number = last_number + 1 where note_year = ?", year);
    }
}
