/** In-app notifications: approvers learn of submissions, planners of decisions; read state per user. */
@NullMarked
package org.parley.notification;

import org.jspecify.annotations.NullMarked;
