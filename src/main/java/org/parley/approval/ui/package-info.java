/** The approvals inbox and the approval timeline shown on a meeting's page. */
@NullMarked
package org.parley.approval.ui;

import org.jspecify.annotations.NullMarked;
