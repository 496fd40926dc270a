/** The append-only, hash-chained audit log of security-relevant events, its verification and its CSV export. */
@NullMarked
package org.parley.audit;

import org.jspecify.annotations.NullMarked;
