/**
 * Protocol: the ranks people are ordered by (reference data the administrator maintains), forms of address, and the
 * rules of precedence and delegation parity that the directory, meetings and approvals apply (docs/0023).
 */
@NullMarked
package org.parley.protocol;

import org.jspecify.annotations.NullMarked;
