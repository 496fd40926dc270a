/**
 * The import page (/meetings/import): upload, preview, create the draft or open it in the editor; and the planners'
 * list of calendar replies that could not be applied (docs/0026).
 */
@NullMarked
package org.parley.calendar.importing.ui;

import org.jspecify.annotations.NullMarked;
