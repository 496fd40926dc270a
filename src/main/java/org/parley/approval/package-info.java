/** Submissions, approvals and rejections of meetings under the configured approval policy (four-eyes rule). */
@NullMarked
package org.parley.approval;

import org.jspecify.annotations.NullMarked;
