/**
 * E-mail invitations (iMIP): an outbox filled in the transaction of a change and sent after commit, retried
 * (docs/0009-email-invitations.md).
 */
@NullMarked
package org.parley.calendar.mail;

import org.jspecify.annotations.NullMarked;
