/** What meetings decided and who must do what by when; follow-up meetings planned from them, and the chain between. */
@NullMarked
package org.parley.followup;

import org.jspecify.annotations.NullMarked;
