/** Sign-in page, the administrators' Users view and every user's Profile page. */
@NullMarked
package org.parley.security.ui;

import org.jspecify.annotations.NullMarked;
