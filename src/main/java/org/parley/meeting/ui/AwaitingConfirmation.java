package org.parley.meeting.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.Confirmation;
import org.parley.shared.CountryCode;
import org.springframework.modulith.NamedInterface;

/**
 * The one "awaiting confirmation by …" label (docs/0033), shown next to the status wherever a meeting's status is
 * shown: the meeting page, the list, the calendar, the dashboard and the approvals inbox.
 */
@NamedInterface("awaiting-confirmation")
public final class AwaitingConfirmation {

    private AwaitingConfirmation() {}

    /** The label for these other sides; an empty, hidden span when nobody is awaited, so callers need no branch. */
    public static Span label(@Nullable List<CountryCode> awaited, Locale locale) {
        var label = new Span();
        label.addClassName("parley-awaiting-confirmation");
        if (awaited == null || awaited.isEmpty()) {
            label.setVisible(false);
            return label;
        }
        label.setText(Confirmation.awaitingLabel(locale, awaited));
        label.addClassNames("parley-badge", "warning");
        return label;
    }
}
