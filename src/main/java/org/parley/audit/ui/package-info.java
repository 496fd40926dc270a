/** The administrators' Audit log view: filters, chain verification and CSV export. */
@NullMarked
package org.parley.audit.ui;

import org.jspecify.annotations.NullMarked;
