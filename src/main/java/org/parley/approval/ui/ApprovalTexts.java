package org.parley.approval.ui;

import org.parley.shared.Messages;
import org.parley.shared.ui.Languages;

/** The approval bundle's texts in the language of the page being built, for the parts that are not components. */
final class ApprovalTexts {

    private ApprovalTexts() {}

    static String text(String key, Object... arguments) {
        return Messages.get(Languages.current(), key, arguments);
    }
}
