/** The start page after sign-in: what needs the signed-in user's attention. */
@NullMarked
package org.parley.dashboard;

import org.jspecify.annotations.NullMarked;
