/** Users, roles and clearances; sign-in with throttling, password policy, sessions and HTTP security. */
@NullMarked
package org.parley.security;

import org.jspecify.annotations.NullMarked;
