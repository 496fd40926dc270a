package org.parley.readout.ui;

import jakarta.validation.ConstraintViolationException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;

/** Runs a readout action and turns the service's refusal into the message the user reads, losing nothing typed. */
final class Refusals {

    private Refusals() {}

    /** Whether the action went through; if not, the refusal was shown. */
    static boolean tryTo(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolationException refused) {
            Notifications.error(refused.getMessage());
        } catch (ConstraintViolationException invalid) {
            Notifications.error(
                    invalid.getConstraintViolations().iterator().next().getMessage());
        }
        return false;
    }
}
