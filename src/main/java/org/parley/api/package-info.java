/**
 * The HTTP API under {@code /api/v1} (docs/0011-http-api.md): JSON over the same services and rules as the UI,
 * authenticated by personal API tokens (which the security feature issues and checks).
 */
@NullMarked
package org.parley.api;

import org.jspecify.annotations.NullMarked;
