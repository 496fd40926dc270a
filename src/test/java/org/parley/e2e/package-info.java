/** End-to-end tests: the packaged jar with demo data, driven in Chromium by Playwright (see RunningParley). */
@NullMarked
package org.parley.e2e;

import org.jspecify.annotations.NullMarked;
