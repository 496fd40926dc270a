/**
 * The import page (/meetings/import): upload, preview, create the draft or open it in the editor.
 */
@NullMarked
package org.parley.calendar.importing.ui;

import org.jspecify.annotations.NullMarked;
